package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.RejectingSmtp;

/** Mails leave through the outbox to a real SMTP server (GreenMail), once each, also when SMTP was down. */
class MailIT extends MailTestSupport {

    /** Stops SMTP and registers one person for a new seminar; answers the registration's id. */
    private long registrationWhileSmtpIsDown(String email) {
        smtp.stop();
        long seminar = publishedSeminar(5);
        register(seminar, email);
        return staff.get("api/manage/seminars/" + seminar + "/registrations").json()
                .getJsonArray("registrations").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject firstMailOf(long registration) {
        return organiser.get("api/manage/mail?registrationId=" + registration).jsonArray().getJsonObject(0);
    }

    @Test
    void eachConfirmedParticipantGetsTheDetailsTheOnlineLinkAndTheSelfServiceLink() throws Exception {
        long seminar = publishedSeminar(5);
        String token = register(seminar, "hanako@example.org", "taro@example.org");
        String title = anonymous.get("api/seminars/" + seminar).json().getString("titleJa");
        String date = anonymous.get("api/seminars/" + seminar).json().getString("dateLabel");

        List<MimeMessage> received = eventually(() -> mailTo("hanako@example.org"), list -> !list.isEmpty());
        assertEquals(1, received.size());
        MimeMessage mail = received.get(0);
        assertEquals("【参加確定】" + title, mail.getSubject());
        String plain = text(mail);
        assertTrue(plain.contains(date), plain);
        assertTrue(plain.contains("https://meet.example.org/"), "confirmed: the online link");
        java.util.regex.Matcher mailed = java.util.regex.Pattern.compile(
                java.util.regex.Pattern.quote("http://localhost:" + base.getPort() + "/p/") + "([A-Za-z0-9_-]{43})").matcher(plain);
        assertTrue(mailed.find(), "the participant's own link, at the configured public address: " + plain);
        String link = mailed.group();
        assertNotEquals(token, mailed.group(1), "each mail carries a token of its own");
        String own = anonymous.get("api/participants/" + mailed.group(1)).body();
        assertTrue(own.contains("hanako@example.org") && !own.contains("taro@example.org"), "it opens her own entry alone: " + own);
        assertTrue(plain.contains("字幕"));
        assertTrue(html(mail).contains("<a href=\"" + link + "\">"), html(mail));
        long registration = staff.get("api/manage/seminars/" + seminar + "/registrations").json()
                .getJsonArray("registrations").getJsonObject(0).getJsonNumber("id").longValue();
        assertFalse(organiser.get("api/manage/mail?registrationId=" + registration).body().contains(mailed.group(1)),
                "the stored mail holds no working token");
        String invite = part(mail, "text/calendar");
        var event = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(invite))
                .<net.fortuna.ical4j.model.component.VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("seminar-" + seminar + "@seminardesk", event.getUid().orElseThrow().getValue(), "one UID per seminar");
        assertTrue(invite.contains("DTSTART;TZID=Asia/Tokyo:") && invite.contains("T100000"), invite);
        assertEquals(1, eventually(() -> mailTo("taro@example.org"), list -> !list.isEmpty()).size());
    }

    @Test
    void peopleAddedRemovedOrCancelledThroughTheLinkAreToldWithTheirCalendar() throws Exception {
        long seminar = publishedSeminar(5);
        String token = register(seminar, "first-change@example.org");
        Http.Reply added = anonymous.post("api/registrations/" + token + "/participants",
                "{\"name\":\"追加 さん\",\"email\":\"added-change@example.org\"}");
        assertEquals(200, added.status(), added.body());
        MimeMessage welcome = eventually(() -> mailTo("added-change@example.org"), m -> !m.isEmpty()).get(0);
        assertTrue(welcome.getSubject().startsWith("【参加確定】"), welcome.getSubject());
        assertTrue(part(welcome, "text/calendar").contains("METHOD:REQUEST"), "the added person gets the invite");

        long participant = added.json().getJsonArray("participants").getJsonObject(1).getJsonNumber("id").longValue();
        assertEquals(200, anonymous.delete("api/registrations/" + token + "/participants/" + participant).status());
        MimeMessage removed = eventually(() -> mailTo("added-change@example.org"), m -> m.size() == 2).get(1);
        assertTrue(removed.getSubject().startsWith("【申込取消】"), removed.getSubject());
        assertTrue(part(removed, "text/calendar").contains("METHOD:CANCEL"), "their calendar entry is cancelled");

        assertEquals(200, anonymous.delete("api/registrations/" + token + "?reason=%E9%83%BD%E5%90%88").status());
        MimeMessage cancelled = eventually(() -> mailTo("first-change@example.org"), m -> m.size() == 2).get(1);
        assertTrue(text(cancelled).contains("都合"), "with the reason given");
        assertTrue(part(cancelled, "text/calendar").contains("METHOD:CANCEL"));
        assertEquals(2, mailTo("added-change@example.org").size(), "the one removed before is not told again");
    }

