package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;

/** An organisation registers two people in the browser, sees the confirmation, and cancels one through its link. */
class RegistrationBrowserIT extends BrowserIT {

    private String organisationNamed() {
        String name = unique("ブラウザ事業所");
        organiser.post("api/organisations", "{\"name\":\"%s\",\"facilityType\":\"CONTINUATION_B\"}".formatted(name));
        return name;
    }

    @Test
    void anOrganisationRegistersTwoPeopleSeesTheConfirmationAndRemovesOneThroughItsLink() throws Exception {
        long seminar = publishedSeminar(10);
        String organisation = organisationNamed();

        open("seminar.xhtml?id=" + seminar);
        browser.findElement(By.linkText("このセミナーに申し込む")).click();
        waitForText("参加申込");
        assertEquals("ja", browser.findElement(By.tagName("html")).getAttribute("lang"));

        new Select(browser.findElement(By.id("form:organisation"))).selectByVisibleText(organisation);
        browser.findElement(By.id("form:rows:0:name")).sendKeys("山田 太郎");
        browser.findElement(By.id("form:rows:0:email")).sendKeys("taro.browser@example.org");
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
        assertEquals(0, staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations").size(),
                "nothing stored while a row is wrong");
        browser.findElement(By.id("form:rows:1:email")).clear();
        browser.findElement(By.id("form:rows:1:email")).sendKeys("hanako.browser@example.org");
        browser.findElement(By.id("form:consent")).click();
        browser.findElement(By.id("form:submit")).click();
        waitForText("配慮事項は要配慮個人情報です");
        assertEquals(0, staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations").size(),
                "needs are not taken without their own explicit consent");
        browser.findElement(By.id("form:needsConsent")).click();
        browser.findElement(By.id("form:submit")).click();

        waitForText("お申込みを受け付けました");
        assertTrue(browser.getPageSource().contains("参加が確定しました"));
        assertTrue(browser.getPageSource().contains("佐藤 花子"));
        screenshot("registration-confirmed");
        browser.findElement(By.id("self-service-link")).click();

        waitForText("お申込み内容");
        String token = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf("/r/") + 3);
        browser.findElement(By.cssSelector("input[aria-label='佐藤 花子 削除']")).click();
        waitForText("参加者を削除しました");

        JsonObject registration = anonymous.get("api/registrations/" + token).json();
        assertEquals(1, registration.getJsonArray("participants").size());
        assertEquals("山田 太郎", registration.getJsonArray("participants").getJsonObject(0).getString("name"));
        assertEquals(9, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"));
    }
}
