package org.seminardesk.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/** The report's wheelchair-access survey, through the real server and a real SMTP server. */
class SurveyIT extends MailTestSupport {

    static final String WHEELCHAIR = """
            {"title":"車椅子利用者の受け入れ状況について","intro":"各事業所の対応状況を教えてください。","deadline":"%s",
             "facilityTypes":["COMPANY"],
             "questions":[
               {"kind":"SINGLE","text":"車椅子利用者を受け入れていますか","required":true,
                "options":["受け入れている","条件付きで受け入れている","受け入れていない"]},
               {"kind":"MULTIPLE","text":"ある設備","required":true,"options":["スロープ","エレベーター","多目的トイレ"]},
               {"kind":"TEXT","text":"課題やご意見","required":false}]}""";

    private String tag;
    private String withoutAddress;

    @BeforeEach
    void threeCompanies() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        company("alpha-" + tag + "@example.org");
        company("beta-" + tag + "@example.org");
        withoutAddress = company(null);
    }

    private String company(String email) {
        String name = unique("企業");
        Http.Reply reply = organiser.post("api/organisations", "{\"name\":\"%s\",\"facilityType\":\"COMPANY\"%s}"
                .formatted(name, email == null ? "" : ",\"email\":\"" + email + "\""));
        assertEquals(201, reply.status(), reply.toString());
        return name;
    }

    private String tokenFor(String address) throws Exception {
        String text = text(eventually(() -> mailTo(address), m -> m.size() == 1).get(0));
        Matcher link = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private List<Long> questionIds(long survey) {
        return organiser.get("api/manage/surveys/" + survey).json().getJsonArray("questions").getValuesAs(JsonObject.class)
                .stream().map(q -> q.getJsonNumber("id").longValue()).toList();
    }

    @Test
    void organisersSendASurveyAndMembersAnswerThroughTheirLinks() throws Exception {
        int before = organiser.get("api/manage/surveys").jsonArray().size();
        assertEquals(422, organiser.post("api/manage/surveys", WHEELCHAIR.formatted(inDays(7, 17))
                .replace("\"options\":[\"スロープ\",\"エレベーター\",\"多目的トイレ\"]", "\"options\":[\"スロープ\"]")).status(), "one option");
        assertEquals(400, organiser.post("api/manage/surveys", "{\"title\":\"空\",\"deadline\":\"%s\",\"questions\":[]}"
                .formatted(inDays(7, 17))).status());
        assertEquals(before, organiser.get("api/manage/surveys").jsonArray().size(), "refused drafts are not stored");

        Http.Reply created = organiser.post("api/manage/surveys", WHEELCHAIR.formatted(inDays(7, 17)));
        assertEquals(201, created.status(), created.toString());
        long survey = created.json().getJsonNumber("id").longValue();
        Http.Reply sent = organiser.post("api/manage/surveys/" + survey + "/send", "");
        assertEquals(200, sent.status(), sent.toString());
        assertTrue(sent.json().getInt("asked") >= 3);
        assertEquals(409, organiser.post("api/manage/surveys/" + survey + "/send", "").status(), "once");
        assertEquals(409, organiser.put("api/manage/surveys/" + survey, WHEELCHAIR.formatted(inDays(7, 17))).status(), "fixed once sent");

        List<Long> q = questionIds(survey);
        String alpha = tokenFor("alpha-" + tag + "@example.org");
        String beta = tokenFor("beta-" + tag + "@example.org");
        JsonObject form = anonymous.get("api/survey-responses/" + alpha).json();
        assertTrue(form.getBoolean("open"));
        assertEquals(3, form.getJsonArray("questions").size());
        assertEquals(422, anonymous.put("api/survey-responses/" + alpha, """
                {"answers":[{"questionId":%d,"options":[0]}]}""".formatted(q.get(0))).status(), "a required question left out");
        assertEquals(422, anonymous.put("api/survey-responses/" + alpha, """
                {"answers":[{"questionId":%d,"options":[0,1]},{"questionId":%d,"options":[0]}]}""".formatted(q.get(0), q.get(1))).status(),
                "two options for a single choice");
        Http.Reply answered = anonymous.put("api/survey-responses/" + alpha, """
                {"answers":[{"questionId":%d,"options":[1]},{"questionId":%d,"options":[2,0]},{"questionId":%d,"text":"段差の解消が課題"}]}"""
                .formatted(q.get(0), q.get(1), q.get(2)));
        assertEquals(200, answered.status(), answered.toString());
        assertEquals(200, anonymous.put("api/survey-responses/" + beta, """
                {"answers":[{"questionId":%d,"options":[1]},{"questionId":%d,"options":[0]}]}""".formatted(q.get(0), q.get(1))).status());

        JsonObject results = organiser.get("api/manage/surveys/" + survey + "/results").json();
        assertEquals(2, results.getInt("answered"));
        assertTrue(results.getJsonArray("awaiting").getValuesAs(JsonObject.class).stream()
                .anyMatch(a -> a.getString("organisation").equals(withoutAddress) && !a.getBoolean("mailed")));
        JsonObject first = results.getJsonArray("questions").getJsonObject(0);
        assertEquals(2, first.getJsonArray("options").getJsonObject(1).getInt("count"), "条件付き: both");
        assertEquals(100, first.getJsonArray("options").getJsonObject(1).getInt("percent"));
        JsonObject facilities = results.getJsonArray("questions").getJsonObject(1);
        assertEquals(2, facilities.getJsonArray("options").getJsonObject(0).getInt("count"), "スロープ: both");
        assertEquals(1, facilities.getJsonArray("options").getJsonObject(2).getInt("count"));
        assertEquals("段差の解消が課題", results.getJsonArray("questions").getJsonObject(2).getJsonArray("texts").getJsonObject(0).getString("text"));

        HttpResponse<byte[]> csv = organiser.download("api/manage/surveys/" + survey + "/responses.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF事業所,回答日時,1. 車椅子利用者を受け入れていますか,2. ある設備,3. 課題やご意見"), text);
        assertTrue(text.contains(",条件付きで受け入れている,スロープ、多目的トイレ,段差の解消が課題"), text);

        age("survey", "id", String.valueOf(survey), Duration.ofDays(8)); // its deadline is past
        assertFalse(anonymous.get("api/survey-responses/" + beta).json().getBoolean("open"));
        assertEquals(409, anonymous.put("api/survey-responses/" + beta, """
                {"answers":[{"questionId":%d,"options":[0]},{"questionId":%d,"options":[0]}]}""".formatted(q.get(0), q.get(1))).status());
    }

    @Test
    void draftsChangeAndOnlyOrganisersWriteSurveys() {
        long survey = organiser.post("api/manage/surveys", WHEELCHAIR.formatted(inDays(7, 17))).json().getJsonNumber("id").longValue();
        Http.Reply edited = organiser.put("api/manage/surveys/" + survey, WHEELCHAIR.formatted(inDays(9, 17)).replace("課題やご意見", "その他"));
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("その他", edited.json().getJsonArray("questions").getJsonObject(2).getString("text"));
        Http.Reply past = organiser.put("api/manage/surveys/" + survey, WHEELCHAIR.formatted(inDays(-1, 17)));
        assertEquals(200, past.status(), "a draft may hold any date");
        assertEquals(422, organiser.post("api/manage/surveys/" + survey + "/send", "").status(), "but is not sent with a past deadline");
        assertEquals("DRAFT", organiser.get("api/manage/surveys/" + survey).json().getString("status"));

        assertEquals(403, staff.get("api/manage/surveys/" + survey).status(), "survey answers are the organisers'");
        assertEquals(403, staff.post("api/manage/surveys", WHEELCHAIR.formatted(inDays(7, 17))).status());
        assertEquals(401, anonymous.get("api/manage/surveys").status());
        assertEquals(404, anonymous.get("api/survey-responses/" + "x".repeat(43)).status());
        assertEquals(204, organiser.delete("api/manage/surveys/" + survey).status());
        assertEquals(404, organiser.get("api/manage/surveys/" + survey).status());
    }

    @Test
    void anOrganiserRenewsAForwardedAnswerLinkAndOnlyTheNewOneWorks() throws Exception {
        Http.Reply created = organiser.post("api/manage/surveys", WHEELCHAIR.formatted(inDays(7, 17)));
        assertEquals(201, created.status(), created.body());
        long survey = created.json().getJsonNumber("id").longValue();
        assertEquals(200, organiser.post("api/manage/surveys/" + survey + "/send", "").status());
        String address = "alpha-" + tag + "@example.org";
        String old = tokenFor(address);
        long alpha = organiser.get("api/organisations").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> address.equals(o.getString("email", null))).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertEquals(403, staff.post("api/manage/surveys/" + survey + "/responses/" + alpha + "/link", "").status());

        Http.Reply renewed = organiser.post("api/manage/surveys/" + survey + "/responses/" + alpha + "/link", "");
        assertEquals(200, renewed.status(), renewed.body());
        assertEquals(404, anonymous.get("api/survey-responses/" + old).status(), "the old link is dead at once");
        String text = text(eventually(() -> mailTo(address), m -> m.size() == 2).get(1));
        Matcher link = Pattern.compile("/s/([A-Za-z0-9_-]{43})").matcher(text);
        assertTrue(link.find(), text);
        assertEquals(200, anonymous.get("api/survey-responses/" + link.group(1)).status());
    }
}
