package org.seminardesk.mail;

import java.time.Instant;
import java.time.ZonedDateTime;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.seminardesk.seminar.Seminar;

/**
 * The iCalendar (.ics) invite for a seminar, in Asia/Tokyo time with its VTIMEZONE. The UID is the same for
 * every mail about one seminar and SEQUENCE is the time of issue in seconds, so it grows with every update
 * and a calendar replaces (or, with METHOD:CANCEL, removes) its entry.
 */
public final class CalendarInvite {

    private static final String CONTENT_TYPE = "text/calendar; method=%s; charset=UTF-8";

    private CalendarInvite() {
    }

    public static String uid(Seminar seminar) {
        return "seminar-" + seminar.id() + "@seminardesk";
    }

    /** An invite, or with cancel a cancellation; onlineLink is given only to confirmed participants. */
    public static RenderedMail.Attachment of(Seminar seminar, String onlineLink, boolean cancel, Instant issued) {
        ZonedDateTime start = seminar.startsAtInTokyo();
        VEvent event = seminar.endsAtInTokyo() != null
                ? new VEvent(start, seminar.endsAtInTokyo(), seminar.titleJa())
                : new VEvent(start.toLocalDate(), seminar.titleJa());
        event.add(new Uid(uid(seminar)));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, issued.getEpochSecond())));
        if (cancel) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        if (seminar.venue() != null) {
            event.add(new Location(seminar.venue()));
        }
        if (onlineLink != null) {
            event.add(new Description("オンライン参加URL: " + onlineLink));
            event.add(new Url(java.net.URI.create(onlineLink)));
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Seminar Desk//Seminar Desk//JA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
        calendar.add(TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone("Asia/Tokyo").getVTimeZone());
        calendar.add(event);
        return new RenderedMail.Attachment("seminar.ics", CONTENT_TYPE.formatted(cancel ? "CANCEL" : "REQUEST"),
                calendar.toString());
    }
}
