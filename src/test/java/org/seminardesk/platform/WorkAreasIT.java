package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** The signed-in areas' menu by role, breadcrumbs, the dashboard's counts, error pages, the favicon and printing. */
class WorkAreasIT extends BrowserIT {

    private List<String> menu() {
        return browser.findElements(By.cssSelector("nav.work-nav a")).stream().map(WebElement::getText).toList();
    }

    @Test
    void organisersSeeTheirMenuBreadcrumbsAndWhatNeedsAction() throws Exception {
        openAs(Http.As.ORGANISER, "manage/index.xhtml");
        waitForText("対応が必要なこと");
        assertTrue(menu().containsAll(List.of("ダッシュボード", "セミナー・会議", "申込者一覧", "お知らせの配信", "アンケート",
                "会員事業所", "講師", "会場", "プロボノのマッチング", "活動報告書", "メールの送信状況", "出欠・名簿")), menu().toString());
        assertFalse(menu().contains("ユーザー管理"), "no admin entries for an organiser");
        assertEquals("ダッシュボード", browser.findElement(By.cssSelector("nav.work-nav a[aria-current=page]")).getText());
        assertTrue(browser.findElements(By.cssSelector("ul.counts li")).size() >= 8, "the counts that need action");
        assertTrue(browser.findElement(By.cssSelector("ul.counts")).getText().contains("送信に失敗したメール"));
        assertEquals(List.of(), axeViolations(), "the dashboard");

        open("manage/seminar.xhtml");
        List<String> crumbs = browser.findElements(By.cssSelector("nav.breadcrumbs li")).stream().map(WebElement::getText).toList();
        assertEquals(List.of("ダッシュボード", "セミナー・会議", "セミナー・会議の作成"), crumbs);
        assertEquals("セミナー・会議", browser.findElement(By.cssSelector("nav.work-nav a[aria-current=page]")).getText(),
                "the editor belongs to the seminars entry");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        open("manage/index.xhtml");
        assertFalse(overflowsHorizontally(), "the menu and the dashboard fit a phone");
        WebElement toggle = browser.findElement(By.cssSelector("nav.work-nav button.menu-toggle"));
        By speakers = By.cssSelector("nav.work-nav a[href$='manage/speakers.xhtml']");
        assertTrue(toggle.isDisplayed() && !browser.findElement(speakers).isDisplayed(), "on a phone the menu folds");
        toggle.click();
        assertTrue(browser.findElement(speakers).isDisplayed(), "and opens with its button");
        assertEquals("true", toggle.getAttribute("aria-expanded"));
    }

    @Test
    void staffSeeOnlyTheAttendanceArea() {
        openAs(Http.As.STAFF, "staff/index.xhtml");
        waitForText("出欠・名簿");
        assertEquals(List.of("出欠・名簿", "年間の参加状況"), menu());
    }

    @Test
    void errorsArePagesOfTheSiteForPeopleAndJsonForTheApi() throws Exception {
        open("no-such-page.xhtml");
        waitForText("ページが見つかりません");
        assertTrue(browser.findElements(By.cssSelector("header.site-header")).size() == 1, "in the site's layout");
        assertFalse(browser.getPageSource().contains("ExternalContext"), "no server internals");
        assertEquals(List.of(), axeViolations(), "the 404 page");
        assertEquals(404, anonymous.get("no-such-page.xhtml").status());

        openAs(Http.As.STAFF, "manage/index.xhtml");
        waitForText("このページを見る権限がありません");
        assertEquals(403, staff.get("manage/index.xhtml").status());
        assertEquals(List.of(), axeViolations(), "the 403 page");

        Http.Reply api = staff.post("api/manage/announcements", "{}");
        assertEquals(403, api.status());
        assertTrue(api.body().startsWith("{"), "the API answers JSON: " + api.body());
        assertTrue(anonymous.get("api/no-such-route").body().startsWith("{"));

        assertEquals(200, anonymous.get("favicon.svg").status());
        assertEquals(200, anonymous.get("favicon.ico").status());
        assertEquals(404, organiser.get("manage/caught-mail.xhtml").status(), "no mail catcher on a server started without one");
    }

    @Test
    void printButtonsPrint() {
        long seminar = publishedSeminar(5);
        openAs(Http.As.STAFF, "staff/signin-sheet.xhtml?seminar=" + seminar);
        ((JavascriptExecutor) browser).executeScript("window.printed = 0; window.print = function () { window.printed++; };");
        browser.findElement(By.cssSelector("button[data-print]")).click();
        assertEquals(1L, ((JavascriptExecutor) browser).executeScript("return window.printed;"), "the button opens printing");
    }
}
