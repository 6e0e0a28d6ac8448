package org.seminardesk.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;
import org.seminardesk.testing.Http;

/**
 * A meeting held in writing (書面開催) through the real server and a real SMTP server: the organiser sets the
 * agenda and roster and consults the members; each organisation replies through the link it was mailed.
 */
class WrittenMeetingIT extends MailTestSupport {

    private long meeting;
    private String tag;
    private long first;
    private long second;
    private long withoutAddress;

    private long member(String email) {
        Http.Reply reply = organiser.post("api/organisations", "{\"name\":\"%s\",\"facilityType\":\"CONTINUATION_B\"%s}"
                .formatted(unique("部会員"), email == null ? "" : ",\"email\":\"" + email + "\""));
        assertEquals(201, reply.status(), reply.toString());
        return reply.json().getJsonNumber("id").longValue();
    }

    @BeforeEach
    void aMeetingHeldInWritingWithAgendaAndRoster() {
        tag = UUID.randomUUID().toString().substring(0, 8);
        Http.Reply created = organiser.post("api/seminars", """
                {"titleJa":"%s","kind":"MEETING","format":"WRITTEN","capacity":0,"startsAt":"%s","status":"PUBLISHED"}"""
                .formatted(unique("第3回就労支援部会"), inDays(3, 10)));
        assertEquals(201, created.status(), created.toString());
        meeting = created.json().getJsonNumber("id").longValue();
        first = member("first-" + tag + "@example.org");
        second = member("second-" + tag + "@example.org");
        withoutAddress = member(null);
        Http.Reply roster = organiser.put(path("roster"), """
                {"lines":[{"role":"CHAIR","label":"部会長"},{"role":"MEMBER","organisationId":%d},
                          {"role":"MEMBER","organisationId":%d},{"role":"MEMBER","organisationId":%d}]}"""
                .formatted(first, second, withoutAddress));
        assertEquals(200, roster.status(), roster.toString());
        Http.Reply agenda = organiser.put(path("agenda"), """
                {"items":[{"title":"超短時間雇用セミナーについて","proposal":"2月実施予定のセミナーについて周知します。"},
                          {"title":"重度障害者等の就労支援について","proposal":"3つの事例について意見を伺います。"}]}""");
        assertEquals(200, agenda.status(), agenda.toString());
    }

    private String path(String rest) {
        return "api/manage/meetings/" + meeting + (rest.isEmpty() ? "" : "/" + rest);
    }

    private List<Long> itemIds() {
        return organiser.get(path("")).json().getJsonArray("agenda").getValuesAs(JsonObject.class).stream()
                .map(i -> i.getJsonNumber("id").longValue()).toList();
    }

    private String consult(String deadline) {
        return "{\"replyDeadline\":\"" + deadline + "\"}";
    }

    private static String tokenIn(MimeMessage mail) throws Exception {
        Matcher link = Pattern.compile("/w/([A-Za-z0-9_-]{43})").matcher(text(mail));
        assertTrue(link.find(), text(mail));
        return link.group(1);
    }

