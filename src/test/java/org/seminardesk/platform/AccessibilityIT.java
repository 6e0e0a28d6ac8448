package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/**
 * axe-core (from the npm registry) in headless Chromium on every public page and the main organiser pages:
 * no serious or critical WCAG 2.x A/AA violation, at desktop width and at a phone's (390 px) without overflow.
 */
class AccessibilityIT extends BrowserIT {

    private void check(String path, List<String> problems) throws Exception {
        waitFor(By.tagName("main"));
        if (!path.startsWith("no-such-page") && browser.getPageSource().contains("id=\"error-title\"")) {
            problems.add(path + " → the error page: " + browser.getTitle());
        }
        axeViolations().forEach(v -> problems.add(path + " → " + v));
    }

    /** A meeting held in writing with an agenda item and a member, so the meeting page shows all its parts. */
    private long writtenMeeting() {
        long meeting = organiser.post("api/seminars", """
                {"titleJa":"アクセシビリティ部会","kind":"MEETING","format":"WRITTEN","capacity":0,"startsAt":"%s","status":"PUBLISHED"}"""
                .formatted(inDays(3, 10))).json().getJsonNumber("id").longValue();
        organiser.put("api/manage/meetings/" + meeting + "/agenda", "{\"items\":[{\"title\":\"議題\",\"proposal\":\"説明\"}]}");
        organiser.put("api/manage/meetings/" + meeting + "/roster",
                "{\"lines\":[{\"role\":\"MEMBER\",\"organisationId\":%d}]}".formatted(organisation()));
        return meeting;
    }

    private long firstRegistration(long seminar) {
        return organiser.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getJsonObject(0).getJsonNumber("id").longValue();
    }

    private long firstParticipant(String token) {
        return anonymous.get("api/registrations/" + token).json().getJsonArray("participants").getJsonObject(0).getJsonNumber("id").longValue();
    }

    @Test
    void publicAndOrganiserPagesHaveNoSeriousOrCriticalViolations() throws Exception {
        long seminar = publishedSeminar(5);
        String token = organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"アクセシビリティ\",\"email\":\"axe@example.org\"}]}"
                .formatted(seminar, organisation())).json().getString("token");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("", "seminar.xhtml?id=" + seminar, "register.xhtml?seminar=" + seminar,
                "registered.xhtml", "registered.xhtml?notice=MAIL_SENT&seminar=" + seminar, "r/" + token, "seminar.xhtml?id=987654321", "probono.xhtml", "login.xhtml", "privacy.xhtml", "portal-link.xhtml",
                "o/" + "x".repeat(43), "c/" + "x".repeat(43), "certificate.xhtml", "certificate.xhtml?n=2021-ZZZZZZZZ")) {
            open(page);
            check(page, problems);
        }
        open("register.xhtml?seminar=" + seminar);
        browser.findElement(By.id("form:submit")).click();
        waitFor(By.className("field-error"));
        check("register.xhtml with errors", problems);
        for (String page : List.of("manage/index.xhtml", "manage/seminar.xhtml", "manage/seminar.xhtml?id=" + seminar,
                "manage/announcements.xhtml", "manage/mail.xhtml", "manage/registrations.xhtml?seminar=" + seminar,
                "manage/registrations.xhtml", "manage/registrations.xhtml?seminar=" + seminar + "&cancel=" + firstRegistration(seminar),
                "manage/organisations.xhtml", "manage/organisation.xhtml?id=1", "manage/speakers.xhtml", "manage/venues.xhtml", "manage/seminars.xhtml", "staff/index.xhtml",
                "staff/attendance.xhtml?seminar=" + seminar, "staff/checkin.xhtml?seminar=" + seminar,
                "staff/signin-sheet.xhtml?seminar=" + seminar, "staff/review.xhtml?seminar=" + seminar,
                "manage/meeting.xhtml?id=" + writtenMeeting(), "manage/surveys.xhtml", "manage/groups.xhtml?seminar=" + seminar, "manage/probono.xhtml", "manage/report.xhtml",
                "manage/personal-data.xhtml", "staff/year.xhtml", "manage/materials.xhtml?seminar=" + seminar)) {
            openAs(Http.As.ORGANISER, page);
            check(page, problems);
        }
        browser.manage().deleteAllCookies();
        for (String page : List.of("admin/users.xhtml", "admin/audit.xhtml", "account.xhtml")) {
            openAs(Http.As.ADMIN, page);
            check(page, problems);
        }
        // At a phone's width, the pages people open from their mail and the daily lists: no violation, nothing wider than the screen.
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        browser.manage().deleteAllCookies();
        for (String page : List.of("", "seminar.xhtml?id=" + seminar, "register.xhtml?seminar=" + seminar, "r/" + token,
                "r/" + token + "?edit=" + firstParticipant(token), "o/" + "x".repeat(43), "no-such-page.xhtml", "certificate.xhtml")) {
            open(page);
            check(page + " at 390 px", problems);
            if (overflowsHorizontally()) {
                problems.add(page + " at 390 px → wider than the screen");
            }
        }
        browser.manage().addCookie(new org.openqa.selenium.Cookie("seminardesk-lang", "en"));
        for (String page : List.of("", "seminar.xhtml?id=" + seminar, "r/" + token)) {
            open(page);
            if (overflowsHorizontally()) {
                problems.add(page + " in English at 390 px → wider than the screen");
            }
        }
        browser.manage().deleteCookieNamed("seminardesk-lang");
        for (String page : List.of("manage/index.xhtml", "manage/registrations.xhtml?seminar=" + seminar, "manage/mail.xhtml",
                "staff/index.xhtml", "staff/checkin.xhtml?seminar=" + seminar, "manage/announcements.xhtml", "staff/year.xhtml",
                "staff/review.xhtml?seminar=" + seminar)) {
            openAs(Http.As.ORGANISER, page);
            check(page + " at 390 px", problems);
            if (overflowsHorizontally()) {
                problems.add(page + " at 390 px → wider than the screen");
            }
        }
        assertEquals(List.of(), problems, String.join("\n", problems));

        // The check can fail: an image without a text alternative is a critical violation.
        open("");
        ((JavascriptExecutor) browser).executeScript("document.querySelector('main').appendChild(document.createElement('img'))");
        assertTrue(axeViolations().stream().anyMatch(v -> v.startsWith("critical image-alt")), "axe reports what it should");
        assertTrue(browser.findElement(By.tagName("html")).getAttribute("lang").equals("ja"));
    }
}
