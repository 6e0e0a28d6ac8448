package org.seminardesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** Organisers import organisations and contacts from a file (preview first, all or nothing), export them, merge two. */
class OrganisationImportIT extends ApplicationIT {

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    private Http.Reply upload(String csv, boolean dryRun) {
        return organiser.upload("api/organisations/imports?dryRun=" + dryRun, csv.getBytes(StandardCharsets.UTF_8), "text/csv");
    }

    private boolean exists(String name) {
        return organiser.get("api/organisations").jsonArray().getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getString("name").equals(name));
    }

    @Test
    void aFullWidthDuplicateIsFoundABrokenLineNamedAndNothingStoredOnRefusal() {
        String fresh = "新しい事業所 " + tag;
        String file = """
                事業所名,施設種別,担当者名,担当者メール
                ＬＩＴＡＬＩＣＯ　ワークス五反田,就労移行支援,新任 担当,newcontact-%1$s@example.jp
                %2$s,就労継続支援B型,山田 花子,hanako-%1$s@example.jp
                壊れた事業所,カジノ,,
                """.formatted(tag, fresh);
        JsonObject preview = upload(file, true).json();
        JsonObject duplicate = preview.getJsonArray("lines").getJsonObject(0);
        assertEquals("UPDATE", duplicate.getString("action"));
        assertEquals("LITALICOワークス五反田", duplicate.getString("existingName"), "found whatever the width and spaces");
        assertEquals("NEW", preview.getJsonArray("lines").getJsonObject(1).getString("action"));
        assertEquals(4, preview.getJsonArray("problems").getJsonObject(0).getInt("line"));

        Http.Reply refused = upload(file, false);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.json().getString("message").contains("line 4"), refused.body());
        assertFalse(exists(fresh), "nothing stored when a line is wrong");

        Http.Reply imported = upload(file.replace("壊れた事業所,カジノ,,\n", ""), false);
        assertEquals(200, imported.status(), imported.body());
        assertTrue(exists(fresh));
        long litalico = organiser.get("api/organisations").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("name").equals("LITALICOワークス五反田")).findFirst().orElseThrow().getJsonNumber("id").longValue();
        assertTrue(organiser.get("api/organisations/" + litalico + "/contacts").body().contains("newcontact-" + tag), "the contact joined the existing one");
        assertEquals(200, upload(file.replace("壊れた事業所,カジノ,,\n", ""), false).status(), "importing again adds nothing twice");
        assertEquals(1, organiser.get("api/organisations/" + litalico + "/contacts").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("email").equals("newcontact-" + tag + "@example.jp")).count());

        HttpResponse<byte[]> export = organiser.download("api/organisations/exports/organisations.csv");
        assertEquals(200, export.statusCode());
        String csv = new String(export.body(), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF事業所名,施設種別"), csv.substring(0, 40));
        assertTrue(csv.contains(fresh + ",就労継続支援B型,,,,山田 花子,hanako-" + tag + "@example.jp"), "the export reads back");
    }

    @Test
    void aFileWithTheWrongHeaderIsRefusedWhole() {
        Http.Reply refused = upload("施設,電話\nA,03\n", false);
        assertEquals(422, refused.status());
        assertTrue(refused.json().getString("message").contains("事業所名"), refused.body());
        assertEquals(403, staff.upload("api/organisations/imports?dryRun=false", "事業所名\nx\n".getBytes(StandardCharsets.UTF_8), "text/csv").status());
    }

    @Test
    void twoRecordsOfOneOrganisationAreMergedUnlessBothHoldTheSameSeminar() {
        long kept = organisation();
        long merged = organisation();
        long first = publishedSeminar(5);
        long second = publishedSeminar(5);
        register(first, kept, "kept");
        register(second, merged, "merged");
        organiser.post("api/organisations/" + merged + "/contacts", "{\"name\":\"統合 太郎\",\"email\":\"merge-" + tag + "@example.jp\"}");

        long clash = organisation();
        register(first, clash, "clash");
        Http.Reply refused = organiser.post("api/organisations/" + clash + "/merge", "{\"intoId\":" + kept + "}");
        assertEquals(409, refused.status(), "both are registered for the same seminar: " + refused.body());
        assertEquals(200, organiser.get("api/organisations/" + clash).status(), "nothing changed");

        Http.Reply done = organiser.post("api/organisations/" + merged + "/merge", "{\"intoId\":" + kept + "}");
        assertEquals(200, done.status(), done.body());
        assertEquals(404, organiser.get("api/organisations/" + merged).status());
        assertTrue(organiser.get("api/organisations/" + kept + "/contacts").body().contains("merge-" + tag));
        String keptName = organiser.get("api/organisations/" + kept).json().getString("name");
        assertEquals(List.of(keptName), organiser.get("api/manage/seminars/" + second + "/registrations").json().getJsonArray("registrations")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("organisation")).toList(), "its registration moved");
        assertEquals(422, organiser.post("api/organisations/" + kept + "/merge", "{\"intoId\":" + kept + "}").status());
    }

    private void register(long seminar, long organisation, String who) {
        Http.Reply reply = organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[{\"name\":\"%s\",\"email\":\"%s-%s@example.org\"}]}"
                .formatted(seminar, organisation, who, who, tag));
        assertEquals(201, reply.status(), reply.body());
    }
}