    @Test
    void membersAreMailedTheirLinkAndReplyPerItemUntilTheDeadline() throws Exception {
        Http.Reply past = organiser.post(path("consultation"), consult(inDays(-1, 10)));
        assertEquals(422, past.status(), past.toString());
        assertEquals(404, organiser.get(path("consultation")).status(), "a refused consultation stores nothing");

        Http.Reply sent = organiser.post(path("consultation"), consult(inDays(7, 17)));
        assertEquals(201, sent.status(), sent.toString());
        assertEquals(3, sent.json().getInt("members"), "the chair is a role, not a member organisation");
        assertEquals(0, sent.json().getInt("replied"));
        assertEquals(409, organiser.post(path("consultation"), consult(inDays(8, 17))).status(), "once");

        MimeMessage mail = eventually(() -> mailTo("first-" + tag + "@example.org"), m -> m.size() == 1).get(0);
        assertTrue(mail.getSubject().startsWith("【書面開催・ご回答のお願い】"), mail.getSubject());
        assertTrue(text(mail).contains("1. 超短時間雇用セミナーについて") && text(mail).contains("3つの事例について意見を伺います。"), text(mail));
        assertTrue(html(mail).contains("<a href=\"http"), "a link in the HTML part");
        String token = tokenIn(mail);
        eventually(() -> mailTo("second-" + tag + "@example.org"), m -> m.size() == 1);

        JsonObject page = anonymous.get("api/written-replies/" + token).json();
        assertTrue(page.getBoolean("open"));
        assertEquals(2, page.getJsonArray("items").size());
        List<Long> items = itemIds();
        assertEquals(422, anonymous.put("api/written-replies/" + token, """
                {"answers":[{"agendaItemId":%d,"verdict":"NO_OBJECTION"}]}""".formatted(items.get(0))).status(), "every item");
        Http.Reply noReason = anonymous.put("api/written-replies/" + token, """
                {"answers":[{"agendaItemId":%d,"verdict":"NO_OBJECTION"},{"agendaItemId":%d,"verdict":"OBJECTION"}]}"""
                .formatted(items.get(0), items.get(1)));
        assertEquals(422, noReason.status(), "an objection needs its reason");
        assertEquals(0, organiser.get(path("consultation")).json().getInt("replied"), "refused replies change nothing");

        Http.Reply replied = anonymous.put("api/written-replies/" + token, """
                {"answers":[{"agendaItemId":%d,"verdict":"NO_OBJECTION"},
                            {"agendaItemId":%d,"verdict":"OBJECTION","opinion":"車椅子利用者の事例を先に検討したい"}]}"""
                .formatted(items.get(0), items.get(1)));
        assertEquals(200, replied.status(), replied.toString());
        assertNotNull(replied.json().getString("repliedAt"));

        JsonObject standing = organiser.get(path("consultation")).json();
        assertEquals(1, standing.getInt("replied"));
        assertEquals(2, standing.getJsonArray("awaiting").size(), "who has not replied");
        assertFalse(standing.getJsonArray("awaiting").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getJsonNumber("organisationId").longValue() == withoutAddress).findFirst().orElseThrow()
                .getBoolean("mailed"), "no address: its link must reach it another way");
        JsonObject secondItem = standing.getJsonArray("items").getJsonObject(1);
        assertEquals(1, secondItem.getInt("objection"));
        assertEquals("車椅子利用者の事例を先に検討したい", secondItem.getJsonArray("opinions").getJsonObject(0).getString("opinion"));

