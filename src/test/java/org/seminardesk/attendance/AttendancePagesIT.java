package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** Staff in Chromium: import a report and assign the guest, tick people off at the door, print, review. */
class AttendancePagesIT extends BrowserIT {

    private long seminar;
    private String tag;

    @BeforeEach
    void threeConfirmedParticipants() {
        seminar = publishedSeminar(10);
        tag = AttendanceFixture.registerThree(organiser, seminar, organisation(), organisation());
    }

    private String summary() {
        return staff.get("api/attendance/seminars/" + seminar).json().getJsonObject("figures").getJsonObject("overall").toString();
    }

    private void uploadFile(String name, byte[] content) throws Exception {
        Path file = Files.createTempDirectory("report").resolve(name);
        Files.write(file, content);
        browser.findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("upload:submit")).click();
    }

    @Test
    void staffImportAReportAndAssignTheGuestItCouldNotMatch() throws Exception {
        openAs(Http.As.STAFF, "staff/attendance.xhtml?seminar=" + seminar);
        uploadFile("broken.csv", "Name,Join Time,Leave Time\n山田,soon,later\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        waitForText("2 行目を読み込めませんでした");
        assertTrue(browser.getPageSource().contains("まだ取り込んでいません"), "nothing stored");

        uploadFile("zoom.csv", AttendanceFixture.zoomReport(tag));
        waitForText("取り込みました：4 行、3 人（照合 2 人、未照合 1 人）");
        WebElement guestRow = browser.findElement(By.xpath("//table[@aria-labelledby='unmatched-heading']//tr[th[text()='iPhone']]"));
        new Select(guestRow.findElement(By.tagName("select"))).selectByVisibleText("鈴木 一郎（" + organisationOf("ichiro-") + "）");
        screenshot("attendance-import");
        guestRow.findElement(By.cssSelector("input[id$=':assign']")).click();
        waitForText("参加者と結び付けました");
        assertTrue(browser.getPageSource().contains("照合できなかった人はいません"));
        assertTrue(summary().contains("\"attended\":2"), summary());

        uploadFile("zoom-again.csv", AttendanceFixture.zoomReport(tag));
        waitForText("このファイルは「zoom.csv」として取り込み済みです");
        assertEquals(1, staff.get("api/attendance/seminars/" + seminar + "/imports").jsonArray().size());
    }

    private String organisationOf(String emailPrefix) {
        return AttendanceFixture.participant(staff.get("api/attendance/seminars/" + seminar).json(), emailPrefix).getString("organisation");
    }

    @Test
    void atTheDoorOneTapChecksInAndASecondTakesItBack() throws Exception {
        openAs(Http.As.STAFF, "staff/checkin.xhtml?seminar=" + seminar);
        waitForText("受付済み 0 / 3 人");
        By hanako = By.xpath("//button[contains(., 'Hanako Sato')] | //input[contains(@value, 'Hanako Sato')]");
        browser.findElement(hanako).click();
        waitForText("受付済み 1 / 3 人");
        waitUntil(b -> "true".equals(b.findElement(hanako).getAttribute("aria-pressed")));
        screenshot("checkin");
        assertTrue(summary().contains("\"attended\":1"), summary());

        browser.findElement(By.id("checkin:search")).sendKeys("ｽｽﾞｷ");
        browser.findElement(By.id("checkin:filter")).click();
        waitUntil(b -> elementsNow(By.cssSelector(".checkin-button")).isEmpty());
        browser.findElement(By.id("checkin:search")).clear();
        browser.findElement(By.id("checkin:search")).sendKeys("鈴木");
        browser.findElement(By.id("checkin:filter")).click();
        waitUntil(b -> b.findElements(By.cssSelector(".checkin-button")).size() == 1);

        openAs(Http.As.STAFF, "staff/checkin.xhtml?seminar=" + seminar);
        browser.findElement(hanako).click();
        waitForText("受付済み 0 / 3 人");
        assertTrue(summary().contains("\"attended\":0"), summary());
    }

    @Test
    void theSignInSheetListsEveryoneWithRoomToSign() {
        openAs(Http.As.STAFF, "staff/signin-sheet.xhtml?seminar=" + seminar);
        List<WebElement> rows = browser.findElements(By.cssSelector("table.signin-sheet tbody tr"));
        assertEquals(3, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.getText().contains("山田 太郎")));
        assertEquals(3, browser.findElements(By.cssSelector("td.signature")).size());
        assertEquals(404, staff.get("staff/signin-sheet.xhtml?seminar=abc").status());
        assertEquals(404, staff.get("staff/review.xhtml?seminar=987654321").status());
        assertEquals(404, staff.get("staff/attendance.xhtml").status());
        assertSentToLogin("staff/signin-sheet.xhtml?seminar=" + seminar);
    }

    @Test
    void theReviewShowsTheFiguresAChartAndTheThresholdAndLeadsToAFollowUp() throws Exception {
        staff.upload("api/attendance/seminars/" + seminar + "/imports", AttendanceFixture.zoomReport(tag), "text/csv");
        openAs(Http.As.ORGANISER, "staff/review.xhtml?seminar=" + seminar);
        waitForText("申込 3 人、出席 1 人、欠席 2 人、出席率 33%");
        assertTrue(browser.getPageSource().contains("照合できなかった人が 1 人います"));
        waitUntil(b -> !b.findElements(By.cssSelector("#chart canvas")).isEmpty());
        screenshot("attendance-review");

        WebElement percent = browser.findElement(By.id("threshold:percent"));
        percent.clear();
        percent.sendKeys("0");
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.getElementById('threshold').noValidate = true");
        browser.findElement(By.id("threshold:save")).click();
        waitForText("1〜100 の整数");
        assertTrue(staff.get("api/attendance/seminars/" + seminar).json().getJsonObject("rule").toString().contains("\"thresholdPercent\":50"));
        percent = browser.findElement(By.id("threshold:percent"));
        percent.clear();
        percent.sendKeys("25");
        browser.findElement(By.id("threshold:save")).click();
        waitForText("出席の基準を保存しました");
        waitForText("申込 3 人、出席 2 人、欠席 1 人、出席率 67%");

        browser.findElement(By.linkText("欠席者へのお知らせを書く")).click();
        waitForText("お知らせの配信");
        assertTrue(browser.findElement(By.cssSelector("input[name='compose:audience'][value='SEMINAR_NO_SHOWS']")).isSelected());
        assertEquals(String.valueOf(seminar), new Select(browser.findElement(By.id("compose:seminarId"))).getFirstSelectedOption().getAttribute("value"));

        openAs(Http.As.STAFF, "staff/review.xhtml?seminar=" + seminar);
        assertFalse(browser.getPageSource().contains("欠席者へのお知らせを書く"), "announcements are the organisers'");
    }
}
