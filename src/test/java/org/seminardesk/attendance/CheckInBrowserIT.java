package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.MailingBrowserIT;

/**
 * The door as people meet it: the QR code on a participant's page, photographed (a screenshot of the page),
 * read by the staff check-in page in Chromium; a second scan says when; a participant types the attendance code.
 */
class CheckInBrowserIT extends MailingBrowserIT {

    private long inPersonSeminar() {
        Http.Reply reply = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"SEMINAR","format":"HYBRID","capacity":10,"venue":"ぐるっぽ 多目的室",
                 "onlineLink":"https://meet.example.org/door","startsAt":"%s","endsAt":"%s","status":"PUBLISHED","reminderHoursBefore":[]}"""
                .formatted(unique("受付QR"), inDays(7, 10), inDays(7, 12)));
        assertEquals(201, reply.status(), reply.body());
        return reply.json().getJsonNumber("id").longValue();
    }

    private String registered(long seminar, String address) throws Exception {
        Http.Reply reply = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"受付 花子","email":"%s","mode":"VENUE"}]}"""
                .formatted(seminar, organisation(), address));
        assertEquals(201, reply.status(), reply.body());
        return linkMailedTo(address, "p");
    }

    @Test
    void aQrCodePhotographedFromTheParticipantsPageChecksThemInOnce() throws Exception {
        long seminar = inPersonSeminar();
        String page = registered(seminar, "qr-" + System.nanoTime() + "@example.org");
        open(page);
        var qr = waitFor(By.id("checkin-qr"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", qr);
        waitUntil(b -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) b)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        screenshot("participant-checkin-qr");
        Path photo = Files.createTempFile("qr-", ".png");
        Files.write(photo, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

        openAs(Http.As.STAFF, "staff/checkin.xhtml?seminar=" + seminar);
        waitFor(By.id("scan:code")); // the photo input itself is transparent, over its label
        browser.findElement(By.id("qr-photo")).sendKeys(photo.toString());
        waitUntil(b -> !b.findElement(By.id("scan-result")).getText().isBlank()
                || !b.findElement(By.cssSelector(".qr-status")).getText().isBlank());
        String said = browser.findElement(By.id("scan-result")).getText() + browser.findElement(By.cssSelector(".qr-status")).getText();
        assertTrue(said.contains("出席を記録しました"), said);
        screenshot("staff-checkin-scanned");
        assertTrue(browser.findElement(By.cssSelector("[aria-pressed=true]")).getAttribute("aria-label").contains("受付 花子"),
                "the list shows them in");

        browser.findElement(By.id("qr-photo")).sendKeys(photo.toString());
        waitForText("に受付済みです");
        Files.delete(photo);
    }

    /** A photo of another participant's page (code BG0CW3J6) in which the former reader found no code. */
    @Test
    void aPhotoTheFormerReaderCouldNotReadIsRead() throws Exception {
        long seminar = inPersonSeminar();
        Path photo = Path.of("src/test/resources/checkin/page-photo-BG0CW3J6.png").toAbsolutePath();
        openAs(Http.As.STAFF, "staff/checkin.xhtml?seminar=" + seminar);
        waitFor(By.id("scan:code"));
        browser.findElement(By.id("qr-photo")).sendKeys(photo.toString());
        waitForText("この受付コードの参加者は見つかりません"); // read and sent; "QRコードが見つかりませんでした" if not read
    }

    @Test
    void aParticipantTypesTheAttendanceCodeOnTheirPage() throws Exception {
        long seminar = inPersonSeminar();
        String page = registered(seminar, "code-" + System.nanoTime() + "@example.org");
        String code = staff.get("api/attendance/seminars/" + seminar + "/check-ins/code").json().getString("code");
        Duration untilStart = Duration.between(java.time.Instant.now(), java.time.OffsetDateTime.parse(
                anonymous.get("api/seminars/" + seminar).json().getString("startsAt")).toInstant());
        ageSeminar(seminar, untilStart); // it starts now
        open(page);
        browser.findElement(By.id("selfCheckin:code")).sendKeys("999999".equals(code) ? "111111" : "999999");
        browser.findElement(By.id("selfCheckin:submit")).click();
        waitForText("出席コードが違います");
        browser.findElement(By.id("selfCheckin:code")).clear();
        browser.findElement(By.id("selfCheckin:code")).sendKeys(code);
        browser.findElement(By.id("selfCheckin:submit")).click();
        waitForText("出席を記録しました");
        screenshot("participant-self-checked-in");
        browser.navigate().refresh();
        waitFor(By.id("selfCheckin:code"));
        assertTrue(staff.get("api/attendance/seminars/" + seminar).body().contains("\"checkedInAt\""), "recorded");
    }
}
