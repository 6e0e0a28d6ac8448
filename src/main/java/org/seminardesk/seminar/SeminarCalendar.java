package org.seminardesk.seminar;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.UtcProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * Seminars as iCalendar events, in Asia/Tokyo time with its VTIMEZONE: the invites mailed to participants
 * (mail/CalendarInvite) and the public feed (/calendar.ics) use the same UID per seminar, so a calendar that
 * holds both keeps one entry. SEQUENCE is the time of issue in seconds: it grows with every update.
 */
public final class SeminarCalendar {

    /**
     * Asia/Tokyo, registered once. A date property without a registry that knows its TZID makes ical4j copy
     * every zone id the JDK has into a new set each time it is written (about 200 KB of garbage per invite:
     * a sixth of all the node allocated under load, measured 2026-12-07); with one, 11 KB.
     */
    private static final TimeZoneRegistry TOKYO = tokyo();

    private SeminarCalendar() {
    }

    private static TimeZoneRegistry tokyo() {
        TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
        registry.register(registry.getTimeZone("Asia/Tokyo"));
        return registry;
    }

    public static String uid(Seminar seminar) {
        return "seminar-" + seminar.id() + "@seminardesk";
    }

    /** One seminar as everyone sees it: its venue, no online link. */
    public static VEvent event(Seminar seminar, String onlineLink, String page, boolean cancelled, Instant issued) {
        return event(seminar, null, onlineLink, page, cancelled, issued);
    }

    /**
     * One seminar as a participant with this choice of mode sees it: the venue only for those who come to it;
     * onlineLink only for a confirmed participant's invite, page (its public page) or null.
     */
    public static VEvent event(Seminar seminar, AttendanceMode chosen, String onlineLink, String page, boolean cancelled,
                               Instant issued) {
        ZonedDateTime start = seminar.startsAtInTokyo();
        VEvent event = seminar.endsAtInTokyo() != null
                ? new VEvent(start, seminar.endsAtInTokyo(), seminar.titleJa())
                : new VEvent(start.toLocalDate(), seminar.titleJa());
        event.getProperties().forEach(property -> {
            if (property instanceof DateProperty<?> date && !(property instanceof UtcProperty)) {
                date.setTimeZoneRegistry(TOKYO);
            }
        });
        event.add(new Uid(uid(seminar)));
        event.add(new Sequence((int) Math.min(Integer.MAX_VALUE, issued.getEpochSecond())));
        if (cancelled) {
            event.add(ImmutableStatus.VEVENT_CANCELLED);
        }
        if (seminar.venueFor(chosen) != null) {
            event.add(new Location(seminar.venueFor(chosen)));
        }
        if (onlineLink != null) {
            event.add(new Description("オンライン参加URL: " + onlineLink));
            event.add(new Url(java.net.URI.create(onlineLink)));
        } else if (page != null) {
            event.add(new Description(page));
            event.add(new Url(java.net.URI.create(page)));
        }
        return event;
    }

    /** A calendar of these events with method REQUEST, CANCEL (invites) or PUBLISH (feeds). */
    public static String calendar(Method method, List<VEvent> events) {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Seminar Desk//Seminar Desk//JA"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(method);
        calendar.add(TOKYO.getTimeZone("Asia/Tokyo").getVTimeZone());
        events.forEach(calendar::add);
        return calendar.toString();
    }

    /** The public feed: published, held and cancelled seminars (cancelled ones marked so), never an online link. */
    public static String feed(List<Seminar> seminars, Function<Seminar, String> page, Instant issued) {
        return calendar(ImmutableMethod.PUBLISH, seminars.stream()
                .map(s -> event(s, null, page.apply(s), s.status() == SeminarStatus.CANCELLED, issued)).toList());
    }
}
