package org.seminardesk.registration;

import java.time.OffsetDateTime;
import org.seminardesk.platform.api.Times;
import org.seminardesk.seminar.Seminar;

/** What one participant sees through their own link: their seminar and their own entry, nobody else's. */
public record ParticipantView(String name, String email, String accessibilityNeeds, RegistrationStatus status,
                              String organisation, long seminarId, String titleJa, String titleEn, String dateLabel,
                              String westernDateLabel, OffsetDateTime startsAt, String venue, String onlineLink) {

    public static ParticipantView of(Participant p) {
        Registration r = p.registration();
        Seminar s = r.seminar();
        return new ParticipantView(p.name(), p.email(), p.accessibilityNeeds(), r.status(), r.organisation().name(), s.id(),
                s.titleJa(), s.titleEn(), s.dateLabel(), s.westernDateLabel(), Times.inTokyo(s.startsAt()), s.venue(),
                r.status() == RegistrationStatus.CONFIRMED ? s.onlineLink() : null);
    }
}