    @Test
    void anotherPersonInAPlaceIsConfirmedAndTheOneReplacedIsTold() throws Exception {
        long seminar = publishedSeminar(5);
        String token = register(seminar, "replaced@example.org");
        String oldLink = java.util.regex.Pattern.compile("/p/([A-Za-z0-9_-]{43})").matcher(text(
                eventually(() -> mailTo("replaced@example.org"), m -> !m.isEmpty()).get(0))).results().findFirst().orElseThrow().group(1);
        long participant = anonymous.get("api/registrations/" + token).json().getJsonArray("participants").getJsonObject(0).getJsonNumber("id").longValue();
        Http.Reply replaced = anonymous.put("api/registrations/" + token + "/participants/" + participant,
                "{\"name\":\"交代 さん\",\"email\":\"instead@example.org\"}");
        assertEquals(200, replaced.status(), replaced.body());
        assertEquals(4, anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft"), "the same seat");
        MimeMessage welcome = eventually(() -> mailTo("instead@example.org"), m -> !m.isEmpty()).get(0);
        assertTrue(welcome.getSubject().startsWith("【参加確定】") && text(welcome).contains("/p/"), welcome.getSubject());
        MimeMessage told = eventually(() -> mailTo("replaced@example.org"), m -> m.size() == 2).get(1);
        assertTrue(told.getSubject().startsWith("【申込取消】"), told.getSubject());
        assertEquals(404, anonymous.get("api/participants/" + oldLink).status(), "the one replaced has no page any more");
    }

    @Test
    void theWaitlistedAreToldSoWithoutTheLinkAndToldAgainWhenTheyMoveUp() throws Exception {
        long seminar = publishedSeminar(1);
        String first = register(seminar, "first@example.org");
        register(seminar, "second@example.org");
        MimeMessage waiting = eventually(() -> mailTo("second@example.org"), list -> !list.isEmpty()).get(0);
        assertTrue(waiting.getSubject().startsWith("【キャンセル待ち】"), waiting.getSubject());
        assertFalse(text(waiting).contains("meet.example.org"));
        assertEquals(null, part(waiting, "text/calendar"), "no invite while waiting");

        anonymous.delete("api/registrations/" + first);
        List<MimeMessage> both = eventually(() -> mailTo("second@example.org"), list -> list.size() >= 2);
        assertEquals(2, both.size());
        assertTrue(both.get(1).getSubject().contains("繰り上げ"), both.get(1).getSubject());
        assertTrue(text(both.get(1)).contains("meet.example.org"));
        assertTrue(part(both.get(1), "text/calendar").contains("BEGIN:VEVENT"));
    }

    @Test
    void whileSmtpIsDownMailWaitsAndIsDeliveredOnceWhenItIsBack() throws Exception {
        long registration = registrationWhileSmtpIsDown("patient@example.org");
        JsonObject waiting = eventually(() -> firstMailOf(registration), row -> row.getInt("attempts") >= 1);
        assertEquals("PENDING", waiting.getString("status"));
        assertTrue(waiting.getString("lastError").startsWith("SMTP"), waiting.toString());
        assertTrue(waiting.getString("lastError").contains("timeout 10000"), "connections time out: " + waiting);

        smtp.start();
        List<MimeMessage> delivered = eventually(() -> mailTo("patient@example.org"), list -> !list.isEmpty());
        assertEquals(1, delivered.size());
        settlesAt(() -> mailTo("patient@example.org").size(), 1, Duration.ofSeconds(3), "delivered once, not again");
        JsonObject sent = firstMailOf(registration);
        assertEquals("SENT", sent.getString("status"));
    }

    @Test
    void afterTheLastAttemptAMailIsFailedVisiblyAndAnOrganiserCanResendIt() throws Exception {
        long registration = registrationWhileSmtpIsDown("unlucky@example.org");
        JsonObject failed = eventually(() -> firstMailOf(registration), row -> row.getString("status").equals("FAILED"));
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(4, failed.getInt("attempts"));
        assertTrue(failed.getString("lastError").startsWith("SMTP"));

        smtp.start();
        long id = failed.getJsonNumber("id").longValue();
        assertEquals(403, staff.post("api/manage/mail/" + id + "/resend", null).status());
        Http.Reply resent = organiser.post("api/manage/mail/" + id + "/resend", null);
        assertEquals(200, resent.status(), resent.body());
        assertEquals("PENDING", resent.json().getString("status"));
        assertEquals(1, eventually(() -> mailTo("unlucky@example.org"), list -> !list.isEmpty()).size());
        assertEquals(409, organiser.post("api/manage/mail/" + id + "/resend", null).status(), "a sent mail is not resent");
        assertEquals(404, organiser.post("api/manage/mail/987654321/resend", null).status());
    }

    @Test
    void anOrganisationThatPrefersEnglishGetsEnglishMail() throws Exception {
        long seminar = publishedSeminar(5);
        Http.Reply organisation = organiser.post("api/organisations",
                "{\"name\":\"%s\",\"facilityType\":\"COMPANY\",\"preferredLanguage\":\"en\"}".formatted(unique("English Ltd")));
        assertEquals("en", organisation.json().getString("preferredLanguage"));
        organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"Alex\",\"email\":\"alex@example.org\"}]}"
                .formatted(seminar, organisation.json().getJsonNumber("id").longValue()));
        MimeMessage mail = eventually(() -> mailTo("alex@example.org"), list -> !list.isEmpty()).get(0);
        assertTrue(mail.getSubject().startsWith("[Confirmed] "), mail.getSubject());
        assertTrue(text(mail).contains("Dear Alex,"), text(mail));
        assertTrue(text(mail).contains("(Japan time)"), "a Western date for English readers: " + text(mail));
        assertEquals(400, organiser.post("api/organisations",
                "{\"name\":\"%s\",\"facilityType\":\"COMPANY\",\"preferredLanguage\":\"fr\"}".formatted(unique("x"))).status());
    }

