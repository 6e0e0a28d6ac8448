package org.seminardesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.MailingBrowserIT;

/** Two participants answer an anonymous feedback questionnaire through their own links in the browser. */
class FeedbackSurveyBrowserIT extends MailingBrowserIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private void register(long seminar, String email) {
        assertEquals(201, organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"participants":[{"name":"参加 %s","email":"%s"}]}"""
                .formatted(seminar, organisation(), email.split("@")[0], email)).status());
    }

    /** "s/…" from the questionnaire's mail to the address (their confirmation came before it). */
    private String surveyLinkMailedTo(String address) throws Exception {
        java.util.regex.Pattern survey = java.util.regex.Pattern.compile("/s/[A-Za-z0-9_-]{43}");
        String text = org.seminardesk.mail.MailTestSupport.eventually(() -> java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (jakarta.mail.MessagingException e) {
                        throw new AssertionError(e);
                    }
                }).map(m -> {
                    try {
                        return org.seminardesk.mail.MailTestSupport.text(m);
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                }).filter(t -> survey.matcher(t).find()).findFirst().orElse(null), t -> t != null);
        assertTrue(text != null, "no questionnaire mail to " + address);
        java.util.regex.Matcher link = survey.matcher(text);
        assertTrue(link.find());
        return link.group().substring(1);
    }

    @Test
    void twoParticipantsAnswerThroughTheirOwnLinksOnce() throws Exception {
        long seminar = publishedSeminar(10);
        String first = "fb-a-" + tag + "@example.org";
        String second = "fb-b-" + tag + "@example.org";
        register(seminar, first);
        register(seminar, second);
        Http.Reply created = organiser.post("api/manage/surveys", """
                {"title":"事後アンケート %s","deadline":"%s","seminarId":%d,"anonymous":true,
                 "questions":[{"kind":"SINGLE","text":"満足度","required":true,"options":["満足","ふつう","不満"]},
                              {"kind":"TEXT","text":"ご意見","required":false}]}""".formatted(tag, inDays(7, 17), seminar));
        long survey = created.json().getJsonNumber("id").longValue();
        assertEquals(200, organiser.post("api/manage/surveys/" + survey + "/send", "").status());

        for (String address : List.of(first, second)) {
            String link = surveyLinkMailedTo(address);
            open(link);
            waitForText("このアンケートは匿名です");
            browser.findElement(By.xpath("//label[normalize-space()='満足']")).click();
            browser.findElement(By.cssSelector("form#answers textarea")).sendKeys("参考になりました（" + address.substring(3, 4) + "）");
            browser.findElement(By.id("answers:submit")).click();
            waitForText("匿名で一度だけお受けしています");
            assertEquals(List.of(), axeViolations(), "the anonymous answer page");
            browser.navigate().refresh();
            waitForText("このアンケートは匿名です");
            assertTrue(elementsNow(By.id("answers:submit")).isEmpty(), "a used anonymous link takes no second answer");
        }
        screenshot("feedback-answered");
        openAs(Http.As.ORGANISER, "manage/survey.xhtml?id=" + survey);
        waitForText("匿名のアンケートです");
        assertTrue(browser.getPageSource().contains("回答 2 / 2 人"), "both answers counted");
        assertTrue(!browser.getPageSource().contains(first) && browser.getPageSource().contains("参考になりました"),
                "the texts are shown without who wrote them");
        assertEquals(List.of(), axeViolations(), "the results of an anonymous questionnaire");
        screenshot("feedback-results");
    }
}
