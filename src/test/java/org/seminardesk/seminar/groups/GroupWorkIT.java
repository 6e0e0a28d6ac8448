package org.seminardesk.seminar.groups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.seminardesk.testing.BrowserIT;
import org.seminardesk.testing.Http;

/** Group work through the API and the organisers' page: split by field or balanced, move, rename, print. */
class GroupWorkIT extends BrowserIT {

    private long seminar;
    private String tag;

    private long organisationOf(String type) {
        return organiser.post("api/organisations", "{\"name\":\"%s\",\"facilityType\":\"%s\"}".formatted(unique("事業所"), type))
                .json().getJsonNumber("id").longValue();
    }

    private void register(long organisation, String... names) {
        StringBuilder people = new StringBuilder();
        for (String name : names) {
            people.append(people.length() == 0 ? "" : ",").append("{\"name\":\"%s\",\"email\":\"%s-%s@example.org\"}".formatted(name, name, tag));
        }
        Http.Reply reply = organiser.post("api/manage/registrations", "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                .formatted(seminar, organisation, people));
        assertEquals(201, reply.status(), reply.toString());
    }

    @BeforeEach
    void fourParticipantsInTwoFields() {
        seminar = publishedSeminar(20);
        tag = UUID.randomUUID().toString().substring(0, 8);
        register(organisationOf("EMPLOYMENT_TRANSITION"), "transition1", "transition2");
        register(organisationOf("CONTINUATION_B"), "continuationB");
        register(organisationOf("CONTINUATION_A"), "continuationA");
    }

    private String path(String rest) {
        return "api/manage/seminars/" + seminar + "/groups" + rest;
    }

    private static List<String> names(JsonObject group) {
        return group.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).sorted().toList();
    }

    private static String keyOf(JsonObject view, String name) {
        return view.getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .flatMap(g -> g.getJsonArray("members").getValuesAs(JsonObject.class).stream())
                .filter(m -> m.getString("name").equals(name)).findFirst().orElseThrow().getString("key");
    }

    @Test
    void splitByFieldOrBalancedThenMoveAndRename() {
        Http.Reply byField = organiser.post(path(""), "{\"rule\":\"BY_FIELD\",\"groups\":1}");
        assertEquals(200, byField.status(), byField.toString());
        List<JsonObject> groups = byField.json().getJsonArray("groups").getValuesAs(JsonObject.class);
        assertEquals(List.of("就労移行", "就労継続"), groups.stream().map(g -> g.getString("name")).toList());
        assertEquals(List.of("continuationA", "continuationB"), names(groups.get(1)), "A and B together");

        Http.Reply balanced = organiser.post(path(""), "{\"rule\":\"BALANCED\",\"groups\":2}");
        assertEquals(List.of(2, 2), balanced.json().getJsonArray("groups").getValuesAs(JsonObject.class).stream()
                .map(g -> g.getJsonArray("members").size()).toList());
        assertEquals(422, organiser.post(path(""), "{\"rule\":\"BALANCED\",\"groups\":5}").status(), "more groups than people");
        assertEquals(2, organiser.get(path("")).json().getJsonArray("groups").size(), "a refused split changes nothing");

        String key = keyOf(balanced.json(), "transition1");
        JsonObject moved = organiser.put(path("/members/" + key), "{\"group\":2}").json();
        assertTrue(names(moved.getJsonArray("groups").getJsonObject(1)).contains("transition1"));
        assertEquals(422, organiser.put(path("/members/" + key), "{\"group\":9}").status());
        assertEquals(404, organiser.put(path("/members/P987654321"), "{\"group\":1}").status());
        assertEquals("A卓", organiser.put(path("/1"), "{\"name\":\"A卓\"}").json().getJsonArray("groups").getJsonObject(0).getString("name"));

        register(organisationOf("RETENTION"), "late");
        assertEquals("late", organiser.get(path("")).json().getJsonArray("unassigned").getJsonObject(0).getString("name"));

        assertEquals(200, staff.get(path("")).status());
        assertEquals(403, staff.post(path(""), "{\"rule\":\"BY_FIELD\",\"groups\":1}").status());
        assertEquals(401, anonymous.get(path("")).status());
    }

    @Test
    void aMeetingSplitsItsMemberOrganisationsAndThePageMovesAndPrints() throws Exception {
        long meeting = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"MEETING","format":"WRITTEN","capacity":0,"startsAt":"%s","status":"PUBLISHED"}"""
                .formatted(unique("第2回就労支援部会"), inDays(5, 14))).json().getJsonNumber("id").longValue();
        long transition = organisationOf("EMPLOYMENT_TRANSITION");
        long continuation = organisationOf("CONTINUATION_B");
        assertEquals(200, organiser.put("api/manage/meetings/" + meeting + "/roster", """
                {"lines":[{"role":"MEMBER","organisationId":%d},{"role":"MEMBER","organisationId":%d}]}""".formatted(transition, continuation)).status());

        openAs(Http.As.ORGANISER, "manage/groups.xhtml?seminar=" + meeting);
        browser.findElement(By.id("split:submit")).click();
        waitForText("グループに分けました");
        assertEquals(2, browser.findElements(By.cssSelector("form#groups table")).size(), "就労移行 and 就労継続");
        new Select(browser.findElement(By.cssSelector("select[data-member='O" + transition + "']"))).selectByVisibleText("就労継続");
        browser.findElement(By.id("groups:save")).click();
        waitForText("グループの移動を保存しました");
        JsonObject view = organiser.get("api/manage/seminars/" + meeting + "/groups").json();
        assertEquals(2, view.getJsonArray("groups").getJsonObject(1).getJsonArray("members").size(), "both in 就労継続 now");
        assertEquals("O" + transition, view.getJsonArray("groups").getJsonObject(1).getJsonArray("members").getJsonObject(0).getString("key"));
        screenshot("groups");
    }
}
