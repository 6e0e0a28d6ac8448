package org.seminardesk.seminar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.seminardesk.testing.ApplicationIT;
import org.seminardesk.testing.Http;

/** /calendar.ics: the public programme for calendar apps, one kind of it, or one seminar; parsed with ical4j. */
class CalendarFeedIT extends ApplicationIT {

    private static List<String> uids(Http.Reply reply) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(reply.body()));
        assertEquals("PUBLISH", calendar.getProperty("METHOD").orElseThrow().getValue());
        return calendar.<VEvent>getComponents("VEVENT").stream().map(e -> e.getUid().orElseThrow().getValue()).toList();
    }

    @Test
    void publishedSeminarsAreInTheFeedWithoutTheirOnlineLinkAndDraftsAreNot() throws Exception {
        long published = publishedSeminar(5);
        Http.Reply created = organiser.post("api/seminars", """
                {"titleJa":"下書きの研修","kind":"SEMINAR","format":"ONLINE","capacity":5,"startsAt":"%s","endsAt":"%s","status":"DRAFT"}"""
                .formatted(inDays(9, 10), inDays(9, 12)));
        assertEquals(201, created.status(), created.body());
        long draft = created.json().getJsonNumber("id").longValue();

        Http.Reply feed = anonymous.get("calendar.ics");
        assertEquals(200, feed.status());
        assertTrue(feed.header("Content-Type").startsWith("text/calendar"), feed.header("Content-Type"));
        List<String> uids = uids(feed);
        assertTrue(uids.contains("seminar-" + published + "@seminardesk"), "the published seminar");
        assertFalse(uids.contains("seminar-" + draft + "@seminardesk"), "no draft");
        assertFalse(feed.body().contains("meet.example.org"), "never an online link");
        assertTrue(feed.body().contains("seminar.xhtml?id=" + published), "its public page");

        assertTrue(uids(anonymous.get("calendar.ics?kind=SEMINAR")).contains("seminar-" + published + "@seminardesk"));
        assertFalse(uids(anonymous.get("calendar.ics?kind=MEETING")).contains("seminar-" + published + "@seminardesk"));
        assertEquals(List.of("seminar-" + published + "@seminardesk"), uids(anonymous.get("calendar.ics?seminar=" + published)),
                "one seminar, as the seminar page's add-to-calendar link gives it");

        assertEquals(404, anonymous.get("calendar.ics?seminar=" + draft).status(), "a draft is not public");
        assertEquals(400, anonymous.get("calendar.ics?kind=PARTY").status());
        assertEquals(400, anonymous.get("calendar.ics?seminar=abc").status());
        assertTrue(anonymous.get("seminar.xhtml?id=" + published).body().contains("calendar.ics?seminar=" + published));
    }
}
