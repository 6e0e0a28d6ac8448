package org.seminardesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * Feedback questionnaires to a seminar's participants: only the chosen group is asked, each through their own
 * link; named answers carry the name, anonymous ones neither name nor time and are taken once per link; a
 * reminder brings a new link to those who have not answered.
 */
class FeedbackSurveyIT extends MailTestSupport {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private static final String DRAFT = """
            {"title":"%s","deadline":"%s","seminarId":%d,"participants":"%s","anonymous":%s,
             "questions":[{"kind":"SINGLE","text":"満足度","required":true,"options":["満足","ふつう","不満"]},
                          {"kind":"TEXT","text":"ご意見","required":false}]}""";

    private long survey(long seminar, String group, boolean anonymous) {
        Http.Reply created = organiser.post("api/manage/surveys", DRAFT.formatted("事後アンケート " + tag, inDays(7, 17), seminar, group, anonymous));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        Http.Reply sent = organiser.post("api/manage/surveys/" + id + "/send", "");
        assertEquals(200, sent.status(), sent.body());
        return id;
    }

    private List<MimeMessage> feedbackTo(String address) {
        return mailTo(address).stream().filter(m -> subjectOf(m).startsWith("【アンケートのお願い】")).toList();
    }

    private String linkIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(text(mail));
        assertTrue(link.find(), text(mail));
        return link.group(1);
    }

    private Http.Reply answer(String token, long survey, String text) {
        List<Long> ids = organiser.get("api/manage/surveys/" + survey).json().getJsonArray("questions").getValuesAs(JsonObject.class)
                .stream().map(q -> q.getJsonNumber("id").longValue()).toList();
        return anonymous.put("api/survey-responses/" + token, """
                {"answers":[{"questionId":%d,"options":[0]},{"questionId":%d,"text":"%s"}]}""".formatted(ids.get(0), ids.get(1), text));
    }

    private long participantNamed(long seminar, String name) {
        return staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getValuesAs(JsonObject.class).stream().flatMap(r -> r.getJsonArray("participants").getValuesAs(JsonObject.class).stream())
                .filter(p -> p.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void onlyThoseWhoAttendedAreAskedAndTheirNamedAnswersCount() throws Exception {
        long seminar = publishedSeminar(10);
        String came = "came-" + tag + "@example.org";
        String away = "away-" + tag + "@example.org";
        register(seminar, came);
        register(seminar, away);
        long cameId = participantNamed(seminar, "職員 came-" + tag);
        assertEquals(200, staff.put("api/attendance/seminars/" + seminar + "/participants/" + cameId + "/check-in", null).status());

        long survey = survey(seminar, "ATTENDED", false);
        String token = linkIn(eventually(() -> feedbackTo(came), list -> !list.isEmpty()).get(0));
        settlesAt(() -> feedbackTo(away).size(), 0, java.time.Duration.ofSeconds(2), "the no-show is not asked");
        assertEquals(200, answer(token, survey, "事例がよかった").status());
        assertEquals(200, answer(token, survey, "事例がとてもよかった").status(), "a named answer may be changed until the deadline");

        JsonObject results = organiser.get("api/manage/surveys/" + survey + "/results").json();
        assertEquals(1, results.getInt("asked"));
        assertEquals(1, results.getInt("answered"));
        assertFalse(results.getBoolean("anonymous"));
        JsonObject text = results.getJsonArray("questions").getJsonObject(1).getJsonArray("texts").getJsonObject(0);
        assertEquals("職員 came-" + tag, text.getString("organisation"));
        assertEquals("事例がとてもよかった", text.getString("text"));

        String held = organiser.post("api/manage/personal-data/export", "{\"email\":\"%s\"}".formatted(came)).body();
        assertTrue(held.contains("事例がとてもよかった") && held.contains("事後アンケート " + tag), "their named answers are theirs: " + held);
        assertEquals(200, organiser.post("api/manage/personal-data/erase", "{\"email\":\"%s\",\"confirm\":true}".formatted(came)).status());
        assertEquals(0, organiser.get("api/manage/surveys/" + survey + "/results").json().getInt("answered"),
                "erasing the person removes their named answers");
    }

    @Test
    void anonymousAnswersAreUnlinkedTakenOnceAndRemindersBringANewLink() throws Exception {
        long seminar = publishedSeminar(10);
        String first = "anon-a-" + tag + "@example.org";
        String second = "anon-b-" + tag + "@example.org";
        register(seminar, first);
        register(seminar, second);
        long survey = survey(seminar, "ALL", true);

        String firstLink = linkIn(eventually(() -> feedbackTo(first), list -> !list.isEmpty()).get(0));
        assertTrue(text(feedbackTo(first).get(0)).contains("このアンケートは匿名です"), text(feedbackTo(first).get(0)));
        String oldLink = linkIn(eventually(() -> feedbackTo(second), list -> !list.isEmpty()).get(0));
        assertEquals(200, answer(firstLink, survey, "とても参考になった").status());
        Http.Reply again = answer(firstLink, survey, "二度目");
        assertEquals(409, again.status(), "an anonymous link answers once: " + again.body());

        JsonObject reminded = organiser.post("api/manage/surveys/" + survey + "/reminders", "").json();
        assertEquals(1, reminded.getInt("mailed"), "only the one who has not answered");
        List<MimeMessage> toSecond = eventually(() -> feedbackTo(second), list -> list.size() == 2);
        assertTrue(text(toSecond.get(1)).contains("【再送】"), text(toSecond.get(1)));
        assertEquals(1, feedbackTo(first).size(), "who answered is not reminded");
        assertEquals(404, anonymous.get("api/survey-responses/" + oldLink).status(), "the old link stopped working");
        assertEquals(200, answer(linkIn(toSecond.get(1)), survey, "時間が短い").status());

        JsonObject results = organiser.get("api/manage/surveys/" + survey + "/results").json();
        assertEquals(2, results.getInt("answered"));
        assertTrue(results.getBoolean("anonymous"));
        assertEquals(0, results.getJsonArray("awaiting").size());
        results.getJsonArray("questions").getJsonObject(1).getJsonArray("texts").getValuesAs(JsonObject.class)
                .forEach(t -> assertTrue(!t.containsKey("organisation") || t.isNull("organisation"), "no name: " + t));
        String csv = new String(organiser.download("api/manage/surveys/" + survey + "/responses.csv").body(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(csv)).getRecords();
        assertEquals("回答者", rows.get(0).get(0));
        assertEquals(List.of("（匿名）", ""), rows.get(1).toList().subList(0, 2), "neither name nor time");
        assertFalse(csv.contains("anon-a") || csv.contains("職員"), csv);
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
