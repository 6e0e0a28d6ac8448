package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** Organisers find any seminar, past or draft, in a lazy table filtered in the database. */
class SeminarsBrowserIT extends BrowserIT {

    private List<WebElement> rows() {
        return browser.findElements(By.cssSelector("#list\\:seminars tbody tr"));
    }

    @Test
    void anOrganiserFiltersAllSeminarsByTitleAndStatus() {
        long seminar = publishedSeminar(5);
        String title = anonymous.get("api/seminars/" + seminar).json().getString("titleJa");
        openAs(Http.As.ORGANISER, "manage/seminars.xhtml");
        waitForText("すべてのセミナー・会議");

        browser.findElement(By.cssSelector("#list\\:seminars thead input.ui-column-filter")).sendKeys(title.substring(title.length() - 8));
        waitUntil(d -> rows().size() == 1 && rows().get(0).getText().contains(title));
        new Select(browser.findElements(By.cssSelector("#list\\:seminars thead select")).get(1)).selectByVisibleText("開催済み");
        waitUntil(d -> !rows().get(0).getText().contains(title));
        new Select(browser.findElements(By.cssSelector("#list\\:seminars thead select")).get(1)).selectByVisibleText("受付中");
        waitUntil(d -> rows().size() == 1 && rows().get(0).getText().contains(title));
        assertTrue(rows().get(0).getText().contains("0 / 5"), rows().get(0).getText());
    }
}
