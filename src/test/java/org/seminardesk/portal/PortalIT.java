package org.seminardesk.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * Member organisations as verified parties: organisers keep contacts and send them portal links (/o/); a
 * contact registers staff for their own organisation only, once per seminar; a lost link comes by mail only
 * to a known contact, with the same answer for any address.
 */
class PortalIT extends MailTestSupport {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private long contact(long organisation, String email) {
        Http.Reply added = organiser.post("api/organisations/" + organisation + "/contacts",
                "{\"name\":\"担当 花子\",\"email\":\"%s\",\"role\":\"サービス管理責任者\"}".formatted(email));
        assertEquals(201, added.status(), added.body());
        return added.json().getJsonNumber("id").longValue();
    }

    private String portalTokenIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("/o/([A-Za-z0-9_-]{43})").matcher(text(mail));
        assertTrue(link.find(), text(mail));
        return link.group(1);
    }

    private Http.Reply registerThroughPortal(String token, long seminar, String... emails) {
        StringBuilder people = new StringBuilder();
        for (String email : emails) {
            people.append(people.length() == 0 ? "" : ",").append("{\"name\":\"職員 %s\",\"email\":\"%s\"}".formatted(email.split("@")[0], email));
        }
        return anonymous.post("api/portal/" + token + "/registrations",
                "{\"privacyConsent\":true,\"seminarId\":%d,\"participants\":[%s]}".formatted(seminar, people));
    }

    @Test
    void aContactRegistersStaffForTheirOwnOrganisationOncePerSeminar() throws Exception {
        long organisation = organisation();
        String address = "contact-" + tag + "@example.org";
        assertEquals(403, staff.post("api/organisations/" + organisation + "/contacts",
                "{\"name\":\"x\",\"email\":\"x-" + tag + "@example.org\"}").status(), "organisers keep contacts");
        long contact = contact(organisation, address);
        assertEquals(409, organiser.post("api/organisations/" + organisation + "/contacts",
                "{\"name\":\"同じ人\",\"email\":\"" + address.toUpperCase() + "\"}").status(), "the same address twice");
        assertEquals(1, organiser.get("api/organisations/" + organisation + "/contacts").jsonArray().size());

        Http.Reply sent = organiser.post("api/organisations/" + organisation + "/portal-links", "{\"contactIds\":[" + contact + "]}");
        assertEquals(200, sent.status(), sent.body());
        assertEquals(1, sent.json().getInt("mailed"));
        String token = portalTokenIn(eventually(() -> mailTo(address), m -> !m.isEmpty()).get(0));

        long seminar = publishedSeminar(10);
        JsonObject portal = anonymous.get("api/portal/" + token).json();
        assertTrue(portal.getJsonArray("openSeminars").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getJsonNumber("seminarId").longValue() == seminar), portal.toString());
        assertEquals(400, anonymous.post("api/portal/" + token + "/registrations",
                "{\"seminarId\":%d,\"participants\":[{\"name\":\"a\",\"email\":\"a@example.org\"}]}".formatted(seminar)).status(),
                "no registration without the contact's attestation");

        Http.Reply first = registerThroughPortal(token, seminar, "a-" + tag + "@example.org", "b-" + tag + "@example.org");
        assertEquals(200, first.status(), first.body());
        assertEquals("CONFIRMED", first.json().getString("status"));
        Http.Reply again = registerThroughPortal(token, seminar, "c-" + tag + "@example.org");
        assertEquals(200, again.status(), again.body());
        assertEquals(3, again.json().getJsonArray("participants").size(), "registering again joins the one registration");
        JsonObject managed = organiser.get("api/manage/seminars/" + seminar + "/registrations").json();
        assertEquals(1, managed.getJsonArray("registrations").size());
        assertEquals(7, managed.getInt("seatsLeft"));
        assertEquals(1, eventually(() -> mailTo("c-" + tag + "@example.org"), m -> !m.isEmpty()).size(), "the added person is told");

        long registration = anonymous.get("api/portal/" + token).json().getJsonArray("registrations").getJsonObject(0)
                .getJsonNumber("registrationId").longValue();
        String pageToken = anonymous.post("api/portal/" + token + "/registrations/" + registration + "/link", "").json().getString("token");
        assertEquals(3, anonymous.get("api/registrations/" + pageToken).json().getJsonArray("participants").size());

        long othersRegistration = otherOrganisationsRegistration(seminar);
        assertEquals(404, anonymous.post("api/portal/" + token + "/registrations/" + othersRegistration + "/link", "").status(),
                "another organisation's registration is not reachable");
        assertEquals(404, anonymous.get("api/portal/" + "x".repeat(43)).status());
    }

    private long otherOrganisationsRegistration(long seminar) {
        register(seminar, "other-" + tag + "@example.org");
        return organiser.get("api/manage/seminars/" + seminar + "/registrations").json().getJsonArray("registrations")
                .getValuesAs(JsonObject.class).stream().mapToLong(r -> r.getJsonNumber("id").longValue()).max().orElseThrow();
    }

    @Test
    void renewingADeactivatingAndRemovingEndTheLink() throws Exception {
        long organisation = organisation();
        String address = "renew-" + tag + "@example.org";
        long contact = contact(organisation, address);
        organiser.post("api/organisations/" + organisation + "/portal-links", "{}");
        String old = portalTokenIn(eventually(() -> mailTo(address), m -> m.size() == 1).get(0));
        assertEquals(200, anonymous.get("api/portal/" + old).status());

        assertEquals(200, organiser.post("api/organisations/" + organisation + "/portal-links", "{\"renew\":true}").status());
        assertEquals(404, anonymous.get("api/portal/" + old).status(), "renewed: the old link is dead at once");
        String renewed = portalTokenIn(eventually(() -> mailTo(address), m -> m.size() == 2).get(1));
        assertEquals(200, anonymous.get("api/portal/" + renewed).status());

        assertEquals(200, organiser.post("api/organisations/" + organisation + "/deactivate", "").status());
        assertEquals(404, anonymous.get("api/portal/" + renewed).status(), "a deactivated organisation's portal is closed");
        assertEquals(422, register(publishedSeminar(5), organisation).status(), "and it cannot be registered");
        assertEquals(200, organiser.post("api/organisations/" + organisation + "/reactivate", "").status());
        assertEquals(200, anonymous.get("api/portal/" + renewed).status());

        assertEquals(204, organiser.delete("api/organisations/" + organisation + "/contacts/" + contact).status());
        assertEquals(404, anonymous.get("api/portal/" + renewed).status(), "a removed contact's link is dead");
    }

    private Http.Reply register(long seminar, long organisation) {
        return organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"a\",\"email\":\"a-%s@example.org\"}]}"
                .formatted(seminar, organisation, tag));
    }

    @Test
    void theLostLinkFormAnswersTheSameForAnyAddressAndMailsOnlyAKnownContact() throws Exception {
        String known = "known-" + tag + "@example.org";
        contact(organisation(), known);
        String unknown = "unknown-" + tag + "@example.org";
        Http.Reply forUnknown = anonymous.post("api/portal-links", "{\"email\":\"" + unknown + "\"}");
        Http.Reply forKnown = anonymous.post("api/portal-links", "{\"email\":\"" + known.toUpperCase() + "\"}");
        assertEquals(202, forKnown.status(), forKnown.body());
        assertEquals(forKnown.status(), forUnknown.status());
        assertEquals(forKnown.body(), forUnknown.body(), "nothing tells the two apart");
        String token = portalTokenIn(eventually(() -> mailTo(known), m -> !m.isEmpty()).get(0));
        assertEquals(200, anonymous.get("api/portal/" + token).status());
        assertEquals(List.of(), mailTo(unknown), "nobody mails an unknown address (asked first, it would have gone first)");
        assertEquals(400, anonymous.post("api/portal-links", "{\"email\":\"not an address\"}").status());
    }

    @Test
    void theContactsConsentIsRecordedExportedAndKeptAsACountWhenTheyAreErased() throws Exception {
        long organisation = organisation();
        String address = "consent-" + tag + "@example.org";
        contact(organisation, address);
        organiser.post("api/organisations/" + organisation + "/portal-links", "{}");
        String token = portalTokenIn(eventually(() -> mailTo(address), m -> !m.isEmpty()).get(0));
        long seminar = publishedSeminar(10);
        Http.Reply withNeeds = anonymous.post("api/portal/" + token + "/registrations", """
                {"privacyConsent":true,"seminarId":%d,"participants":[{"name":"配慮 あり","email":"n-%s@example.org","accessibilityNeeds":"車いす席"}]}"""
                .formatted(seminar, tag));
        assertEquals(422, withNeeds.status(), "needs without their own consent");
        assertEquals(200, anonymous.post("api/portal/" + token + "/registrations", """
                {"privacyConsent":true,"needsConsent":true,"seminarId":%d,"participants":[{"name":"配慮 あり","email":"n-%s@example.org","accessibilityNeeds":"車いす席"},{"name":"二人目","email":"m-%s@example.org"}]}"""
                .formatted(seminar, tag, tag)).status());

        JsonObject held = organiser.post("api/manage/personal-data/export", "{\"email\":\"" + address + "\"}").json();
        assertEquals(1, held.getJsonArray("contactOf").size());
        JsonObject consent = held.getJsonArray("consentsGiven").getJsonObject(0);
        assertEquals("CONTACT", consent.getString("givenBy"));
        assertEquals(2, consent.getInt("people"));
        assertTrue(consent.getBoolean("needsConsent"));
        assertTrue(consent.getString("noticeVersion").matches("\\d{4}-\\d{2}-\\d{2}"), consent.toString());

        Http.Reply erased = organiser.post("api/manage/personal-data/erase", "{\"email\":\"" + address + "\",\"confirm\":true}");
        assertEquals(200, erased.status(), erased.body());
        assertEquals(1, erased.json().getInt("contacts"));
        assertEquals(404, anonymous.get("api/portal/" + token).status(), "an erased contact's link is dead");
        JsonObject after = organiser.post("api/manage/personal-data/export", "{\"email\":\"" + address + "\"}").json();
        assertEquals(0, after.getJsonArray("contactOf").size());
        assertEquals(0, after.getJsonArray("consentsGiven").size(), "the consent stays only as a count, without the address");
        assertEquals(List.of(), organiser.get("api/manage/test/personal-data/occurrences?text=" + address).jsonArray()
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList(),
                "no table keeps the address");
    }

    @Test
    void staffWithoutAnAddressOfTheirOwnAreReachedThroughTheContact() throws Exception {
        long organisation = organisation();
        String address = "office-" + tag + "@example.org";
        contact(organisation, address);
        organiser.post("api/organisations/" + organisation + "/portal-links", "{}");
        String token = portalTokenIn(eventually(() -> mailTo(address), m -> !m.isEmpty()).get(0));
        long seminar = publishedSeminar(10);
        Http.Reply registered = anonymous.post("api/portal/" + token + "/registrations", """
                {"privacyConsent":true,"seminarId":%d,"participants":[{"name":"アドレス なし"},{"name":"同じ 事務所","email":"%s"}]}"""
                .formatted(seminar, address));
        assertEquals(200, registered.status(), registered.body());
        assertEquals(2, registered.json().getJsonArray("participants").size(), "no address, and the office's shared address");
        List<MimeMessage> toOffice = eventually(() -> mailTo(address), m -> m.size() == 3);
        assertEquals(3, toOffice.size(), "the portal link, and both confirmations at the office address");
        assertTrue(toOffice.stream().skip(1).allMatch(m -> {
            try {
                return m.getSubject().startsWith("【参加確定】") && text(m).contains("/p/");
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }), "each with that person's own link");
    }
}
