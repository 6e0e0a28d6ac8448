package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;
import org.seminardesk.testing.PageSession;

/** Venues with access notes: kept by organisers, named by seminars, shown on the public page. */
class VenueIT extends ApplicationIT {

    private static final String NOTES = "JR大井町駅から徒歩5分。段差のない入口は東側。<b>多目的トイレ</b>は1階。";

    private long venue(String name) {
        Http.Reply created = organiser.post("api/venues",
                "{\"name\":\"%s\",\"address\":\"品川区大井1-1-1\",\"accessNotes\":\"%s\"}".formatted(name, NOTES));
        assertEquals(201, created.status(), created.body());
        assertTrue(created.header("Location").endsWith("/api/venues/" + created.json().getJsonNumber("id")));
        return created.json().getJsonNumber("id").longValue();
    }

    private Http.Reply seminarAt(Long venueId, String venueText) {
        return organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"SEMINAR","format":"IN_PERSON","capacity":20,"status":"PUBLISHED",
                 "startsAt":"%s","endsAt":"%s"%s%s}""".formatted(unique("会場つき"), inDays(9, 14), inDays(9, 16),
                venueId == null ? "" : ",\"venueId\":" + venueId, venueText == null ? "" : ",\"venue\":\"" + venueText + "\""));
    }

    @Test
    void organisersKeepVenuesAndEveryoneReadsThem() {
        String name = unique("区民会館");
        String body = "{\"name\":\"%s\"}".formatted(name);
        assertEquals(401, anonymous.post("api/venues", body).status());
        assertEquals(403, staff.post("api/venues", body).status());
        long id = venue(name);
        assertEquals(409, organiser.post("api/venues", body).status(), "names are unique");
        assertEquals(400, organiser.post("api/venues", "{\"name\":\"\"}").status());
        assertEquals(NOTES, anonymous.get("api/venues/" + id).json().getString("accessNotes"));
        assertTrue(anonymous.get("api/venues").body().contains(name));
        assertEquals(200, organiser.put("api/venues/" + id, "{\"name\":\"%s\",\"accessNotes\":\"更新\"}".formatted(name)).status());
        assertEquals("更新", anonymous.get("api/venues/" + id).json().getString("accessNotes"));
        assertEquals(404, anonymous.get("api/venues/987654321").status());
    }

    @Test
    void aSeminarAtAVenueShowsItsAddressAndAccessNotesToEveryone() throws Exception {
        long venue = venue(unique("福祉会館"));
        Http.Reply created = seminarAt(venue, "第1会議室");
        assertEquals(201, created.status(), created.body());
        JsonObject details = created.json().getJsonObject("venueDetails");
        assertEquals("品川区大井1-1-1", details.getString("address"));
        long seminar = created.json().getJsonNumber("id").longValue();

        String page = anonymous.get("seminar.xhtml?id=" + seminar).body();
        assertTrue(page.contains("アクセス・バリアフリー情報") && page.contains("JR大井町駅から徒歩5分"), page);
        assertTrue(page.contains("&lt;b&gt;多目的トイレ&lt;/b&gt;") && !page.contains("<b>多目的トイレ"), "escaped");

        assertEquals(201, seminarAt(venue, null).status(), "a venue record is enough to publish in person");
        Http.Reply unknown = seminarAt(987654321L, "部屋");
        assertEquals(422, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("venueId"));

        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        String editor = browser.open("manage/seminar.xhtml?id=" + seminar);
        assertTrue(editor.contains("value=\"" + created.json().getString("titleJa") + "\""), "an existing seminar opens in the form");
        assertTrue(editor.contains("<option value=\"" + venue + "\" selected=\"selected\">"), "with its venue chosen");
    }

    @Test
    void theVenuesPageAddsAVenue() throws Exception {
        assertEquals(403, staff.get("manage/venues.xhtml").status());
        String name = unique("ページで追加した会場");
        PageSession browser = new PageSession(base, Http.As.ORGANISER);
        browser.open("manage/venues.xhtml");
        String page = browser.submit("form", "form:save", Map.of("form:name", "", "form:address", "住所"));
        assertTrue(page.contains("id=\"form:name-error\""), "the missing name is shown by its field");
        page = browser.submit("form", "form:save", Map.of("form:name", name, "form:accessNotes", "エレベーターあり"));
        assertTrue(page.contains("保存しました") && page.contains(name), page);
        assertFalse(anonymous.get("api/venues").jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("name").equals(name)).toList().isEmpty());
    }
}
