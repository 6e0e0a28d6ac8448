package org.seminardesk.question;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * A seminar's own questions: organisers set them, registration must answer them by the rules, organisers see
 * and export the answers, a person's answers are theirs in the personal-data export and go with erasure, a
 * copy asks the same, and what answers mean cannot change once people have answered.
 */
class QuestionIT extends MailTestSupport {

    private static final String QUESTIONS = """
            [{"kind":"SINGLE","text":"このセミナーを知ったきっかけ","required":true,"perParticipant":false,"options":["チラシ","ウェブ"]},
             {"kind":"TEXT","text":"講師への質問","required":false,"perParticipant":true},
             {"kind":"YES_NO","text":"手話通訳が必要","required":true,"perParticipant":true}]""";

    private JsonArray questionsOf(long seminar) {
        return anonymous.get("api/seminars/" + seminar + "/questions").jsonArray();
    }

    private long id(JsonArray questions, int index) {
        return questions.getJsonObject(index).getJsonNumber("id").longValue();
    }

    private Http.Reply register(long seminar, String email, String answers, String personAnswers) {
        return organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationId":%d,"answers":%s,
                 "participants":[{"name":"質問 太郎","email":"%s","answers":%s}]}"""
                .formatted(seminar, organisation(), answers, email, personAnswers));
    }

    @Test
    void registrationAnswersTheSeminarsQuestionsAndOrganisersSeeAndExportThem() throws Exception {
        long seminar = publishedSeminar(10);
        assertEquals(401, anonymous.put("api/seminars/" + seminar + "/questions", QUESTIONS).status());
        Http.Reply oneOption = organiser.put("api/seminars/" + seminar + "/questions",
                "[{\"kind\":\"SINGLE\",\"text\":\"一択\",\"required\":false,\"perParticipant\":false,\"options\":[\"A\"]}]");
        assertEquals(422, oneOption.status(), oneOption.body());
        assertEquals(0, questionsOf(seminar).size(), "nothing saved");
        assertEquals(200, organiser.put("api/seminars/" + seminar + "/questions", QUESTIONS).status());
        JsonArray questions = questionsOf(seminar);
        assertEquals(3, questions.size(), "anyone may read them: " + questions);
        long heard = id(questions, 0);
        long lecturer = id(questions, 1);
        long interpreter = id(questions, 2);

        String email = "q-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http.Reply unanswered = register(seminar, email, "[]", "[]");
        assertEquals(422, unanswered.status(), unanswered.body());
        assertTrue(unanswered.body().contains("このセミナーを知ったきっかけ"), unanswered.body());
        Http.Reply noYesNo = register(seminar, email, "[{\"questionId\":%d,\"options\":[1]}]".formatted(heard), "[]");
        assertEquals(422, noYesNo.status(), noYesNo.body());
        assertTrue(noYesNo.body().contains("participants[0].answers"), noYesNo.body());
        Http.Reply badOption = register(seminar, email, "[{\"questionId\":%d,\"options\":[5]}]".formatted(heard),
                "[{\"questionId\":%d,\"options\":[0]}]".formatted(interpreter));
        assertEquals(422, badOption.status(), badOption.body());
        assertEquals(10, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"), "nothing was registered");

        Http.Reply registered = register(seminar, email, "[{\"questionId\":%d,\"options\":[1]}]".formatted(heard),
                "[{\"questionId\":%d,\"text\":\"字幕はありますか\"},{\"questionId\":%d,\"options\":[0]}]".formatted(lecturer, interpreter));
        assertEquals(201, registered.status(), registered.body());

        JsonObject managed = staff.get("api/manage/seminars/" + seminar + "/registrations").json();
        JsonObject entry = managed.getJsonArray("registrations").getJsonObject(0);
        assertEquals(List.of("ウェブ"), entry.getJsonArray("answers").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        String csv = new String(staff.download("api/manage/seminars/" + seminar + "/registrations/export").body(), StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> rows = CSVFormat.EXCEL.parse(new StringReader(csv)).getRecords();
        assertEquals(List.of("このセミナーを知ったきっかけ", "講師への質問", "手話通訳が必要"), rows.get(0).toList().subList(7, 10));
        assertEquals(List.of("ウェブ", "字幕はありますか", "はい"), rows.get(1).toList().subList(7, 10));

        jakarta.mail.internet.MimeMessage confirmation = eventually(() -> mailTo(email), list -> !list.isEmpty()).get(0);
        java.util.regex.Matcher own = java.util.regex.Pattern.compile("/p/([A-Za-z0-9_-]{20,})").matcher(text(confirmation));
        assertTrue(own.find(), text(confirmation));
        assertTrue(text(confirmation).contains("■ 質問への回答：講師への質問：字幕はありますか / 手話通訳が必要：はい"),
                "the confirmation repeats their answers: " + text(confirmation));
        assertEquals("[\"講師への質問：字幕はありますか\",\"手話通訳が必要：はい\"]",
                anonymous.get("api/participants/" + own.group(1)).json().getJsonArray("answers").toString(),
                "the person sees their own answers");

        JsonObject held = organiser.post("api/manage/personal-data/export", "{\"email\":\"%s\"}".formatted(email)).json()
                .getJsonArray("participations").getJsonObject(0);
        assertEquals("[\"講師への質問：字幕はありますか\",\"手話通訳が必要：はい\"]", held.getJsonArray("answers").toString());

        Http.Reply kindChanged = organiser.put("api/seminars/" + seminar + "/questions", QUESTIONS
                .replace("[{\"kind\":\"SINGLE\"", "[{\"id\":%d,\"kind\":\"MULTIPLE\"".formatted(heard))
                .replace("{\"kind\":\"TEXT\"", "{\"id\":%d,\"kind\":\"TEXT\"".formatted(lecturer))
                .replace("{\"kind\":\"YES_NO\"", "{\"id\":%d,\"kind\":\"YES_NO\"".formatted(interpreter)));
        assertEquals(409, kindChanged.status(), "what answers mean stays: " + kindChanged.body());
        Http.Reply reworded = organiser.put("api/seminars/" + seminar + "/questions", QUESTIONS
                .replace("[{\"kind\":\"SINGLE\",\"text\":\"このセミナーを知ったきっかけ\"", "[{\"id\":%d,\"kind\":\"SINGLE\",\"text\":\"本セミナーを知ったきっかけ\"".formatted(heard))
                .replace("{\"kind\":\"TEXT\"", "{\"id\":%d,\"kind\":\"TEXT\"".formatted(lecturer))
                .replace("{\"kind\":\"YES_NO\"", "{\"id\":%d,\"kind\":\"YES_NO\"".formatted(interpreter)));
        assertEquals(200, reworded.status(), reworded.body());
        assertEquals(heard, id(questionsOf(seminar), 0), "the same question, reworded");

        Http.Reply erased = organiser.post("api/manage/personal-data/erase", "{\"email\":\"%s\",\"confirm\":true}".formatted(email));
        assertEquals(200, erased.status(), erased.body());
        JsonObject after = staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getJsonObject(0);
        assertTrue(after.getJsonObject("participantAnswers").toString().replace("null", "").matches("\\{\"\\d+\":\\[,?,?\\]\\}"),
                "their answers went with them: " + after.getJsonObject("participantAnswers"));
    }

    @Test
    void aCopyAsksWhatTheOriginalAsked() {
        long seminar = publishedSeminar(10);
        assertEquals(200, organiser.put("api/seminars/" + seminar + "/questions", QUESTIONS).status());
        Http.Reply copied = organiser.post("api/seminars/" + seminar + "/copies", "{\"startDate\":\"2031-06-07\"}");
        assertEquals(201, copied.status(), copied.body());
        long copy = copied.json().getJsonNumber("id").longValue();
        JsonArray asked = questionsOf(copy);
        assertEquals(3, asked.size());
        assertEquals("講師への質問", asked.getJsonObject(1).getString("text"));
        assertTrue(asked.getJsonObject(1).getBoolean("perParticipant"));
        assertEquals(404, anonymous.get("api/seminars/987654321/questions").status());
    }
}