        ageSeminar(meeting, Duration.ofDays(8)); // its day is past
        assertFalse(anonymous.get("api/written-replies/" + token).json().getBoolean("open"));
        assertEquals(409, anonymous.put("api/written-replies/" + token, """
                {"answers":[{"agendaItemId":%d,"verdict":"NO_OBJECTION"},{"agendaItemId":%d,"verdict":"NO_OBJECTION"}]}"""
                .formatted(items.get(0), items.get(1))).status(), "after the deadline");
        assertEquals(404, anonymous.get("api/written-replies/" + "x".repeat(43)).status());
    }

    @Test
    void afterConsultingOnlyTheMinutesChange() {
        assertEquals(201, organiser.post(path("consultation"), consult(inDays(7, 17))).status());
        List<Long> items = itemIds();
        Http.Reply retitled = organiser.put(path("agenda"), """
                {"items":[{"id":%d,"title":"別の議題"},{"id":%d,"title":"重度障害者等の就労支援について","proposal":"3つの事例について意見を伺います。"}]}"""
                .formatted(items.get(0), items.get(1)));
        assertEquals(409, retitled.status(), retitled.toString());
        Http.Reply minutes = organiser.put(path("agenda"), """
                {"items":[{"id":%d,"title":"超短時間雇用セミナーについて","proposal":"2月実施予定のセミナーについて周知します。","minutes":"改めて周知を行った。"},
                          {"id":%d,"title":"重度障害者等の就労支援について","proposal":"3つの事例について意見を伺います。"}]}"""
                .formatted(items.get(0), items.get(1)));
        assertEquals(200, minutes.status(), minutes.toString());
        assertEquals("改めて周知を行った。", minutes.json().getJsonArray("agenda").getJsonObject(0).getString("minutes"));
    }

    @Test
    void rosterPresenceAgendaOrderAndWhoMayDoWhat() {
        Http.Reply presence = organiser.put(path("roster"), """
                {"lines":[{"role":"MEMBER","organisationId":%d,"present":true},{"role":"MEMBER","organisationId":%d,"present":false}]}"""
                .formatted(second, first));
        assertEquals(200, presence.status(), presence.toString());
        List<JsonObject> roster = presence.json().getJsonArray("roster").getValuesAs(JsonObject.class);
        assertEquals(second, roster.get(0).getJsonNumber("organisationId").longValue(), "in the order given");
        assertTrue(roster.get(0).getBoolean("present"));
        assertEquals(422, organiser.put(path("roster"), """
                {"lines":[{"role":"MEMBER","organisationId":%d},{"role":"MEMBER","organisationId":%d}]}""".formatted(first, first)).status());
        assertEquals(2, organiser.get(path("")).json().getJsonArray("roster").size(), "a refused roster changes nothing");

        List<Long> items = itemIds();
        Http.Reply reordered = organiser.put(path("agenda"), """
                {"items":[{"id":%d,"title":"重度障害者等の就労支援について"},{"title":"その他"},{"id":%d,"title":"超短時間雇用セミナーについて"}]}"""
                .formatted(items.get(1), items.get(0)));
        assertEquals(200, reordered.status(), reordered.toString());
        assertEquals(List.of(items.get(1), items.get(0)), List.of(
                reordered.json().getJsonArray("agenda").getJsonObject(0).getJsonNumber("id").longValue(),
                reordered.json().getJsonArray("agenda").getJsonObject(2).getJsonNumber("id").longValue()));
        assertEquals(400, organiser.put(path("agenda"), "{\"items\":[{\"title\":\"\"}]}").status());

        assertEquals(403, staff.get(path("")).status(), "meetings are the organisers'");
        assertEquals(403, staff.put(path("agenda"), "{\"items\":[]}").status());
        assertEquals(401, anonymous.get(path("")).status());
        assertEquals(404, organiser.get("api/manage/meetings/" + publishedSeminar(5)).status(), "a seminar is no meeting");
        Http.Reply notWritten = organiser.post("api/manage/meetings/" + meeting + "/consultation", consult(inDays(7, 17)));
        assertEquals(201, notWritten.status(), "this one is held in writing");
    }

    @Test
    void anOrganiserRenewsAForwardedReplyLinkAndOnlyTheNewOneWorks() throws Exception {
        assertEquals(201, organiser.post(path("consultation"), consult(inDays(7, 17))).status());
        String address = "first-" + tag + "@example.org";
        String old = tokenIn(eventually(() -> mailTo(address), m -> m.size() == 1).get(0));
        assertEquals(403, staff.post(path("consultation/replies/" + first + "/link"), "").status());
        assertEquals(404, organiser.post(path("consultation/replies/987654321/link"), "").status(), "only a member on the roster");

        Http.Reply renewed = organiser.post(path("consultation/replies/" + first + "/link"), "");
        assertEquals(200, renewed.status(), renewed.body());
        assertFalse(renewed.body().contains(old));
        assertEquals(404, anonymous.get("api/written-replies/" + old).status(), "the old link is dead at once");
        String fresh = tokenIn(eventually(() -> mailTo(address), m -> m.size() == 2).get(1));
        assertEquals(200, anonymous.get("api/written-replies/" + fresh).status());
    }
}
