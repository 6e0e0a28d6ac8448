package org.seminardesk.mail;

import java.time.Instant;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import org.seminardesk.seminar.AttendanceMode;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.seminar.SeminarCalendar;

/**
 * The iCalendar (.ics) invite for a seminar (SeminarCalendar): the UID is the same for every mail about one
 * seminar and SEQUENCE grows with every update, so a calendar replaces (or, with METHOD:CANCEL, removes) its entry.
 */
public final class CalendarInvite {

    private static final String CONTENT_TYPE = "text/calendar; method=%s; charset=UTF-8";

    private CalendarInvite() {
    }

    /** An invite, or with cancel a cancellation; onlineLink is given only to confirmed participants. */
    public static RenderedMail.Attachment of(Seminar seminar, String onlineLink, boolean cancel, Instant issued) {
        return of(seminar, null, onlineLink, cancel, issued);
    }

    /** The same for a participant with this choice of mode: the venue only if they come to it. */
    public static RenderedMail.Attachment of(Seminar seminar, AttendanceMode chosen, String onlineLink, boolean cancel,
                                             Instant issued) {
        String calendar = SeminarCalendar.calendar(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST,
                java.util.List.of(SeminarCalendar.event(seminar, chosen, onlineLink, null, cancel, issued)));
        return new RenderedMail.Attachment("seminar.ics", CONTENT_TYPE.formatted(cancel ? "CANCEL" : "REQUEST"), calendar);
    }
}
