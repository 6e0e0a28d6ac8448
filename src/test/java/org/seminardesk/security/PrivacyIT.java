package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** APPI: consent to register, a person's data handed over or erased on request, old data erased by retention. */
class PrivacyIT extends ApplicationIT {

    private static final String ERASED = "（消去済み）";

    private Http.Reply register(long seminar, String consent, String people) {
        return organiser.post("api/manage/registrations", "{%s\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                .formatted(consent, seminar, organisation(), people));
    }

    private JsonArray registrationsOf(long seminar) {
        return staff.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations");
    }

    private JsonArray participantsOf(long seminar) {
        return registrationsOf(seminar).getValuesAs(JsonObject.class).stream().flatMap(r -> r.getJsonArray("participants").stream())
                .collect(jakarta.json.Json::createArrayBuilder, jakarta.json.JsonArrayBuilder::add, jakarta.json.JsonArrayBuilder::addAll).build();
    }

    @Test
    void nobodyIsRegisteredWithoutConsentToThePrivacyNotice() {
        long seminar = publishedSeminar(5);
        for (String consent : new String[] {"", "\"privacyConsent\":false,", "\"privacyConsent\":null,"}) {
            Http.Reply refused = register(seminar, consent, "{\"name\":\"同意 なし\",\"email\":\"no-consent@example.org\"}");
            assertEquals(400, refused.status(), consent + " → " + refused.body());
            assertEquals("privacyConsent", refused.json().getJsonArray("fields").getJsonObject(0).getString("field"));
        }
        assertEquals(0, participantsOf(seminar).size(), "nothing stored");
        assertEquals(201, register(seminar, "\"privacyConsent\":true,\"needsConsent\":true,", "{\"name\":\"同意 あり\",\"email\":\"consent@example.org\"}").status());
        String notice = anonymous.get("privacy.xhtml").body();
        assertTrue(notice.contains("60か月"), "the notice names the retention period");
    }

    @Test
    void anOrganiserHandsOverAndErasesOnePersonsDataAndTheCountsStay() {
        long seminar = publishedSeminar(5);
        String address = "erase-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Http.Reply registered = register(seminar, "\"privacyConsent\":true,\"needsConsent\":true,", """
                {"name":"消去 希望","email":"%s","accessibilityNeeds":"車いす席"},{"name":"残る 人","email":"stays@example.org"}"""
                .formatted(address));
        assertEquals(201, registered.status(), registered.body());

        Http.Reply export = organiser.post("api/manage/personal-data/export", "{\"email\":\"%s\"}".formatted(address.toUpperCase()));
        assertEquals(200, export.status(), export.body());
        JsonObject held = export.json().getJsonArray("participations").getJsonObject(0);
        assertEquals("消去 希望", held.getString("name"));
        assertEquals("車いす席", held.getString("accessibilityNeeds"));
        assertEquals("CONFIRMED", held.getString("registrationStatus"));
        assertTrue(held.getString("checkinCode").matches("[0-9A-Z]{8}"), "their check-in code is theirs too: " + held);
        assertTrue(export.json().getJsonArray("mails").size() >= 1, "the confirmation mail is held too: " + export.body());
        assertEquals(403, staff.post("api/manage/personal-data/export", "{\"email\":\"%s\"}".formatted(address)).status());

        Http.Reply unconfirmed = organiser.post("api/manage/personal-data/erase", "{\"email\":\"%s\"}".formatted(address));
        assertEquals(400, unconfirmed.status(), unconfirmed.body());
        assertTrue(participantsOf(seminar).toString().contains("消去 希望"), "nothing erased without confirm");

        Http.Reply erased = organiser.post("api/manage/personal-data/erase", "{\"email\":\"%s\",\"confirm\":true}".formatted(address));
        assertEquals(200, erased.status(), erased.body());
        assertEquals(1, erased.json().getInt("participants"));
        assertTrue(erased.json().getInt("mails") >= 1);

        JsonArray participants = participantsOf(seminar);
        assertEquals(2, participants.size(), "the counts stay");
        String list = participants.toString();
        assertFalse(list.contains("消去 希望") || list.contains(address) || list.contains("車いす席"), list);
        assertTrue(list.contains(ERASED) && list.contains("残る 人"), list);
        JsonObject after = organiser.post("api/manage/personal-data/export", "{\"email\":\"%s\"}".formatted(address)).json();
        assertEquals(0, after.getJsonArray("participations").size() + after.getJsonArray("mails").size(), after.toString());
        long registration = registrationsOf(seminar).getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject erasedMail = organiser.get("api/manage/mail?registrationId=" + registration).jsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(mail -> mail.getString("recipient").endsWith(".invalid")).findFirst().orElseThrow();
        assertEquals(409, organiser.post("api/manage/mail/" + erasedMail.getJsonNumber("id") + "/resend", null).status(),
                "an erased mail is never sent: " + erasedMail);
        String log = anonymous.as(Http.As.ADMIN).get("api/admin/audit?max=50").body();
        assertTrue(log.contains("privacy.erase") && !log.contains(address), "recorded without the address");
    }

    @Test
    void participantsOfSeminarsPastTheRetentionPeriodAreErasedByTheJob() {
        long seminar = publishedSeminar(5);
        assertEquals(201, register(seminar, "\"privacyConsent\":true,\"needsConsent\":true,", "{\"name\":\"古い 参加者\",\"email\":\"old@example.org\"}").status());
        Http.Reply early = anonymous.as(Http.As.ADMIN).post("api/admin/retention", "");
        assertEquals(200, early.status(), early.body());
        assertTrue(participantsOf(seminar).toString().contains("古い 参加者"), "within the period nothing is erased");

        // This seminar alone ended 61 months ago (its times move back; the server's clock stays).
        ageSeminar(seminar, Duration.ofDays(61 * 31));
        Http.Reply run = anonymous.as(Http.As.ADMIN).post("api/admin/retention", "");
        assertEquals(200, run.status(), run.body());
        assertEquals(1, run.json().getInt("participants"), "this seminar's participant alone: " + run.body());
        JsonArray participants = participantsOf(seminar);
        assertEquals(1, participants.size());
        assertEquals(ERASED, participants.getJsonObject(0).getString("name"));
        assertEquals(0, anonymous.as(Http.As.ADMIN).post("api/admin/retention", "").json().getInt("participants"), "nothing twice");
        assertEquals(403, organiser.post("api/admin/retention", "").status());
    }
}
