package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.MailingBrowserIT;

/**
 * A hybrid seminar whose room is full: the public form asks each person for the venue or online and says which
 * is full; the person online sees the link, not the room, and cannot move into the full room.
 */
class AttendanceModeBrowserIT extends MailingBrowserIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private long hybridSeminarWithAFullRoom() {
        Http.Reply seminar = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"SEMINAR","format":"HYBRID","capacity":10,"venueCapacity":1,"reminderHoursBefore":[],
                 "startsAt":"%s","endsAt":"%s","venue":"多目的室","onlineLink":"https://meet.example.org/%s","status":"PUBLISHED"}"""
                .formatted(unique("併用ブラウザ"), inDays(7, 10), inDays(7, 12), tag));
        long id = seminar.json().getJsonNumber("id").longValue();
        Http.Reply first = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"先着 一郎","mode":"VENUE"}]}"""
                .formatted(id, organisation()));
        assertEquals("CONFIRMED", first.json().getString("status"), first.body());
        return id;
    }

    @Test
    void theFormAsksForTheModeAndThePersonOnlineStaysOnline() throws Exception {
        long seminar = hybridSeminarWithAFullRoom();
        open("seminar.xhtml?id=" + seminar);
        assertEquals("会場 満席：キャンセル待ち・オンライン 残り 9 席", waitFor(By.id("mode-seats")).getText());
        browser.findElement(By.linkText("このセミナーに申し込む")).click();
        waitForText("参加申込");
        browser.findElement(By.id("form:registrant:name")).sendKeys("申込 花子");
        browser.findElement(By.id("form:registrant:email")).sendKeys("mode-reg-" + tag + "@example.org");
        new Select(browser.findElement(By.id("form:organisation"))).selectByVisibleText("その他（会員事業所以外）");
        browser.findElement(By.id("form:organisationName")).sendKeys("株式会社併用 " + tag);
        browser.findElement(By.id("form:rows:0:name")).sendKeys("線上 花子");
        browser.findElement(By.id("form:rows:0:email")).sendKeys("net-" + tag + "@example.org");
        browser.findElement(By.id("form:consent")).click();
        browser.findElement(By.id("form:submit")).click();
        waitForText("参加者ごとに「会場で参加」か「オンラインで参加」かを選んでください。");
        assertTrue(browser.findElement(By.id("form:rows:0:mode-error")).getText().contains("選んでください"), "the error is at the choice");
        assertEquals(List.of(), axeViolations(), "the form with the choice and its error");
        screenshot("mode-form");
        assertTrue(browser.getPageSource().contains("会場で参加（満席：キャンセル待ち）"), "the full room is said at the choice");
        browser.findElement(By.cssSelector("input[name='form:rows:0:mode'][value='ONLINE']")).click();
        browser.findElement(By.id("form:submit")).click();
        waitForText("確認のメールをお送りしました");
        open(linkMailedTo("mode-reg-" + tag + "@example.org", "c"));
        waitForText("申込みの確定");
        browser.findElement(By.id("confirm:submit")).click();
        waitForText("お申込み内容");
        assertTrue(browser.findElement(By.cssSelector("table.participants")).getText().contains("オンラインで参加"));
        browser.findElement(By.cssSelector("a[aria-label='線上 花子 変更']")).click();
        waitFor(By.cssSelector("input[name='edit:mode'][value='VENUE']")).click();
        browser.findElement(By.id("edit:save")).click();
        waitForText("その参加方法には空きがありません。変更はしていません。");
        assertTrue(browser.findElement(By.cssSelector("table.participants")).getText().contains("オンラインで参加"),
                "the group page cannot move them into the full room either");

        open(linkMailedTo("net-" + tag + "@example.org", "p"));
        waitForText("カレンダーに追加する");
        assertEquals("オンラインで参加", browser.findElement(By.id("mode-now")).getText());
        assertTrue(browser.getPageSource().contains("https://meet.example.org/" + tag), "the link is theirs");
        assertFalse(browser.getPageSource().contains("多目的室"), "the room is not");
        assertEquals(List.of(), axeViolations(), "the participant's page of someone online");
        browser.findElement(By.id("modeChange:toVenue")).click();
        waitForText("その参加方法には空きがありません。変更はしていません。");
        screenshot("mode-participant-full");
        browser.navigate().refresh();
        waitForText("カレンダーに追加する");
        assertEquals("オンラインで参加", browser.findElement(By.id("mode-now")).getText(), "a refused switch changed nothing");
    }
}
