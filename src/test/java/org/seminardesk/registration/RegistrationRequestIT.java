package org.seminardesk.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * Registering without a portal link: nothing takes a seat and only the registrant is mailed until they confirm
 * their address; a request in a member organisation's name then waits for its contact. Nothing in an anonymous
 * answer tells what is known.
 */
class RegistrationRequestIT extends MailTestSupport {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private String people(int count) {
        return IntStream.range(0, count).mapToObj(i -> "{\"name\":\"職員 %d\",\"email\":\"p%d-%s@example.org\"}".formatted(i, i, tag))
                .collect(Collectors.joining(","));
    }

    private Http.Reply request(long seminar, String organisation, String registrant, String people) {
        return anonymous.post("api/registrations", """
                {"privacyConsent":true,"seminarId":%d,%s,"registrant":{"name":"申込 太郎","email":"%s"},"participants":[%s]}"""
                .formatted(seminar, organisation, registrant, people));
    }

    private static String tokenIn(MimeMessage mail, String path) throws Exception {
        Matcher link = Pattern.compile("/" + path + "/([A-Za-z0-9_-]{43})").matcher(text(mail));
        assertTrue(link.find(), text(mail));
        return link.group(1);
    }

    private int seatsLeft(long seminar) {
        return anonymous.get("api/seminars/" + seminar).json().getInt("seatsLeft");
    }

    private long outboxTo(String address) {
        return organiser.post("api/manage/personal-data/export", "{\"email\":\"" + address + "\"}").json().getJsonArray("mails").size();
    }

    @Test
    void tenAddressesInAMembersNameMailOnlyTheRegistrantAndWaitForTheContact() throws Exception {
        long seminar = publishedSeminar(20);
        long member = organisation();
        String contact = "member-contact-" + tag + "@example.org";
        organiser.post("api/organisations/" + member + "/contacts", "{\"name\":\"承認 花子\",\"email\":\"" + contact + "\"}");
        String registrant = "someone-" + tag + "@example.org";

        Http.Reply asked = request(seminar, "\"organisationId\":" + member, registrant, people(10));
        assertEquals(202, asked.status(), asked.body());
        MimeMessage confirmation = eventually(() -> mailTo(registrant), m -> !m.isEmpty()).get(0);
        assertEquals(20, seatsLeft(seminar), "no seat before confirmation");
        assertEquals(0, IntStream.range(0, 10).mapToLong(i -> outboxTo("p" + i + "-" + tag + "@example.org")).sum(),
                "nobody named is mailed");
        assertEquals(0, outboxTo(contact), "nor the contact, before the registrant confirmed");

        String token = tokenIn(confirmation, "c");
        JsonObject shown = anonymous.get("api/registration-requests/" + token).json();
        assertEquals("AWAITING_CONFIRMATION", shown.getString("status"), "opening the link (a mail scanner) confirms nothing");
        Http.Reply confirmed = anonymous.post("api/registration-requests/" + token + "/confirm", "");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("AWAITING_APPROVAL", confirmed.json().getString("status"));
        assertEquals(404, anonymous.post("api/registration-requests/" + token + "/confirm", "").status(), "once");
        assertEquals(20, seatsLeft(seminar), "no seat before the contact approves");
        MimeMessage approval = eventually(() -> mailTo(contact), m -> !m.isEmpty()).get(0);
        assertEquals(1, mailTo(contact).size(), "one mail to the contact");
        assertEquals(0, IntStream.range(0, 10).mapToLong(i -> outboxTo("p" + i + "-" + tag + "@example.org")).sum());

        String portal = tokenIn(approval, "o");
        JsonObject waiting = anonymous.get("api/portal/" + portal).json().getJsonArray("awaitingApproval").getJsonObject(0);
        assertEquals(10, waiting.getJsonArray("participants").size());
        Http.Reply approved = anonymous.post("api/portal/" + portal + "/requests/" + waiting.getInt("id") + "/approve", "");
        assertEquals(200, approved.status(), approved.body());
        assertEquals(10, seatsLeft(seminar));
        assertEquals(1, eventually(() -> mailTo("p9-" + tag + "@example.org"), m -> !m.isEmpty()).size(), "now the participants are told");
        assertTrue(eventually(() -> mailTo(registrant), m -> m.size() == 2).get(1).getSubject().startsWith("【承認されました】"));
        assertEquals(409, anonymous.post("api/portal/" + portal + "/requests/" + waiting.getInt("id") + "/decline", "").status(),
                "decided once");
    }

