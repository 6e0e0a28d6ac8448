package org.seminardesk.registration;

import java.time.OffsetDateTime;
import org.seminardesk.platform.api.Times;
import org.seminardesk.seminar.Seminar;

/** What one participant sees through their own link: their seminar and their own entry, nobody else's. */
public record ParticipantView(String name, String email, String accessibilityNeeds, RegistrationStatus status,
                              String organisation, long seminarId, String titleJa, String titleEn, String dateLabel,
                              String westernDateLabel, OffsetDateTime startsAt, String venue, String onlineLink,
                              LinkRelease onlineLinkFrom, String checkinCode, boolean selfCheckinOpen,
                              org.seminardesk.seminar.AttendanceMode mode, boolean modeChoice, java.util.List<String> answers)
        implements java.io.Serializable {

    /**
     * onlineLink: once released to a confirmed registration; until then onlineLinkFrom says when it comes.
     * checkinCode: theirs to show at the door (confirmed, at a venue); selfCheckinOpen: the seminar's code is taken now.
     * mode: venue or online at a hybrid seminar (modeChoice), where venue and link show only for their choice.
     * answers: their own answers to the seminar's questions, as "question：answer" lines.
     */
    public static ParticipantView of(Participant p, java.time.Instant now, java.util.List<String> answers) {
        Registration r = p.registration();
        Seminar s = r.seminar();
        boolean confirmed = r.status() == RegistrationStatus.CONFIRMED;
        return new ParticipantView(p.name(), p.email(), p.accessibilityNeeds(), r.status(), r.organisation().name(), s.id(),
                s.titleJa(), s.titleEn(), s.dateLabel(), s.westernDateLabel(), Times.inTokyo(s.startsAt()),
                s.venueFor(p.mode()), s.onlineLinkFor(p.mode(), confirmed, now),
                LinkRelease.of(s.onlineLinkComesAt(p.mode(), confirmed, now)),
                confirmed && s.atVenueFor(p.mode()) ? p.checkinCode() : null, confirmed && s.selfCheckinOpen(now),
                p.mode(), s.asksForMode() && r.status() != RegistrationStatus.CANCELLED && now.isBefore(s.startsAt()), answers);
    }
}
