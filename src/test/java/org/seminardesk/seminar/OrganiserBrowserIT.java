package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** An organiser logs in, creates a seminar, publishes it and finds it in the public list. */
class OrganiserBrowserIT extends BrowserIT {

    /** Date and time inputs take their value the way a date picker sets it. */
    private void set(String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", input, value);
    }

    @Test
    void anOrganiserCreatesAndPublishesASeminarThatThenAppearsInThePublicList() throws Exception {
        String title = unique("ブラウザで作成した研修");
        openAs(Http.As.ORGANISER, "manage/index.xhtml");
        waitForText("運営者ページ");
        screenshot("organiser-dashboard");
        browser.findElement(By.id("new-seminar")).click();
        waitForText("セミナー・会議の作成");

        browser.findElement(By.id("form:titleJa")).sendKeys(title);
        new Select(browser.findElement(By.id("form:format"))).selectByVisibleText("オンライン");
        String day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(20).toString();
        set("form:startDate", day);
        set("form:startTime", "13:30");
        set("form:endTime", "15:00");
        browser.findElement(By.id("form:capacity")).clear();
        browser.findElement(By.id("form:capacity")).sendKeys("40");
        new Select(browser.findElement(By.id("form:status"))).selectByVisibleText("受付中");
        browser.findElement(By.id("form:save")).click();

        assertTrue(waitFor(By.id("form:onlineLink-error")).getText().contains("参加URLを入力してください"),
                "publishing an online seminar without its link is refused at the link field");
        assertFalse(anonymous.get("api/seminars").body().contains(title), "nothing saved");

        browser.findElement(By.id("form:onlineLink")).sendKeys("https://meet.example.org/browser");
        screenshot("seminar-editor");
        browser.findElement(By.id("form:save")).click();
        waitForText("を保存しました");
        assertTrue(browser.getPageSource().contains(title), "the dashboard lists it");

        open("index.xhtml");
        waitForText(title);
        browser.findElement(By.linkText(title)).click();
        waitForText("このセミナーに申し込む");
        var seminar = anonymous.get("api/seminars").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(s -> s.getString("titleJa").equals(title)).findFirst().orElseThrow();
        assertEquals("PUBLISHED", seminar.getString("status"));
        assertTrue(seminar.getString("startsAt").startsWith(day + "T13:30"), seminar.toString());
        assertFalse(browser.getPageSource().contains("meet.example.org/browser"), "the online link stays private");
    }

    @Test
    void speakersAreAttachedOrderedAndRemovedInTheEditor() throws Exception {
        String tag = unique("講師");
        long first = organiser.post("api/speakers", "{\"name\":\"一人目 %s\",\"affiliation\":\"A社\"}".formatted(tag)).json().getJsonNumber("id").longValue();
        long second = organiser.post("api/speakers", "{\"name\":\"二人目 %s\"}".formatted(tag)).json().getJsonNumber("id").longValue();
        long third = organiser.post("api/speakers", "{\"name\":\"三人目 %s\"}".formatted(tag)).json().getJsonNumber("id").longValue();
        long seminar = publishedSeminar(10);
        openAs(Http.As.ORGANISER, "manage/seminar.xhtml?id=" + seminar);
        waitForText("講師はまだ設定されていません");
        for (long speaker : new long[] {first, second, third}) {
            waitForAjax(); // the previous addition's update is in place before the next choice
            long listed = elementsNow(By.cssSelector("ol.speaker-list li")).size();
            new Select(browser.findElement(By.id("form:speakerToAdd"))).selectByValue(String.valueOf(speaker));
            browser.findElement(By.id("form:addSpeaker")).click();
            waitUntil(b -> b.findElements(By.cssSelector("ol.speaker-list li")).size() > listed);
        }
        browser.findElement(By.cssSelector("input[aria-label='二人目 " + tag + " 上へ']")).click();
        waitUntil(b -> b.findElements(By.cssSelector("ol.speaker-list li")).get(0).getText().startsWith("二人目"));
        browser.findElement(By.cssSelector("input[aria-label='三人目 " + tag + " 外す']")).click();
        waitUntil(b -> b.findElements(By.cssSelector("ol.speaker-list li")).size() == 2);
        browser.findElement(By.id("form:save")).click();
        waitForText("を保存しました");
        var speakers = anonymous.get("api/seminars/" + seminar).json().getJsonArray("speakers");
        assertEquals(2, speakers.size());
        assertEquals(second, speakers.getJsonObject(0).getJsonNumber("id").longValue(), "in the order chosen");
        assertEquals(first, speakers.getJsonObject(1).getJsonNumber("id").longValue());
        open("seminar.xhtml?id=" + seminar);
        waitForText("二人目 " + tag);
    }

    @Test
    void aSeminarIsCopiedToAnotherDayFromTheListAndOpensAsADraft() throws Exception {
        long seminar = publishedSeminar(10);
        String title = anonymous.get("api/seminars/" + seminar).json().getString("titleJa");
        openAs(Http.As.ORGANISER, "manage/seminars.xhtml");
        waitFor(By.cssSelector("input.ui-column-filter")).sendKeys(title);
        waitFor(By.cssSelector("a[aria-label='" + title + " コピー']")).click();
        waitFor(By.id("copy:copyDate"));
        browser.findElement(By.id("copy:makeCopy")).click();
        assertTrue(waitFor(By.id("copy:copyDate-error")).getText().contains("入力してください"), "a date is required");

        String day = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(400).toString();
        set("copy:copyDate", day);
        browser.findElement(By.id("copy:makeCopy")).click();
        waitForText("下書きとして作成しました");
        screenshot("seminar-copied");
        String copyId = browser.getCurrentUrl().replaceFirst(".*[?&]id=", "");
        assertFalse(copyId.equals(String.valueOf(seminar)), "the editor shows the copy");
        var copy = organiser.get("api/seminars/" + copyId).json();
        assertEquals("DRAFT", copy.getString("status"));
        assertTrue(copy.getString("startsAt").startsWith(day), copy.toString());
        assertEquals(title, browser.findElement(By.id("form:titleJa")).getAttribute("value"));

        browser.navigate().refresh();
        waitFor(By.id("form:titleJa"));
        assertEquals(1, organiser.get("api/seminars").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(s -> s.getString("titleJa").equals(title) && s.getString("status").equals("DRAFT")).count(),
                "refreshing after the copy makes no second copy");
    }
}
