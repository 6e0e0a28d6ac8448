package org.seminardesk.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonString;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * Every table with a name or address has a holder (export, erasure, retention), and after an erasure the address
 * is nowhere in the database — searched column by column, not through the features' own code.
 */
class PersonalDataHoldersIT extends MailTestSupport {

    /** Tables with such a column that hold no member's person, each with the reason; anything else needs a holder. */
    private static final Map<String, String> NOT_A_MEMBERS_PERSON = Map.of(
            "venue", "a place: its name and address are the venue's",
            "work_group", "a group's name",
            "attendance_import", "the report's file name",
            "seminar_material", "a handout's file name",
            "speaker", "speakers are named in the public programme with their consent; organisers edit or delete them",
            "user_account", "the council's staff accounts, renamed or disabled by admins");

    private List<String> strings(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray().getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    @Test
    void everyTableWithANameOrAddressHasAHolder() {
        List<String> columns = strings(organiser.get("api/manage/test/personal-data/columns"));
        assertTrue(columns.contains("participant.email") && columns.contains("mail_outbox.recipient"), "the search sees the schema: " + columns);
        Set<String> claimed = Set.copyOf(strings(organiser.get("api/manage/test/personal-data/holders")));
        Set<String> unclaimed = columns.stream().map(c -> c.substring(0, c.indexOf('.')))
                .filter(table -> !claimed.contains(table) && !NOT_A_MEMBERS_PERSON.containsKey(table))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), unclaimed, "tables with a name or address column but no PersonalDataHolder: " + columns);
    }

    @Test
    void afterAnErasureNoTableHoldsTheAddress() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String address = "everywhere-" + tag + "@example.org";
        long seminar = publishedSeminar(5);
        long member = organisation();
        assertEquals(201, organiser.post("api/organisations/" + member + "/contacts",
                "{\"name\":\"窓口 全部\",\"email\":\"" + address + "\"}").status());
        Http.Reply registered = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"needsConsent":true,"seminarId":%d,"organisationId":%d,"participants":[
                 {"name":"全部 消す","email":"%s","accessibilityNeeds":"手話通訳"},{"name":"同僚 残る","email":"colleague-%s@example.org"}]}"""
                .formatted(seminar, member, address, tag));
        assertEquals(201, registered.status(), registered.body());
        String token = registered.json().getString("token");
        assertEquals(200, anonymous.delete("api/registrations/" + token + "?reason=" + URLEncoder.encode("全部 消す の都合", StandardCharsets.UTF_8)).status());
        assertEquals(202, anonymous.post("api/registrations", """
                {"privacyConsent":true,"seminarId":%d,"organisationName":"申込 %s","registrant":{"name":"申込 全部","email":"%s"},
                 "participants":[{"name":"申込 全部","email":"%s"}]}""".formatted(publishedSeminar(5), tag, address, address)).status());
        assertEquals(201, anonymous.post("api/probono/needs", """
                {"organisationId":%d,"contactName":"全部 消す","contactEmail":"%s","title":"相談 %s","description":"全部 消す より"}"""
                .formatted(member, address, tag)).status());
        assertEquals(201, anonymous.post("api/probono/offers",
                "{\"name\":\"全部 消す\",\"affiliation\":\"事務所\",\"email\":\"%s\",\"skills\":\"制作\"}".formatted(address)).status());
        eventually(() -> mailTo(address).size(), sent -> sent >= 2);
        assertTrue(strings(organiser.get("api/manage/test/personal-data/occurrences?text=" + address)).size() >= 6, "held in many places");

        Http.Reply erased = organiser.post("api/manage/personal-data/erase", "{\"email\":\"%s\",\"confirm\":true}".formatted(address));
        assertEquals(200, erased.status(), erased.body());
        assertEquals(List.of(), strings(organiser.get("api/manage/test/personal-data/occurrences?text=" + address)),
                "columns still holding the address after its erasure");
        assertEquals(List.of(), strings(organiser.get("api/manage/test/personal-data/occurrences?text="
                + URLEncoder.encode("全部 消す", StandardCharsets.UTF_8))), "columns still holding the name that went with the address");
        assertTrue(organiser.get("api/manage/seminars/" + seminar + "/registrations").body().contains("同僚 残る"), "the colleague stays");
    }

    @Test
    void anErasureIsAppliedAgainAfterABackupBringsTheDataBack() {
        String address = "restored-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        long member = organisation();
        organiser.post("api/organisations/" + member + "/contacts", "{\"name\":\"復元 太郎\",\"email\":\"" + address + "\"}");
        assertEquals(200, organiser.post("api/manage/personal-data/erase", "{\"email\":\"%s\",\"confirm\":true}".formatted(address)).status());
        // what a restore of last night's backup does: the contact is back
        organiser.post("api/organisations/" + member + "/contacts", "{\"name\":\"復元 太郎\",\"email\":\"" + address + "\"}");
        assertEquals(1, strings(organiser.get("api/manage/test/personal-data/occurrences?text=" + address)).size());
        Http.Reply again = anonymous.as(Http.As.ADMIN).post("api/admin/retention/erasures", "");
        assertEquals(200, again.status(), again.body());
        assertTrue(again.json().getInt("addressesErasedAgain") >= 1, again.body());
        assertEquals(List.of(), strings(organiser.get("api/manage/test/personal-data/occurrences?text=" + address)));
        assertEquals(403, organiser.post("api/admin/retention/erasures", "").status(), "admins only");
    }

    @Test
    void aParticipantWithoutAnAddressIsFoundByNameAndErased() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String name = "無住所 " + tag;
        long seminar = publishedSeminar(5);
        Http.Reply registered = organiser.post("api/manage/registrations", """
                {"privacyConsent":true,"needsConsent":true,"seminarId":%d,"organisationId":%d,"participants":[
                 {"name":"%s","accessibilityNeeds":"筆談"},{"name":"同僚 %s","email":"peer-%s@example.org"}]}"""
                .formatted(seminar, organisation(), name, tag, tag));
        assertEquals(201, registered.status(), registered.body());
        Http.Reply found = organiser.post("api/manage/personal-data/participants", "{\"name\":\"無住所" + tag + "\"}");
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.jsonArray().size(), "spaces do not matter: " + found.body());
        long id = found.jsonArray().getJsonObject(0).getJsonNumber("participantId").longValue();
        assertEquals(false, found.jsonArray().getJsonObject(0).getBoolean("ownAddress"));

        assertEquals(400, organiser.post("api/manage/personal-data/participants/erase", "{\"participantId\":" + id + "}").status(),
                "not without confirm");
        assertEquals(404, organiser.post("api/manage/personal-data/participants/erase",
                "{\"participantId\":987654321,\"confirm\":true}").status());
        assertEquals(403, staff.post("api/manage/personal-data/participants", "{\"name\":\"" + name + "\"}").status());
        Http.Reply erased = organiser.post("api/manage/personal-data/participants/erase", "{\"participantId\":" + id + ",\"confirm\":true}");
        assertEquals(200, erased.status(), erased.body());
        assertEquals(1, erased.json().getInt("participants"));
        List<String> left = strings(organiser.get("api/manage/test/personal-data/occurrences?text=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
        assertEquals(List.of(), left, "the name is nowhere, also not in the mail of their registration");
        String list = organiser.get("api/manage/seminars/" + seminar + "/registrations").body();
        assertTrue(list.contains("同僚 " + tag) && !list.contains("筆談"), "the colleague stays, the needs go: " + list);
        assertEquals(0, organiser.post("api/manage/personal-data/participants", "{\"name\":\"" + name + "\"}").jsonArray().size());
    }
}