    @Test
    void aPublicRegistrantConfirmsAndTakesSeatsInOrderOfConfirmation() throws Exception {
        long seminar = publishedSeminar(2);
        String first = "first-" + tag + "@example.org";
        String second = "second-" + tag + "@example.org";
        assertEquals(202, request(seminar, "\"organisationName\":\"株式会社 早い " + tag + "\"", first, people(2)).status());
        assertEquals(202, request(seminar, "\"organisationName\":\"株式会社 遅い " + tag + "\"",
                second, "{\"name\":\"後 さん\",\"email\":\"late-" + tag + "@example.org\"}").status());
        String firstToken = tokenIn(eventually(() -> mailTo(first), m -> !m.isEmpty()).get(0), "c");
        String secondToken = tokenIn(eventually(() -> mailTo(second), m -> !m.isEmpty()).get(0), "c");

        JsonObject secondConfirmed = anonymous.post("api/registration-requests/" + secondToken + "/confirm", "").json();
        assertEquals("ACCEPTED", secondConfirmed.getString("status"));
        JsonObject firstConfirmed = anonymous.post("api/registration-requests/" + firstToken + "/confirm", "").json();
        assertEquals("CONFIRMED", anonymous.get("api/registrations/" + secondConfirmed.getString("registrationToken")).json().getString("status"),
                "confirmed first, seated first");
        assertEquals("WAITLISTED", anonymous.get("api/registrations/" + firstConfirmed.getString("registrationToken")).json().getString("status"));
        MimeMessage accepted = eventually(() -> mailTo(second), m -> m.size() == 2).get(1);
        assertEquals(200, anonymous.get("api/registrations/" + tokenIn(accepted, "r")).status(), "the registrant's own link by mail");
    }

    @Test
    void aMembersNameInOtherWidthsStillAsksItsContact() throws Exception {
        long seminar = publishedSeminar(5);
        Http.Reply asked = request(seminar, "\"organisationName\":\"ＬＩＴＡＬＩＣＯ　ワークス五反田\"", "wide-" + tag + "@example.org", people(1));
        assertEquals(202, asked.status());
        String token = tokenIn(eventually(() -> mailTo("wide-" + tag + "@example.org"), m -> !m.isEmpty()).get(0), "c");
        assertEquals("LITALICOワークス五反田", anonymous.get("api/registration-requests/" + token).json().getString("organisation"));
        assertEquals("AWAITING_APPROVAL", anonymous.post("api/registration-requests/" + token + "/confirm", "").json().getString("status"));
        assertEquals(5, seatsLeft(seminar));
    }

    @Test
    void anonymousAnswersTellNothing() {
        long draft = organiser.post("api/seminars", """
                {"titleJa":"下書き","kind":"SEMINAR","format":"IN_PERSON","capacity":5,"venue":"会場","startsAt":"%s","endsAt":"%s"}"""
                .formatted(inDays(9, 10), inDays(9, 11))).json().getJsonNumber("id").longValue();
        Http.Reply toDraft = request(draft, "\"organisationName\":\"x\"", "a-" + tag + "@example.org", people(1));
        Http.Reply toNothing = request(987654321L, "\"organisationName\":\"x\"", "a-" + tag + "@example.org", people(1));
        assertEquals(toNothing.status(), toDraft.status());
        assertEquals(toNothing.body(), toDraft.body(), "a draft answers as an unknown seminar");

        long seminar = publishedSeminar(5);
        String registered = "known-" + tag + "@example.org";
        organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"既存\",\"email\":\"%s\"}]}"
                .formatted(seminar, organisation(), registered));
        Http.Reply known = request(seminar, "\"organisationName\":\"y\"", "b-" + tag + "@example.org", "{\"name\":\"既存\",\"email\":\"" + registered + "\"}");
        Http.Reply unknown = request(seminar, "\"organisationName\":\"y\"", "b-" + tag + "@example.org", people(1));
        assertEquals(202, known.status());
        assertEquals(known.body(), unknown.body(), "nothing tells a registered address from another");
        assertNull(known.header("Location"));
    }

    @Test
    void anUnconfirmedRequestExpiresAfterADay() throws Exception {
        long seminar = publishedSeminar(5);
        String registrant = "late-" + tag + "@example.org";
        request(seminar, "\"organisationName\":\"期限 " + tag + "\"", registrant, people(1));
        String token = tokenIn(eventually(() -> mailTo(registrant), m -> !m.isEmpty()).get(0), "c");
        // This request alone was made a day and a minute ago (the server's clock stays).
        age("registration_request", "registrant_email", registrant, java.time.Duration.parse("PT24H1M"));
        Http.Reply late = anonymous.post("api/registration-requests/" + token + "/confirm", "");
        assertEquals(409, late.status(), late.body());
        assertEquals(5, seatsLeft(seminar));
        assertEquals(List.of(), organiser.get("api/manage/registrations/requests").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(q -> q.getString("registrantEmail").equals(registrant)).toList());
    }
}
