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
        RenderedMail.Attachment invite = CalendarInvite.of(SeminarFixtures.published(10), "https://meet.example.org/x");
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
}
