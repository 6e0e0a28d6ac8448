package org.seminardesk.speaker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** Organisers keep the speakers: a lazy table filtered in the database, and a form. */
class SpeakersBrowserIT extends BrowserIT {

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#list\\:speakers tbody tr"));
    }

    private JsonObject speakerNamed(String name) {
        return anonymous.get("api/speakers").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("name").equals(name)).findFirst().orElse(null);
    }

    @Test
    void anOrganiserAddsFindsAndEditsASpeaker() {
        String name = unique("講師");
        String affiliation = unique("大学");
        openAs(Http.As.ORGANISER, "manage/speakers.xhtml");
        waitForText("講師を追加");

        browser.findElement(By.id("form:affiliation")).sendKeys(affiliation);
        browser.findElement(By.id("form:save")).click();
        assertEquals("入力してください。", waitFor(By.id("form:name-error")).getText(), "a speaker needs a name");

        browser.findElement(By.id("form:name")).sendKeys(name);
        browser.findElement(By.id("form:save")).click();
        waitForText("保存しました");
        assertEquals(affiliation, speakerNamed(name).getString("affiliation"));

        browser.findElements(By.cssSelector("#list\\:speakers thead input.ui-column-filter")).get(1)
                .sendKeys(affiliation.substring(affiliation.length() - 8));
        waitUntil(d -> rows().size() == 1 && rows().get(0).getText().contains(name));

        browser.findElement(By.cssSelector("input[aria-label='" + name + " 編集']")).click();
        waitFor(By.id("form:new"));
        browser.findElement(By.id("form:title")).sendKeys("教授");
        browser.findElement(By.id("form:save")).click();
        waitForText("保存しました");
        assertEquals("教授", speakerNamed(name).getString("title"));
    }
}