    private Http.Reply edit(long seminar, String start, String end, String status, String reason) {
        return organiser.put("api/seminars/" + seminar, """
                {"titleJa":"変更テスト","kind":"SEMINAR","format":"ONLINE","capacity":5,"status":"%s",
                 "startsAt":"%s","endsAt":"%s","onlineLink":"https://meet.example.org/moved"%s}"""
                .formatted(status, start, end, reason == null ? "" : ",\"cancelReason\":\"" + reason + "\""));
    }

    @Test
    void aChangedTimeSendsTheUpdatedInviteAndACancellationRemovesIt() throws Exception {
        long seminar = publishedSeminar(5);
        register(seminar, "changes@example.org");
        eventually(() -> mailTo("changes@example.org"), list -> list.size() == 1);

        assertEquals(200, edit(seminar, inDays(8, 14), inDays(8, 16), "PUBLISHED", null).status());
        MimeMessage changed = eventually(() -> mailTo("changes@example.org"), list -> list.size() >= 2).get(1);
        assertTrue(changed.getSubject().startsWith("【日時・会場の変更】"), changed.getSubject());
        String update = part(changed, "text/calendar");
        assertTrue(update.contains("DTSTART;TZID=Asia/Tokyo:") && update.contains("T140000"), update);
        assertTrue(update.contains("UID:seminar-" + seminar + "@seminardesk"));
        assertTrue(text(changed).contains("https://meet.example.org/moved"));

        assertEquals(200, edit(seminar, inDays(8, 14), inDays(8, 16), "CANCELLED", "講師の急病").status());
        MimeMessage cancelled = eventually(() -> mailTo("changes@example.org"), list -> list.size() >= 3).get(2);
        assertTrue(cancelled.getSubject().startsWith("【開催中止】"), cancelled.getSubject());
        assertTrue(text(cancelled).contains("講師の急病"));
        String cancel = part(cancelled, "text/calendar");
        assertTrue(cancel.contains("METHOD:CANCEL") && cancel.contains("UID:seminar-" + seminar + "@seminardesk"), cancel);
    }

