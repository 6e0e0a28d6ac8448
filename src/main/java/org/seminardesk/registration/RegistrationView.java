package org.seminardesk.registration;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.api.Times;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.seminar.AttendanceMode;
import org.seminardesk.seminar.Seminar;

/**
 * A registration as its organisation sees it through the self-service link. The seminar's online link is there
 * only while the registration is CONFIRMED, and not before the time the organiser set for it.
 */
public record RegistrationView(String token, RegistrationStatus status, OffsetDateTime createdAt,
                               OffsetDateTime cancelledAt, String cancelReason, SeminarSummary seminar, String organisation,
                               List<ParticipantView> participants, List<AnswerInput> answers) implements java.io.Serializable {

    /** A person in the registration; id addresses them in /api/registrations/{token}/participants/{id} (never reused). */
    public record ParticipantView(long id, int position, String name, String email, String accessibilityNeeds,
                                  AttendanceMode mode, List<AnswerInput> answers) implements java.io.Serializable {

        static ParticipantView of(Participant p) {
            return new ParticipantView(p.id(), p.position(), p.name(), p.email(), p.accessibilityNeeds(), p.mode(), p.answers());
        }
    }

    /**
     * onlineLink: once released to a confirmed registration; until then onlineLinkFrom says when it comes. At a
     * hybrid seminar (modeChoice) the venue shows if someone in the group comes to it, the link if someone joins online.
     */
    public record SeminarSummary(Long id, String titleJa, String titleEn, String dateLabel, String westernDateLabel, String venue,
                                 String onlineLink, LinkRelease onlineLinkFrom, boolean modeChoice, int venueSeatsLeft,
                                 int onlineSeatsLeft) implements java.io.Serializable {
    }

    /** token: the link's token where the caller holds it (just issued, or presented), else null. */
    public static RegistrationView of(Registration r, String token, java.time.Instant now) {
        Seminar s = r.seminar();
        boolean confirmed = r.status() == RegistrationStatus.CONFIRMED;
        AttendanceMode common = commonMode(r);
        String link = s.onlineLinkFor(common, confirmed, now);
        return new RegistrationView(token, r.status(), Times.inTokyo(r.createdAt()), Times.inTokyo(r.cancelledAt()),
                r.cancelReason(),
                new SeminarSummary(s.id(), s.titleJa(), s.titleEn(), s.dateLabel(), s.westernDateLabel(), s.venueFor(common), link,
                        LinkRelease.of(s.onlineLinkComesAt(common, confirmed, now)), s.asksForMode(),
                        s.seatsLeft(AttendanceMode.VENUE), s.seatsLeft(AttendanceMode.ONLINE)),
                r.organisation().name(),
                r.participants().stream()
                        .map(ParticipantView::of)
                        .toList(), r.answers());
    }

    /** The mode everyone in the group chose, or null when they differ (or chose nothing): then both apply. */
    private static AttendanceMode commonMode(Registration r) {
        java.util.Set<AttendanceMode> modes = new java.util.HashSet<>();
        r.participants().forEach(p -> modes.add(p.mode()));
        return modes.size() == 1 ? modes.iterator().next() : null;
    }
}
