package org.seminardesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.RejectingSmtp;

/** In Chromium: an organiser writes and sends a survey; a member answers by its link; the results show it. */
class SurveyPagesIT extends BrowserIT {

    private final RejectingSmtp smtp = new RejectingSmtp(Integer.getInteger("it.smtp.port"), "seminardesk", "it-smtp-secret");

    @BeforeEach
    void startSmtp() {
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private void type(String css, String text) {
        WebElement field = browser.findElement(By.cssSelector(css));
        field.clear();
        field.sendKeys(text);
    }

    private java.util.List<jakarta.mail.internet.MimeMessage> mailsTo(String address, int count) throws Exception {
        return MailTestSupport.eventually(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(address);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).toList(), found -> found.size() >= count);
    }

    private static String linkIn(jakarta.mail.internet.MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("/s/[A-Za-z0-9_-]{43}").matcher(MailTestSupport.text(mail));
        assertTrue(link.find(), MailTestSupport.text(mail));
        return link.group();
    }

    @Test
    void theSatisfactionTemplateFillsTheEditorAndTheApiGivesTheSame() throws Exception {
        openAs(Http.As.ORGANISER, "manage/surveys.xhtml");
        browser.findElement(By.id("template:start")).click();
        waitUntil(d -> "本日のセミナーについてのアンケート".equals(d.findElement(By.id("editor:title")).getAttribute("value")));
        assertEquals("本日のセミナーの満足度を教えてください。",
                browser.findElement(By.cssSelector("form#editor input[id$=':0:text']")).getAttribute("value"));
        assertEquals("とても満足\n満足\nふつう\nやや不満\n不満",
                browser.findElement(By.cssSelector("form#editor textarea[id$=':0:options']")).getAttribute("value"));
        assertEquals(5, browser.findElements(By.cssSelector("form#editor input[id$=':text']")).size());

        jakarta.json.JsonObject template = organiser.get("api/manage/surveys/template?lang=en").json();
        assertEquals("How satisfied are you with today's seminar?", template.getJsonArray("questions").getJsonObject(0).getString("text"));
        assertEquals(5, template.getJsonArray("questions").getJsonObject(0).getJsonArray("options").size());
        assertEquals(401, anonymous.get("api/manage/surveys/template").status());
    }

    @Test
    void anOrganiserSendsASurveyAMemberAnswersAndTheResultsCountIt() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String address = "gov-" + tag + "@example.org";
        assertEquals(201, organiser.post("api/organisations", "{\"name\":\"区役所 %s\",\"facilityType\":\"GOVERNMENT\",\"email\":\"%s\"}"
                .formatted(tag, address)).status());
        String title = "設備アンケート " + tag;

        openAs(Http.As.ORGANISER, "manage/surveys.xhtml");
        type("#editor\\:title", title);
        ((JavascriptExecutor) browser).executeScript("document.getElementById('editor:date').value = arguments[0]",
                LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7).toString());
        browser.findElement(By.cssSelector("input[name='editor:facilityTypes'][value='GOVERNMENT']")).click();
        type("form#editor input[id$=':0:text']", "車椅子利用者を受け入れていますか");
        type("form#editor textarea[id$=':0:options']", "受け入れている\n受け入れていない");
        browser.findElement(By.id("editor:add")).click();
        waitFor(By.cssSelector("form#editor input[id$=':1:text']")); // the page reloads with the new question
        type("form#editor input[id$=':1:text']", "課題");
        new Select(browser.findElement(By.cssSelector("form#editor select[id$=':1:kind']"))).selectByValue("TEXT");
        browser.findElement(By.cssSelector("form#editor input[type=checkbox][id$=':1:required']")).click();
        browser.findElement(By.id("editor:save")).click();
        waitForText("下書きを保存しました");
        browser.findElement(By.xpath("//tr[th[text()='" + title + "']]//input[@value='送付する']")).click();
        String question = answerQuestion(false);
        assertTrue(question.matches("会員事業所 [1-9][0-9]* か所にこのアンケートを送信します.*"), "the question names how many are asked: " + question);
        assertEquals("DRAFT", organiser.get("api/manage/surveys").jsonArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(s -> s.getString("title").equals(title)).findFirst().orElseThrow().getString("status"), "nothing sent on no");
        browser.findElement(By.xpath("//tr[th[text()='" + title + "']]//input[@value='送付する']")).click();
        answerQuestion(true);
        waitForText("会員事業所に送付しました");
        browser.navigate().refresh();
        waitForText("アンケート");

        String first = linkIn(mailsTo(address, 1).get(0));

        // The member says the link went to the wrong person: the organiser renews it from the results page.
        browser.findElement(By.xpath("//tr[th[text()='" + title + "']]//a")).click();
        waitFor(By.cssSelector("input[aria-label='区役所 " + tag + " リンクを再発行']")).click(); // on the results page
        waitForText("リンクを新しくし");
        String renewed = linkIn(mailsTo(address, 2).get(1));
        assertEquals(404, anonymous.get(first.substring(1)).status(), "the first link is dead");
        Matcher link = Pattern.compile("/s/[A-Za-z0-9_-]{43}").matcher(renewed);
        assertTrue(link.find(), renewed);

        browser.manage().deleteAllCookies();
        open(link.group().substring(1));
        waitForText(title);
        browser.findElement(By.id("answers:submit")).click();
        waitForText("「車椅子利用者を受け入れていますか」にご回答ください");
        browser.findElement(By.cssSelector("form#answers input[type=radio][value='0']")).click();
        browser.findElement(By.id("answers:submit")).click();
        waitForText("ご回答ありがとうございました");
        screenshot("survey-answer");

        openAs(Http.As.ORGANISER, "manage/surveys.xhtml");
        browser.findElement(By.xpath("//tr[th[text()='" + title + "']]//a")).click();
        waitForText("回答 1 / 1 事業所");
        waitUntil(b -> !b.findElements(By.cssSelector("canvas")).isEmpty());
        assertTrue(browser.findElement(By.xpath("//tr[th[text()='受け入れている']]")).getText().contains("1 100%"));
        screenshot("survey-results");
    }
}
