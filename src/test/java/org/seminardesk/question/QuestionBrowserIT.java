package org.seminardesk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.MailingBrowserIT;

/**
 * An organiser adds two questions in the browser; a registrant answers them on the public form (refused while
 * a required one is unanswered), and the answers reach the organisers' registrations page.
 */
class QuestionBrowserIT extends MailingBrowserIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void organisersAskAndRegistrantsAnswer() throws Exception {
        long seminar = publishedSeminar(10);
        openAs(Http.As.ORGANISER, "manage/questions.xhtml?seminar=" + seminar);
        waitForText("質問はまだありません");
        browser.findElement(By.id("editor:add")).click();
        waitFor(By.id("editor:rows:0:text")).sendKeys("このセミナーを知ったきっかけ");
        new Select(browser.findElement(By.id("editor:rows:0:kind"))).selectByVisibleText("選択（ひとつ）");
        browser.findElement(By.id("editor:rows:0:options")).sendKeys("チラシ\nウェブ\n知人の紹介");
        browser.findElement(By.id("editor:rows:0:required")).click();
        browser.findElement(By.id("editor:add")).click();
        waitFor(By.id("editor:rows:1:text")).sendKeys("講師への質問");
        new Select(browser.findElement(By.id("editor:rows:1:kind"))).selectByVisibleText("自由記述");
        browser.findElement(By.id("editor:rows:1:perParticipant")).click();
        assertEquals("このセミナーを知ったきっかけ", browser.findElement(By.id("editor:rows:0:text")).getAttribute("value"),
                "typed rows survive adding one");
        assertEquals(List.of(), axeViolations(), "the question editor");
        screenshot("questions-editor");
        browser.findElement(By.id("editor:save")).click();
        waitForText("質問を保存しました");
        browser.navigate().refresh();
        waitUntil(d -> "講師への質問".equals(d.findElement(By.id("editor:rows:1:text")).getAttribute("value")));
        assertEquals(2, anonymous.get("api/seminars/" + seminar + "/questions").jsonArray().size(), "a refresh saves nothing twice");

        browser.manage().deleteAllCookies();
        open("register.xhtml?seminar=" + seminar);
        waitForText("お申込みについての質問");
        browser.findElement(By.id("form:registrant:name")).sendKeys("申込 三郎");
        browser.findElement(By.id("form:registrant:email")).sendKeys("q-reg-" + tag + "@example.org");
        new Select(browser.findElement(By.id("form:organisation"))).selectByVisibleText("その他（会員事業所以外）");
        browser.findElement(By.id("form:organisationName")).sendKeys("株式会社質問 " + tag);
        browser.findElement(By.id("form:rows:0:name")).sendKeys("質問 花子");
        browser.findElement(By.cssSelector("textarea[id^='form:rows:0:questions:0:text']")).sendKeys("事例を聞きたいです");
        browser.findElement(By.id("form:consent")).click();
        browser.findElement(By.id("form:submit")).click();
        waitForText("「このセミナーを知ったきっかけ」にご回答ください。");
        assertEquals(List.of(), axeViolations(), "the form with its questions and the refusal");
        screenshot("questions-form");
        browser.findElement(By.xpath("//label[normalize-space()='ウェブ']")).click();
        browser.findElement(By.id("form:submit")).click();
        waitForText("確認のメールをお送りしました");
        open(linkMailedTo("q-reg-" + tag + "@example.org", "c"));
        waitForText("申込みの確定");
        browser.findElement(By.id("confirm:submit")).click();
        waitForText("お申込み内容");
        assertTrue(browser.getPageSource().contains("講師への質問：事例を聞きたいです"), "the group sees its own answers");

        JsonObject entry = organiser.get("api/manage/seminars/" + seminar + "/registrations").json()
                .getJsonArray("registrations").getJsonObject(0);
        assertEquals("ウェブ", entry.getJsonArray("answers").getString(0));
        openAs(Http.As.ORGANISER, "manage/registrations.xhtml?seminar=" + seminar);
        waitForText("このセミナーを知ったきっかけ：ウェブ");
        assertTrue(browser.getPageSource().contains("講師への質問：事例を聞きたいです"));
    }
}
