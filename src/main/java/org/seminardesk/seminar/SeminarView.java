package org.seminardesk.seminar;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.JapaneseDates;
import org.seminardesk.platform.api.Times;
import org.seminardesk.speaker.SpeakerView;

/**
 * A seminar as the API shows it. onlineLink is filled only in the organisers' view: the public never sees it.
 * dateLabel and fiscalYearLabel are the Japanese-era forms (令和4年2月18日（金） 10:00–12:00, 令和3年度).
 */
public record SeminarView(Long id, String titleJa, String titleEn, String description, SeminarKind kind,
                          SeminarFormat format, SeminarStatus status, OffsetDateTime startsAt,
                          OffsetDateTime endsAt, String dateLabel, int fiscalYear, String fiscalYearLabel,
                          String venue, int capacity, int seatsLeft, OffsetDateTime registrationDeadline,
                          String registrationDeadlineLabel,
                          List<SpeakerView> speakers, List<AgendaItemView> agenda, List<AttendeeView> roster,
                          String onlineLink, List<Integer> reminderHoursBefore, VenueView venueDetails,
                          int linkReleaseMinutesBefore, Modes modes) implements java.io.Serializable {

    /**
     * A hybrid seminar's seats per mode: each mode's cap (null: only the capacity limits it), seats taken and
     * seats left (the fewer of the mode's and the total's). Null for other formats.
     */
    public record Modes(Integer venueCapacity, Integer onlineCapacity, int venueTaken, int onlineTaken,
                        int venueSeatsLeft, int onlineSeatsLeft) implements java.io.Serializable {

        static Modes of(Seminar s) {
            return !s.asksForMode() ? null : new Modes(s.venueCapacity(), s.onlineCapacity(),
                    s.seatsTaken(AttendanceMode.VENUE), s.seatsTaken(AttendanceMode.ONLINE),
                    s.seatsLeft(AttendanceMode.VENUE), s.seatsLeft(AttendanceMode.ONLINE));
        }
    }

    public record AgendaItemView(int position, String title, String summary) implements java.io.Serializable {
    }

    public record AttendeeView(String name, MeetingAttendee.Role role) implements java.io.Serializable {
    }

    /** When the seminar is over: its end, or the day after its start when it has none (held in writing). */
    public OffsetDateTime over() {
        return endsAt != null ? endsAt : startsAt.plusDays(1);
    }

    public static SeminarView forPublic(Seminar seminar) {
        return of(seminar, null);
    }

    public static SeminarView forOrganisers(Seminar seminar) {
        return of(seminar, seminar.onlineLink());
    }

    private static SeminarView of(Seminar s, String onlineLink) {
        return new SeminarView(s.id(), s.titleJa(), s.titleEn(), s.description(), s.kind(), s.format(), s.status(),
                Times.inTokyo(s.startsAt()), Times.inTokyo(s.endsAt()), s.dateLabel(), s.fiscalYear(),
                s.fiscalYearLabel(), s.venue(), s.capacity(), s.seatsLeft(), Times.inTokyo(s.registrationDeadline()),
                s.registrationDeadline() == null ? null
                        : JapaneseDates.eraDateTime(s.registrationDeadline().atZone(JapaneseDates.TOKYO), null, true),
                s.speakers().stream().map(SpeakerView::of).toList(),
                s.agenda().stream().map(a -> new AgendaItemView(a.position(), a.title(), a.summary())).toList(),
                s.roster().stream().map(a -> new AttendeeView(a.displayName(), a.role())).toList(),
                onlineLink, s.reminders().hoursBefore(), VenueView.of(s.place()), s.linkReleaseMinutesBefore(),
                Modes.of(s));
    }

    /** Fri 18 Feb 2022, 10:00–12:00 (Japan time): the date for English readers (dateLabel is the era date). */
    public String westernDateLabel() {
        return org.seminardesk.platform.JapaneseDates.westernDateTime(startsAt.toZonedDateTime(),
                endsAt == null ? null : endsAt.toZonedDateTime(), format != SeminarFormat.WRITTEN);
    }
}
