package org.seminardesk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.seminardesk.testing.MailingBrowserIT;
import org.seminardesk.testing.Http;

/**
 * A contact in Chromium: opens the mailed portal link, registers two staff (one with needs and their consent),
 * refreshes and goes Back without registering twice, opens the registration's page; the portal at phone width
 * and in English; organisers' contacts page; axe clean throughout. Screenshots go to docs/screenshots.
 */
class PortalPagesIT extends MailingBrowserIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);


    private String portalToken(long organisation, String address) throws Exception {
        assertEquals(201, organiser.post("api/organisations/" + organisation + "/contacts",
                "{\"name\":\"担当 花子\",\"email\":\"%s\",\"role\":\"施設長\"}".formatted(address)).status());
        assertEquals(200, organiser.post("api/organisations/" + organisation + "/portal-links", "{}").status());
        return linkMailedTo(address, "o").substring(2);
    }

    private int participants(long seminar) {
        JsonObject managed = organiser.get("api/manage/seminars/" + seminar + "/registrations").json();
        return managed.getInt("confirmedParticipants") + managed.getInt("waitlistedParticipants");
    }

    @Test
    void aContactChoosesTheVenueOrOnlineForEachPersonAtAHybridSeminar() throws Exception {
        long organisation = organisation();
        Http.Reply created = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"SEMINAR","format":"HYBRID","capacity":20,"venueCapacity":5,"reminderHoursBefore":[],
                 "startsAt":"%s","endsAt":"%s","venue":"多目的室","onlineLink":"https://meet.example.org/p-%s","status":"PUBLISHED"}"""
                .formatted(unique("併用ポータル"), inDays(8, 10), inDays(8, 12), tag));
        long seminar = created.json().getJsonNumber("id").longValue();
        String token = portalToken(organisation, "hybrid-contact-" + tag + "@example.org");
        open("o/" + token);
        waitForText("申込受付中の研修会");
        String title = created.json().getString("titleJa");
        assertTrue(browser.getPageSource().contains("会場 残り 5 席・オンライン 残り 20 席"), "seats left per mode on the card");
        browser.findElement(By.cssSelector("a[aria-label='" + title + " 職員を申し込む']")).click();
        waitFor(By.id("register:rows:0:name")).sendKeys("会場 次郎");
        browser.findElement(By.id("register:consent")).click();
        browser.findElement(By.id("register:submit")).click();
        waitForText("参加者ごとに「会場で参加」か「オンラインで参加」かを選んでください。");
        assertEquals(0, participants(seminar), "nothing stored without a choice");
        assertEquals(List.of(), axeViolations(), "the portal form with the choice and its error");
        browser.findElement(By.cssSelector("input[name='register:rows:0:mode'][value='VENUE']")).click();
        browser.findElement(By.id("register:submit")).click();
        waitForText("申し込みました");
        JsonObject modes = organiser.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonObject("modes");
        assertEquals(1, modes.getInt("venueConfirmed"), modes.toString());
        assertEquals(0, modes.getInt("onlineConfirmed"));
    }

    @Test
    void aContactRegistersStaffInTheBrowserAndRefreshOrBackRepeatsNothing() throws Exception {
        long organisation = organisation();
        long seminar = publishedSeminar(10);
        String token = portalToken(organisation, "browser-contact-" + tag + "@example.org");
        List<String> problems = new ArrayList<>();

        open("o/" + token);
        waitForText("申込受付中の研修会");
        axeViolations().forEach(v -> problems.add("portal → " + v));
        String title = anonymous.get("api/seminars/" + seminar).json().getString("titleJa");
        browser.findElement(By.cssSelector("a[aria-label='" + title + " 職員を申し込む']")).click();
        waitFor(By.id("register:rows:0:name")).sendKeys("山田 太郎");
        browser.findElement(By.id("register:rows:0:email")).sendKeys("taro-" + tag + "@example.org");
        browser.findElement(By.id("register:rows:0:needs")).sendKeys("手話通訳");
        browser.findElement(By.id("register:addRow")).click();
        waitFor(By.id("register:rows:1:name")).sendKeys("佐藤 花子");
        browser.findElement(By.id("register:rows:1:email")).sendKeys("hanako-" + tag + "@example.org");
        browser.findElement(By.id("register:submit")).click();
        waitForText("職員の方への説明と同意を確認してください");
        assertTrue(browser.findElement(By.cssSelector("a[hreflang='en']")).getAttribute("href")
                .endsWith("back=" + java.net.URLEncoder.encode("/o/" + token + "?seminar=" + seminar, java.nio.charset.StandardCharsets.UTF_8)),
                "the language switch returns to the private link, also on the form's answer");
        assertEquals("register:consent", browser.switchTo().activeElement().getAttribute("id"), "the field in error has the focus");
        axeViolations().forEach(v -> problems.add("portal with errors → " + v));
        assertEquals(0, participants(seminar), "nothing stored without the attestation");
        browser.findElement(By.id("register:consent")).click();
        browser.findElement(By.id("register:submit")).click();
        waitForText("配慮事項は要配慮個人情報です");
        assertEquals(0, participants(seminar), "nor without the needs' own consent");
        assertTrue(browser.findElement(By.id("register:consent")).isSelected(), "what was ticked stays ticked");
        browser.findElement(By.id("register:needsConsent")).click();
        screenshot("portal-register");
        browser.findElement(By.id("register:submit")).click();

        waitForText("申し込みました");
        assertTrue(browser.getCurrentUrl().endsWith("/o/" + token), "back on the portal by a redirect: " + browser.getCurrentUrl());
        assertEquals(2, participants(seminar));
        browser.navigate().refresh();
        waitForText("申込済み");
        browser.navigate().back();
        WebElement name = waitFor(By.id("register:rows:0:name"));
        assertTrue(browser.getCurrentUrl().endsWith("/o/" + token + "?seminar=" + seminar), "Back opens the form by its address, "
                + "not the last post: " + browser.getCurrentUrl());
        assertEquals("", name.getAttribute("value"), "a fresh form");
        browser.navigate().forward();
        waitForText("申込済み");
        assertEquals(2, participants(seminar), "refresh and Back register nobody again");
        screenshot("portal");

        browser.findElement(By.cssSelector("input[aria-label='" + title + " 申込内容を見る・変更する']")).click();
        waitForText("お申込み内容");
        assertTrue(browser.getPageSource().contains("佐藤 花子"));
        assertTrue(browser.getCurrentUrl().contains("/r/"));

        browser.manage().window().setSize(new Dimension(390, 844));
        open("o/" + token);
        waitForText("申込済み");
        assertFalse(overflowsHorizontally(), "the portal fits a phone's width");
        axeViolations().forEach(v -> problems.add("portal at 390 px → " + v));
        screenshot("portal-phone");

        browser.manage().addCookie(new Cookie("seminardesk-lang", "en"));
        browser.manage().window().setSize(new Dimension(1366, 900));
        open("o/" + token);
        waitForText("Seminars open for registration");
        axeViolations().forEach(v -> problems.add("portal in English → " + v));
        screenshot("portal-en");
        browser.manage().deleteCookieNamed("seminardesk-lang");

        openAs(Http.As.ORGANISER, "manage/organisation.xhtml?id=" + organisation);
        waitForText("担当 花子");
        axeViolations().forEach(v -> problems.add("organisation page → " + v));
        screenshot("organisation-contacts");
        open("portal-link.xhtml");
        browser.findElement(By.id("lost:email")).sendKeys("nobody-" + tag + "@example.org");
        browser.findElement(By.id("lost:submit")).click();
        waitForText("専用ページのリンクをお送りしました");
        axeViolations().forEach(v -> problems.add("lost link → " + v));
        assertEquals(List.of(), problems, String.join("\n", problems));
    }
}
