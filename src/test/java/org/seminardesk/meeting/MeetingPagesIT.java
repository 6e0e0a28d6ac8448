package org.seminardesk.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.RejectingSmtp;

/** In Chromium: an organiser prepares a meeting held in writing and sends it; a member replies by its link. */
class MeetingPagesIT extends BrowserIT {

    private final RejectingSmtp smtp = new RejectingSmtp(Integer.getInteger("it.smtp.port"), "seminardesk", "it-smtp-secret");
    private String tag;

    @BeforeEach
    void startSmtp() {
        smtp.start();
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private String member(String name) {
        Http.Reply reply = organiser.post("api/organisations", "{\"name\":\"%s %s\",\"facilityType\":\"EMPLOYMENT_TRANSITION\",\"email\":\"%s-%s@example.org\"}"
                .formatted(name, tag, name, tag));
        assertEquals(201, reply.status(), reply.toString());
        return name + " " + tag;
    }

    private MimeMessage mailTo(String address) throws InterruptedException {
        return MailTestSupport.eventually(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).findFirst(), java.util.Optional::isPresent).orElseThrow(() -> new AssertionError("no mail to " + address));
    }

    private void type(String css, String text) {
        var field = browser.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void anOrganiserSendsAMeetingHeldInWritingAndAMemberReplies() throws Exception {
        String first = member("gamma");
        String second = member("delta");
        Http.Reply created = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"MEETING","format":"WRITTEN","capacity":0,"startsAt":"%s","status":"PUBLISHED"}"""
                .formatted(unique("第3回就労支援部会"), inDays(3, 10)));
        long meeting = created.json().getJsonNumber("id").longValue();

        openAs(Http.As.ORGANISER, "manage/meeting.xhtml?id=" + meeting);
        // Each click reloads the page: wait for the new item before touching the page again (else a stale element).
        browser.findElement(By.id("agenda:add")).click();
        waitFor(By.cssSelector("form#agenda input[id$=':0:title']"));
        browser.findElement(By.id("agenda:add")).click();
        waitFor(By.cssSelector("form#agenda input[id$=':1:title']"));
        type("form#agenda input[id$=':0:title']", "超短時間雇用セミナーについて");
        type("form#agenda textarea[id$=':0:proposal']", "2月実施予定のセミナーについて周知します。");
        type("form#agenda input[id$=':1:title']", "重度障害者等の就労支援について");
        browser.findElement(By.id("agenda:save")).click();
        waitForText("議題を保存しました");
        assertEquals(2, organiser.get("api/manage/meetings/" + meeting).json().getJsonArray("agenda").size());

        String[] members = {first, second};
        for (int row = 0; row < members.length; row++) {
            new Select(browser.findElement(By.id("roster:member"))).selectByVisibleText(members[row]);
            browser.findElement(By.id("roster:addMember")).click();
            waitFor(By.cssSelector("form#roster select[id$=':" + row + ":presence']")); // the name alone is in the menu too
        }
        new Select(browser.findElement(By.cssSelector("form#roster select[id$=':0:presence']"))).selectByVisibleText("出席");
        browser.findElement(By.id("roster:save")).click();
        waitForText("名簿を保存しました");
        JsonObject line = organiser.get("api/manage/meetings/" + meeting).json().getJsonArray("roster").getJsonObject(0);
        assertTrue(line.getBoolean("present"), line.toString());

        String deadline = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString();
        ((JavascriptExecutor) browser).executeScript("document.getElementById('consult:date').value = arguments[0]", deadline);
        browser.findElement(By.id("consult:send")).click();
        waitForText("部会員に送付しました");
        waitForText("回答 0 / 2 事業所");

        String text = MailTestSupport.text(mailTo("gamma-" + tag + "@example.org"));
        Matcher link = Pattern.compile("/w/[A-Za-z0-9_-]{43}").matcher(text);
        assertTrue(link.find(), text);
        browser.manage().deleteAllCookies();
        open(link.group().substring(1));
        waitForText("書面開催へのご回答");
        browser.findElement(By.cssSelector("input[type=radio][name$=':0:verdict'][value='NO_OBJECTION']")).click();
        browser.findElement(By.cssSelector("input[type=radio][name$=':1:verdict'][value='OBJECTION']")).click();
        browser.findElement(By.id("reply:submit")).click();
        waitForText("「異議あり」の場合は理由をご記入ください");
        type("form#reply textarea[id$=':1:opinion']", "車椅子利用者の事例を先に検討したい");
        browser.findElement(By.id("reply:submit")).click();
        waitForText("ご回答ありがとうございました");
        screenshot("written-reply");

        openAs(Http.As.ORGANISER, "manage/meeting.xhtml?id=" + meeting);
        waitForText("回答 1 / 2 事業所");
        assertTrue(browser.getPageSource().contains("車椅子利用者の事例を先に検討したい"));
        screenshot("meeting-editor");

        open("w/" + "x".repeat(43));
        waitForText("このリンクは無効です");
    }
}
