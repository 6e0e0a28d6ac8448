package org.seminardesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** An organiser in Chromium checks a list file, sees the wrong line in Japanese, corrects it and imports. */
class OrganisationImportPagesIT extends BrowserIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private void choose(String content) throws Exception {
        Path file = Files.createTempDirectory("organisations").resolve("members.csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        browser.findElement(By.id("import:file")).sendKeys(file.toAbsolutePath().toString());
        browser.findElement(By.id("import:check")).click();
    }

    @Test
    void anOrganiserChecksAListSeesTheWrongLineAndImportsTheCorrectedOne() throws Exception {
        String name = "取込 事業所 " + tag;
        openAs(Http.As.ORGANISER, "manage/organisations.xhtml");
        choose("事業所名,施設種別,担当者名,担当者メール\n" + name + ",就労移行支援,取込 花子,torikomi-" + tag + "@example.jp\n壊れた行,カジノ,,\n");
        waitForText("3 行目： 施設種別「カジノ」が分かりません");
        assertTrue(elementsNow(By.id("apply:import")).isEmpty(), "nothing to import while a line is wrong");
        screenshot("organisations-import-problem");

        choose("事業所名,施設種別,担当者名,担当者メール\n" + name + ",就労移行支援,取込 花子,torikomi-" + tag + "@example.jp\n");
        waitForText("新しい事業所");
        assertEquals(List.of(), axeViolations());
        browser.findElement(By.id("apply:import")).click();
        waitForText("1 行を取り込みました");
        assertTrue(organiser.get("api/organisations").body().contains(name));
        assertFalse(browser.getPageSource().contains("この内容で取り込む"), "the preview is gone after importing");
    }
}
