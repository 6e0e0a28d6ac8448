package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.MailingBrowserIT;

/**
 * Someone without a portal link registers two people for their company in the browser, is told to confirm,
 * confirms through the mailed link with a button, lands on the registration's page and removes one person.
 */
class RegistrationBrowserIT extends MailingBrowserIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);


    private int takenSeats(long seminar) {
        return 10 - anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft");
    }

    @Test
    void aPublicRegistrantRegistersTwoPeopleConfirmsByMailAndRemovesOneThroughTheLink() throws Exception {
        long seminar = publishedSeminar(10);
        String registrant = "browser-" + tag + "@example.org";

        open("seminar.xhtml?id=" + seminar);
        browser.findElement(By.linkText("このセミナーに申し込む")).click();
        waitForText("参加申込");
        assertEquals("ja", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.id("form:registrant:name")).sendKeys("申込 太郎");
        browser.findElement(By.id("form:registrant:email")).sendKeys(registrant);
        new Select(browser.findElement(By.id("form:organisation"))).selectByVisibleText("その他（会員事業所以外）");
        browser.findElement(By.id("form:organisationName")).sendKeys("株式会社ブラウザ " + tag);
        browser.findElement(By.id("form:rows:0:name")).sendKeys("山田 太郎");
        browser.findElement(By.id("form:rows:0:email")).sendKeys("taro-" + tag + "@example.org");
        browser.findElement(By.id("form:addRow")).click();
        waitFor(By.id("form:rows:1:name")).sendKeys("佐藤 花子");
        assertEquals("山田 太郎", browser.findElement(By.id("form:rows:0:name")).getAttribute("value"), "typed rows survive adding one");
        browser.findElement(By.id("form:rows:1:email")).sendKeys("not-an-address");
        browser.findElement(By.id("form:rows:1:accessibilityNeeds")).sendKeys("手話通訳");
        browser.findElement(By.id("form:submit")).click();

        waitForText("メールアドレスの形式が正しくありません。");
        assertEquals("お申込みには、個人情報の取扱いへの同意が必要です。", browser.findElement(By.id("form:consent-error")).getText(),
                "no registration without consent to the privacy notice");
        assertEquals("form:rows:1:email-error", browser.findElement(By.id("form:rows:1:email")).getAttribute("aria-describedby"));
        assertEquals("メールアドレスの形式が正しくありません。", browser.findElement(By.id("form:rows:1:email-error")).getText(),
                "the error is tied to its field");
        screenshot("registration-form");
        browser.findElement(By.id("form:rows:1:email")).clear();
        browser.findElement(By.id("form:rows:1:email")).sendKeys("hanako-" + tag + "@example.org");
        browser.findElement(By.id("form:consent")).click();
        browser.findElement(By.id("form:submit")).click();
        waitForText("配慮事項は要配慮個人情報です");
        browser.findElement(By.id("form:needsConsent")).click();
        browser.findElement(By.id("form:submit")).click();

        waitForText("確認のメールをお送りしました");
        assertEquals(List.of(), axeViolations(), "the check-your-mail page");
        assertEquals(0, takenSeats(seminar), "nothing is taken before the registrant confirms");
        browser.navigate().refresh();
        waitForText("確認のメールをお送りしました");
        assertEquals(0, takenSeats(seminar), "a refresh repeats nothing");
        screenshot("registration-mail-sent");

        open(linkMailedTo(registrant, "c"));
        waitForText("申込みの確定");
        assertEquals(0, takenSeats(seminar), "opening the link confirms nothing");
        screenshot("registration-confirm");
        assertEquals(List.of(), axeViolations(), "the confirmation page");
        browser.findElement(By.id("confirm:submit")).click();

        waitForText("お申込み内容");
        assertTrue(browser.getPageSource().contains("申込みを確定しました"));
        assertEquals(2, takenSeats(seminar));
        String token = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf("/r/") + 3);
        browser.findElement(By.cssSelector("input[aria-label='佐藤 花子 削除']")).click();
        String question = answerQuestion(false);
        assertTrue(question.contains("佐藤 花子"), "the question names the person: " + question);
        assertEquals(2, takenSeats(seminar), "declining the question removes nobody");
        browser.findElement(By.cssSelector("input[aria-label='佐藤 花子 削除']")).click();
        answerQuestion(true);
        waitForText("参加者を削除しました");
        assertTrue(browser.getCurrentUrl().endsWith("/r/" + token), "back on the link after the change: " + browser.getCurrentUrl());
        browser.navigate().refresh();
        waitForText("お申込み内容");
        browser.navigate().back();
        waitForText("お申込み内容");
        assertEquals(1, takenSeats(seminar), "refresh and Back repeat nothing");
        assertEquals(List.of("山田 太郎"), anonymous.get("api/registrations/" + token).json().getJsonArray("participants")
                .getValuesAs(JsonObject.class).stream().map(p -> p.getString("name")).toList());
        browser.findElement(By.cssSelector("a[aria-label='山田 太郎 変更']")).click();
        waitFor(By.id("edit:email")).clear();
        browser.findElement(By.id("edit:email")).sendKeys("taro.new-" + tag + "@example.org");
        browser.findElement(By.id("edit:save")).click();
        waitForText("参加者を変更しました");

        JsonObject registration = anonymous.get("api/registrations/" + token).json();
        assertEquals(1, registration.getJsonArray("participants").size());
        assertEquals("山田 太郎", registration.getJsonArray("participants").getJsonObject(0).getString("name"));
        assertEquals("taro.new-" + tag + "@example.org", registration.getJsonArray("participants").getJsonObject(0).getString("email"));
        assertEquals(1, takenSeats(seminar));

        // the person now in that place, through their own mailed link, at a phone's width
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open(linkMailedTo("taro.new-" + tag + "@example.org", "p"));
        waitForText("カレンダーに追加する");
        assertFalse(overflowsHorizontally(), "the participant's page fits a phone");
        assertFalse(browser.getPageSource().contains("hanako"), "nobody else's entry");
        assertEquals(List.of(), axeViolations(), "the participant's page");
        screenshot("participant-phone");
        browser.findElement(By.id("needs:text")).sendKeys("車いす席");
        browser.findElement(By.id("needs:save")).click();
        waitForText("配慮事項は要配慮個人情報です");
        browser.findElement(By.id("needs:consent")).click();
        browser.findElement(By.id("needs:save")).click();
        waitForText("配慮事項を保存しました");
        browser.navigate().refresh();
        waitForText("カレンダーに追加する");
        assertEquals("車いす席", anonymous.get("api/registrations/" + token).json().getJsonArray("participants")
                .getJsonObject(0).getString("accessibilityNeeds"));
        browser.findElement(By.id("cancel:submit")).click();
        answerQuestion(true);
        waitForText("参加を取り消しました");
        assertEquals(0, takenSeats(seminar), "the last place gone, the registration with it");
        assertEquals("CANCELLED", anonymous.get("api/registrations/" + token).json().getString("status"));
    }
}
