package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.Http;

/** Organisers write an announcement, preview its recipients, send it once and follow each delivery. */
class AnnouncementIT extends MailTestSupport {

    private String address(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    private String organisationWith(String type, String email, String language) {
        String name = unique("お知らせ先");
        Http.Reply reply = organiser.post("api/organisations", """
                {"name":"%s","facilityType":"%s","contactPerson":"山田","preferredLanguage":"%s"%s}"""
                .formatted(name, type, language, email == null ? "" : ",\"email\":\"" + email + "\""));
        assertEquals(201, reply.status(), reply.body());
        return name;
    }

    private long draft(String json) {
        Http.Reply reply = organiser.post("api/manage/announcements", json);
        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.header("Location").endsWith("/api/manage/announcements/" + reply.json().getJsonNumber("id")));
        return reply.json().getJsonNumber("id").longValue();
    }

    private JsonObject recipients(long announcement) {
        return organiser.get("api/manage/announcements/" + announcement + "/recipients").json();
    }

    private List<String> emails(JsonObject recipients) {
        return recipients.getJsonArray("recipients").getValuesAs(JsonObject.class).stream().map(r -> r.getString("email")).toList();
    }

    @Test
    void organisationsOfChosenFacilityTypesGetItInTheirLanguageAndEachDeliveryIsVisible() throws Exception {
        String japanese = address("b-type");
        String english = address("b-type-en");
        String otherType = address("a-type");
        organisationWith("CONTINUATION_B", japanese, "ja");
        organisationWith("CONTINUATION_B", english, "en");
        String noAddress = organisationWith("CONTINUATION_B", null, "ja");
        organisationWith("CONTINUATION_A", otherType, "ja");
        long id = draft("""
                {"subjectJa":"研修会のお知らせ","bodyJa":"来月、研修会を開きます。\\n<script>alert(1)</script>","subjectEn":"Training",
                 "bodyEn":"We hold a training next month.","audience":"FACILITY_TYPES","facilityTypes":["CONTINUATION_B"]}""");

        JsonObject preview = recipients(id);
        assertEquals("DRAFT", preview.getString("status"));
        assertTrue(emails(preview).containsAll(List.of(japanese, english)), preview.toString());
        assertFalse(emails(preview).contains(otherType), "only the chosen facility type");
        assertTrue(preview.getJsonArray("organisationsWithoutAddress").toString().contains(noAddress));
        assertEquals(0, mailTo(japanese).size(), "a preview sends nothing");

        JsonObject sent = organiser.post("api/manage/announcements/" + id + "/send", null).json();
        assertEquals("SENT", sent.getString("status"));
        int total = sent.getJsonObject("progress").getInt("total");
        assertEquals(preview.getInt("total"), total);
        JsonObject done = eventually(() -> organiser.get("api/manage/announcements/" + id).json().getJsonObject("progress"),
                progress -> progress.getInt("sent") + progress.getInt("failed") == total);
        assertEquals(100, done.getInt("percent"), done.toString());

        MimeMessage ja = mailTo(japanese).get(0);
        assertEquals("研修会のお知らせ", ja.getSubject());
        assertTrue(text(ja).contains("山田 様") && text(ja).contains("来月、研修会を開きます。"), text(ja));
        assertTrue(html(ja).replace("\r\n", "\n").contains("来月、研修会を開きます。<br>\n&lt;script&gt;"), "escaped, line breaks kept: " + html(ja));
        assertEquals("Training", mailTo(english).get(0).getSubject());
        assertEquals(0, mailTo(otherType).size());

        JsonObject delivery = recipients(id);
        assertEquals(total, delivery.getInt("total"));
        JsonObject mine = delivery.getJsonArray("recipients").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("email").equals(japanese)).findFirst().orElseThrow();
        assertEquals("SENT", mine.getString("delivery"));

