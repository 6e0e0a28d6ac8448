package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/**
 * Script in every text a member, a professional or an organiser can type: stored as typed, shown as text on
 * every page that shows it, never run — escaped by Facelets, and blocked by the CSP nonce if it were not.
 */
class XssIT extends BrowserIT {

    /** Closes an attribute, opens a tag, and tries three ways to run: a script element, an event handler, a URL. */
    private static final String PAYLOAD = "\\\"'><script>window.xss=1</script><img src=x onerror=\\\"window.xss=2\\\"><a href=\\\"javascript:window.xss=3\\\">x</a>";
    private static final String SHOWN = "<script>window.xss=1</script>";

    private long seminarWithPayloads() {
        Http.Reply seminar = organiser.post("api/seminars", """
                {"titleJa":"XSS %s","description":"%s","kind":"SEMINAR","format":"IN_PERSON","venue":"%s","capacity":5,
                 "startsAt":"%s","endsAt":"%s","status":"PUBLISHED"}""".formatted(PAYLOAD, PAYLOAD, PAYLOAD, inDays(9, 10), inDays(9, 12)));
        assertEquals(201, seminar.status(), seminar.body());
        return seminar.json().getJsonNumber("id").longValue();
    }

    private long organisationWithPayload() {
        Http.Reply organisation = organiser.post("api/organisations", """
                {"name":"XSS事業所 %s","facilityType":"EMPLOYMENT_TRANSITION","contactPerson":"%s","email":"xss@example.org"}"""
                .formatted(PAYLOAD, PAYLOAD.substring(0, 90)));
        assertEquals(201, organisation.status(), organisation.body());
        return organisation.json().getJsonNumber("id").longValue();
    }

    private List<String> problemsOn(String page) {
        List<String> problems = new ArrayList<>();
        Object xss = ((JavascriptExecutor) browser).executeScript("return window.xss === undefined ? null : String(window.xss)");
        if (xss != null) {
            problems.add(page + ": script ran (window.xss=" + xss + ")");
        }
        if (!elementsNow(By.cssSelector("main img[src='x'], main a[href^='javascript:']")).isEmpty()) {
            problems.add(page + ": markup from a field became elements");
        }
        if (!browser.findElement(By.tagName("main")).getText().contains(SHOWN)) {
            problems.add(page + ": the text is not shown as typed");
        }
        return problems;
    }

    @Test
    void scriptTypedIntoAnyFieldIsShownAsTextAndNeverRuns() {
        long seminar = seminarWithPayloads();
        long organisation = organisationWithPayload();
        Http.Reply registered = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"needsConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"%s","email":"xss-person@example.org","accessibilityNeeds":"%s"}]}"""
                .formatted(seminar, organisation, PAYLOAD.substring(0, 95), PAYLOAD));
        assertEquals(201, registered.status(), registered.body());
        String token = registered.json().getString("token");
        assertEquals(201, anonymous.post("api/probono/needs", """
                {"organisationId":%d,"contactName":"%s","contactEmail":"xss-need@example.org","title":"%s","description":"%s"}"""
                .formatted(organisation, PAYLOAD.substring(0, 95), "支援 " + PAYLOAD, PAYLOAD)).status());
        assertEquals(201, anonymous.post("api/probono/offers", """
                {"name":"%s","affiliation":"%s","email":"xss-offer@example.org","skills":"%s"}"""
                .formatted(PAYLOAD.substring(0, 95), PAYLOAD, PAYLOAD)).status());

        List<String> problems = new ArrayList<>();
        for (String page : List.of("", "seminar.xhtml?id=" + seminar, "register.xhtml?seminar=" + seminar, "r/" + token)) {
            open(page);
            problems.addAll(problemsOn(page));
        }
        for (String page : List.of("manage/seminars.xhtml", "manage/organisations.xhtml")) {
            openAs(Http.As.ORGANISER, page);
            // paged lists: filter down to the rows with the payload, as an organiser looking for them would
            browser.findElement(By.cssSelector("thead input.ui-column-filter")).sendKeys("XSS");
            waitUntil(b -> b.findElement(By.tagName("main")).getText().contains(SHOWN));
            problems.addAll(problemsOn(page));
        }
        for (String page : List.of("manage/seminar.xhtml?id=" + seminar, "manage/registrations.xhtml?seminar=" + seminar,
                "manage/probono.xhtml", "staff/checkin.xhtml?seminar=" + seminar,
                "staff/signin-sheet.xhtml?seminar=" + seminar, "manage/groups.xhtml?seminar=" + seminar)) {
            openAs(Http.As.ORGANISER, page);
            problems.addAll(problemsOn(page));
        }
        assertEquals(List.of(), problems, String.join("\n", problems));
        assertTrue(anonymous.get("api/seminars/" + seminar).json().getString("titleJa").contains(SHOWN), "stored as typed");
    }

    @Test
    void everyScriptOnAPageCarriesTheNonceOfItsPolicy() {
        Http.Reply page = anonymous.get("register.xhtml?seminar=" + seminarWithPayloads());
        String policy = page.headers().allValues("Content-Security-Policy").toString();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertTrue(nonce.find(), "a script-src nonce: " + policy);
        Matcher scripts = Pattern.compile("<script(?![^>]*\\bsrc=)([^>]*)>").matcher(page.body());
        int inline = 0;
        while (scripts.find()) {
            inline++;
            assertTrue(scripts.group(1).contains("nonce=\"" + nonce.group(1) + "\""), "an inline script without the nonce: " + scripts.group());
        }
        assertTrue(inline > 0, "PrimeFaces registers handlers in nonce'd scripts");
        assertFalse(Pattern.compile("<(input|button|a|select)[^>]*\\son(click|change)=").matcher(page.body()).find(),
                "no inline event handler left in the markup");
    }
}