    @Test
    void theOutboxIsForOrganisersAndStaff() {
        assertEquals(401, anonymous.get("api/manage/mail?registrationId=1").status());
        assertEquals(422, organiser.get("api/manage/mail").status());
    }

    @Test
    void anAddressTheServerRefusesFailsAtOnceWithItsReplyWhileTheRestOfTheBatchGoesOut() throws Exception {
        long seminar = publishedSeminar(5);
        String refused = RejectingSmtp.UNKNOWN_MAILBOX_PREFIX + "-" + java.util.UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        register(seminar, "batch-first@example.org", refused, "batch-last@example.org");
        assertEquals(1, eventually(() -> mailTo("batch-first@example.org"), list -> !list.isEmpty()).size());
        assertEquals(1, eventually(() -> mailTo("batch-last@example.org"), list -> !list.isEmpty()).size());
        JsonObject failed = eventually(() -> outboxOf(onlyRegistrationOf(seminar)).stream()
                .filter(m -> m.getString("recipient").equals(refused)).findFirst().orElseThrow(),
                row -> row.getString("status").equals("FAILED"));
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertEquals(1, failed.getInt("attempts"), "a 5xx answer is not tried again");
        assertTrue(failed.getString("lastError").contains("550 5.1.1"), failed.getString("lastError"));
        assertEquals(0, mailTo(refused).size());
    }

    @Test
    void dispatchersRunningSideBySideSendEachMailExactlyOnce() throws Exception {
        // 120 mails held back by their own rows (never by the server's clock, which the live dispatcher and its
        // claims read), then released to five dispatchers at once: four started here and the server's own timer.
        String run = java.util.UUID.randomUUID().toString().substring(0, 8);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            addresses.add("side-by-side-" + run + "-" + i + "@example.org");
        }
        Http.Reply held = organiser.post("api/manage/test/outbox/held?" + String.join("&",
                addresses.stream().map(a -> "to=" + a).toList()), null);
        assertEquals(200, held.status(), held.body());
        List<String> ids = held.jsonArray().getValuesAs(jakarta.json.JsonNumber.class).stream().map(Object::toString).toList();
        assertEquals(addresses.size(), ids.size());
        settlesAt(() -> addresses.stream().mapToLong(a -> mailTo(a).size()).sum(), 0L, Duration.ofSeconds(2), "held back until released");

        assertEquals(200, organiser.post("api/manage/test/outbox/release?" + String.join("&",
                ids.stream().map(id -> "id=" + id).toList()), null).status());
        Http.Reply dispatched = organiser.post("api/manage/test/dispatchers?threads=4", null);
        assertEquals(200, dispatched.status(), dispatched.body());
        int takenHere = dispatched.jsonArray().getValuesAs(jakarta.json.JsonNumber.class).stream().mapToInt(jakarta.json.JsonNumber::intValue).sum();
        assertTrue(takenHere <= addresses.size(), "the four took " + takenHere);
        eventually(() -> addresses.stream().filter(a -> mailTo(a).isEmpty()).count(), missing -> missing == 0);
        settlesAt(() -> addresses.stream().filter(a -> mailTo(a).size() != 1).toList(), List.of(), Duration.ofSeconds(2),
                "each address exactly one mail");
    }

    @Test
    void theServerLogsInToSmtpWithTheConfiguredAccount() throws Exception {
        smtp.getUserManager().deleteUser(smtp.getUserManager().getUser(SMTP_USER));
        long seminar = publishedSeminar(5);
        register(seminar, "login@example.org");
        long registration = onlyRegistrationOf(seminar);
        JsonObject refused = eventually(() -> firstMailOf(registration), row -> row.getInt("attempts") >= 1);
        assertEquals("PENDING", refused.getString("status"));
        assertTrue(refused.getString("lastError").contains("535"), "GreenMail refused the login: " + refused);

        smtp.setUser("seminardesk@localhost", SMTP_USER, SMTP_PASSWORD);
        assertEquals(1, eventually(() -> mailTo("login@example.org"), list -> !list.isEmpty()).size());
    }
}
