package org.seminardesk.material;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** An organiser adds a handout and a recording link on the page; a refresh adds nothing twice; the public page shows what is for everyone. */
class MaterialsPageIT extends BrowserIT {

    @Test
    void anOrganiserAddsAHandoutAndARecordingThatReachTheirAudiences() throws Exception {
        long seminar = publishedSeminar(5);
        Path pdf = Files.createTempFile("handout-", ".pdf");
        Files.write(pdf, "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        openAs(Http.As.ORGANISER, "manage/materials.xhtml?seminar=" + seminar);
        waitFor(By.id("upload:title")).sendKeys("会場案内図");
        browser.findElement(By.id("upload:file")).sendKeys(pdf.toString());
        new Select(browser.findElement(By.id("upload:audience"))).selectByValue("EVERYONE");
        browser.findElement(By.id("upload:submit")).click();
        waitForText("「会場案内図」を追加しました");

        browser.findElement(By.id("recording:title")).sendKeys("アーカイブ");
        browser.findElement(By.id("recording:url")).sendKeys("javascript:alert(1)");
        browser.findElement(By.id("recording:submit")).click();
        waitForText("http:// または https://");
        browser.findElement(By.id("recording:url")).clear();
        browser.findElement(By.id("recording:url")).sendKeys("https://video.example.org/a");
        browser.findElement(By.id("recording:submit")).click();
        waitForText("「アーカイブ」を追加しました");
        screenshot("organiser-materials");
        browser.navigate().refresh();
        waitFor(By.id("upload:title"));
        assertEquals(2, organiser.get("api/seminars/" + seminar + "/materials").jsonArray().size(), "a refresh adds nothing");

        browser.findElement(By.cssSelector("input[aria-label='会場案内図 メールで知らせる']")).click();
        assertTrue(answerQuestion(true).contains("会場案内図"), "the question names it");
        waitForText("見られる参加者がいない");
        browser.findElement(By.cssSelector("input[aria-label='アーカイブ 削除']")).click();
        answerQuestion(true);
        waitForText("「アーカイブ」を削除しました");
        assertEquals(1, organiser.get("api/seminars/" + seminar + "/materials").jsonArray().size());

        open("seminar.xhtml?id=" + seminar);
        waitForText("会場案内図");
        assertTrue(!browser.getPageSource().contains("video.example.org"), "the recording is for registrants after the end");
        Files.delete(pdf);
    }
}