        assertEquals(409, organiser.post("api/manage/announcements/" + id + "/send", null).status(), "sent once");
        assertEquals(409, organiser.delete("api/manage/announcements/" + id).status());
        assertEquals(409, organiser.put("api/manage/announcements/" + id,
                "{\"subjectJa\":\"x\",\"bodyJa\":\"y\",\"audience\":\"ALL_ORGANISATIONS\"}").status());
        assertEquals(1, mailTo(japanese).size());
    }

    @Test
    void registrantsOfASeminarAreChosenByStatus() throws Exception {
        long seminar = publishedSeminar(1);
        String confirmed = address("confirmed");
        String waiting = address("waiting");
        register(seminar, confirmed);
        register(seminar, waiting);
        long toWaiting = draft("""
                {"subjectJa":"キャンセル待ちの皆様へ","bodyJa":"席が空き次第ご連絡します。","audience":"SEMINAR_REGISTRANTS",
                 "seminarId":%d,"registrantStatuses":["WAITLISTED"]}""".formatted(seminar));
        assertEquals(List.of(waiting), emails(recipients(toWaiting)));
        long toBoth = draft("""
                {"subjectJa":"参加者の皆様へ","bodyJa":"資料を事前にお送りします。","audience":"SEMINAR_REGISTRANTS",
                 "seminarId":%d,"registrantStatuses":["CONFIRMED","WAITLISTED"]}""".formatted(seminar));
        assertEquals(List.of(confirmed, waiting), emails(recipients(toBoth)));

        assertEquals(200, organiser.post("api/manage/announcements/" + toWaiting + "/send", null).status());
        settlesAt(() -> mailTo(waiting).size(), 2, java.time.Duration.ofSeconds(2), "the announcement and the registration mail, nothing more");
        assertEquals(List.of("キャンセル待ちの皆様へ"), mailTo(waiting).stream().map(this::subject)
                .filter(s -> !s.startsWith("【")).toList());
        assertTrue(mailTo(confirmed).stream().map(this::subject).noneMatch(s -> s.startsWith("キャンセル待ち")));
    }

    private String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void badInputIsRefusedAndNothingChanges() {
        int before = organiser.get("api/manage/announcements").jsonArray().size();
        Map<String, Integer> refusals = Map.of(
                "{\"bodyJa\":\"本文\",\"audience\":\"ALL_ORGANISATIONS\"}", 400,
                "{\"subjectJa\":\"二行\\n目\",\"bodyJa\":\"本文\",\"audience\":\"ALL_ORGANISATIONS\"}", 400,
                "{\"subjectJa\":\"件名\",\"bodyJa\":\"本文\",\"audience\":\"EVERYBODY\"}", 400,
                "{\"subjectJa\":\"件名\",\"bodyJa\":\"本文\",\"audience\":\"FACILITY_TYPES\"}", 422,
                "{\"subjectJa\":\"件名\",\"bodyJa\":\"本文\",\"audience\":\"SEMINAR_REGISTRANTS\",\"seminarId\":987654321,\"registrantStatuses\":[\"CONFIRMED\"]}", 422,
                "{\"subjectJa\":\"件名\",\"bodyJa\":\"本文\",\"audience\":\"SEMINAR_REGISTRANTS\",\"seminarId\":1,\"registrantStatuses\":[\"CANCELLED\"]}", 422,
                "{\"subjectJa\":\"件名\",\"bodyJa\":\"本文\",\"subjectEn\":\"Only a subject\",\"audience\":\"ALL_ORGANISATIONS\"}", 422,
                "{\"subjectJa\":\"件名\",\"bodyJa\":\"%s\",\"audience\":\"ALL_ORGANISATIONS\"}".formatted("長".repeat(5001)), 400);
        refusals.forEach((json, status) -> {
            Http.Reply refused = organiser.post("api/manage/announcements", json);
            assertEquals(status, refused.status(), json + " → " + refused.body());
        });
        assertEquals(before, organiser.get("api/manage/announcements").jsonArray().size(), "nothing stored");

        String ok = "{\"subjectJa\":\"件名\",\"bodyJa\":\"本文\",\"audience\":\"ALL_ORGANISATIONS\"}";
        assertEquals(401, anonymous.get("api/manage/announcements").status());
        assertEquals(403, staff.post("api/manage/announcements", ok).status());
        assertEquals(404, organiser.get("api/manage/announcements/987654321").status());

        long empty = draft("""
                {"subjectJa":"誰もいない","bodyJa":"本文","audience":"SEMINAR_REGISTRANTS","seminarId":%d,
                 "registrantStatuses":["CONFIRMED"]}""".formatted(publishedSeminar(3)));
        assertEquals(403, staff.post("api/manage/announcements/" + empty + "/send", null).status());
        assertEquals(409, organiser.post("api/manage/announcements/" + empty + "/send", null).status(), "nobody to send to");
        assertEquals("DRAFT", organiser.get("api/manage/announcements/" + empty).json().getString("status"));
        assertEquals(204, organiser.delete("api/manage/announcements/" + empty).status(), "a draft can be thrown away");
        assertEquals(404, organiser.get("api/manage/announcements/" + empty).status());
    }
}
