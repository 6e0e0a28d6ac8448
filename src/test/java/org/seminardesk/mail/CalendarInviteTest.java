package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.seminardesk.seminar.SeminarFixtures;

class CalendarInviteTest {

    @Test
    void anInviteInTokyoTimeThatCalendarsCanRead() throws Exception {
        RenderedMail.Attachment invite = CalendarInvite.of(SeminarFixtures.published(10), "https://meet.example.org/x", false,
                java.time.Instant.parse("2029-12-01T00:00:00Z"));
        assertEquals("seminar.ics", invite.filename());
        assertTrue(invite.contentType().startsWith("text/calendar"));
        assertTrue(invite.content().contains("DTSTART;TZID=Asia/Tokyo:20300110T100000"), invite.content());
        assertTrue(invite.content().contains("BEGIN:VTIMEZONE"));

        Calendar parsed = new CalendarBuilder().build(new StringReader(invite.content()));
        VEvent event = parsed.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals("テストセミナー", event.getSummary().getValue());
        assertTrue(event.getUid().orElseThrow().getValue().endsWith("@seminardesk"));
        assertTrue(event.getDescription().getValue().contains("https://meet.example.org/x"));
        assertEquals("REQUEST", parsed.getMethod().getValue());
    }

    @Test
    void invitesReadBackAtTheSeminarsOwnInstantsOneAfterAnother() throws Exception {
        var seminar = SeminarFixtures.published(10);
        for (int i = 0; i < 3; i++) { // the Tokyo time zone registry is shared by every invite
            RenderedMail.Attachment invite = CalendarInvite.of(seminar, null, false, java.time.Instant.parse("2029-12-01T00:00:00Z"));
            VEvent event = new CalendarBuilder().build(new StringReader(invite.content())).<VEvent>getComponent("VEVENT").orElseThrow();
            assertEquals(seminar.startsAtInTokyo().toInstant(),
                    java.time.Instant.from(event.<java.time.temporal.Temporal>getDateTimeStart().getDate()));
            assertEquals(seminar.endsAtInTokyo().toInstant(),
                    java.time.Instant.from(event.<java.time.temporal.Temporal>getDateTimeEnd().getDate()));
            assertTrue(invite.content().contains("DTEND;TZID=Asia/Tokyo:"), invite.content());
        }
    }

    @Test
    void aCancellationRemovesTheSameEntry() throws Exception {
        var seminar = SeminarFixtures.published(10);
        RenderedMail.Attachment invite = CalendarInvite.of(seminar, null, false, java.time.Instant.parse("2029-12-01T00:00:00Z"));
        RenderedMail.Attachment cancel = CalendarInvite.of(seminar, null, true, java.time.Instant.parse("2029-12-02T00:00:00Z"));
        assertTrue(cancel.contentType().contains("method=CANCEL"));
        Calendar first = new CalendarBuilder().build(new StringReader(invite.content()));
        Calendar second = new CalendarBuilder().build(new StringReader(cancel.content()));
        VEvent before = first.<VEvent>getComponent("VEVENT").orElseThrow();
        VEvent after = second.<VEvent>getComponent("VEVENT").orElseThrow();
        assertEquals(before.getUid(), after.getUid());
        assertTrue(after.getSequence().getSequenceNo() > before.getSequence().getSequenceNo());
        assertEquals("CANCEL", second.getMethod().getValue());
        assertEquals("CANCELLED", after.getStatus().getValue());
    }
}
