package org.seminardesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** Organisers keep the member organisations: a lazy table filtered in the database, and a form. */
class OrganisationsBrowserIT extends BrowserIT {

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#list\\:organisations tbody tr"));
    }

    private JsonObject organisationNamed(String name) {
        return organiser.get("api/organisations").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).findFirst().orElse(null);
    }

    @Test
    void anOrganiserAddsFindsAndEditsAnOrganisation() throws Exception {
        String name = unique("表で探す事業所");
        openAs(Http.As.ORGANISER, "manage/organisations.xhtml");
        waitForText("会員事業所");

        browser.findElement(By.id("form:name")).sendKeys(name);
        new Select(browser.findElement(By.id("form:facilityType"))).selectByVisibleText("就労継続支援B型");
        browser.findElement(By.id("form:email")).sendKeys("not an address");
        browser.findElement(By.id("form:save")).click();
        waitFor(By.id("form:email-error"));
        assertEquals(null, organisationNamed(name), "nothing saved while the address is wrong");

        browser.findElement(By.id("form:email")).clear();
        browser.findElement(By.id("form:email")).sendKeys("table@example.org");
        browser.findElement(By.id("form:save")).click();
        waitForText("保存しました");
        assertEquals("CONTINUATION_B", organisationNamed(name).getString("facilityType"));

        WebElement nameFilter = browser.findElements(By.cssSelector("#list\\:organisations thead input.ui-column-filter")).get(0);
        nameFilter.sendKeys(name.substring(name.length() - 8));
        waitUntil(d -> rows().size() == 1 && rows().get(0).getText().contains(name));
        screenshot("organisations");
        Select typeFilter = new Select(browser.findElement(By.cssSelector("#list\\:organisations thead select")));
        typeFilter.selectByVisibleText("企業");
        waitUntil(d -> !rows().get(0).getText().contains(name));
        typeFilter = new Select(browser.findElement(By.cssSelector("#list\\:organisations thead select")));
        typeFilter.selectByVisibleText("就労継続支援B型");
        waitUntil(d -> rows().size() == 1 && rows().get(0).getText().contains(name));

        browser.findElement(By.cssSelector("input[aria-label='" + name + " 編集']")).click();
        waitFor(By.id("form:new"));
        assertEquals(name, browser.findElement(By.id("form:name")).getAttribute("value"), "the form holds the chosen one");
        browser.findElement(By.id("form:contactPerson")).sendKeys("表 太郎");
        browser.findElement(By.id("form:save")).click();
        waitForText("保存しました");
        assertEquals("表 太郎", organisationNamed(name).getString("contactPerson"));
        assertTrue(organiser.get("api/organisations").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals(name)).count() == 1, "edited, not added again");
    }
}
