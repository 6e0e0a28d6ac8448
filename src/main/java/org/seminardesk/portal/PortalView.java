package org.seminardesk.portal;

import java.time.Instant;
import java.util.List;
import org.seminardesk.meeting.MeetingService;
import org.seminardesk.registration.Registration;
import org.seminardesk.registration.RegistrationStatus;
import org.seminardesk.registration.RequestView;
import org.seminardesk.seminar.AttendanceMode;
import org.seminardesk.seminar.Seminar;
import org.seminardesk.survey.SurveyService;

/** What a contact sees on their organisation's portal. Titles in Japanese and English; the page picks. */
public record PortalView(String organisation, String contact, String language, List<Offer> openSeminars,
                         List<Held> registrations, List<RequestView> awaitingApproval, List<SurveyService.Asked> surveys,
                         List<MeetingService.Consulted> meetings) implements java.io.Serializable {

    /** A seminar open for registration, and the organisation's registration for it if it has one. */
    public record Offer(long seminarId, String titleJa, String titleEn, String dateLabel, String westernDateLabel,
                        String venue, int seatsLeft, Long registrationId, RegistrationStatus registrationStatus,
                        int participants, boolean modeChoice, int venueSeatsLeft, int onlineSeatsLeft)
            implements java.io.Serializable {

        /** modeChoice: a hybrid seminar, where each person chooses the venue or online (seats left per mode). */
        static Offer of(Seminar s, Registration own) {
            return new Offer(s.id(), s.titleJa(), s.titleEn(), s.dateLabel(), s.westernDateLabel(), s.venue(), s.seatsLeft(),
                    own == null ? null : own.id(), own == null ? null : own.status(), own == null ? 0 : own.participants().size(),
                    s.asksForMode(), s.seatsLeft(AttendanceMode.VENUE), s.seatsLeft(AttendanceMode.ONLINE));
        }
    }

    /** One of the organisation's registrations, past or upcoming, cancelled ones included. */
    public record Held(long registrationId, long seminarId, String titleJa, String titleEn, String dateLabel,
                       String westernDateLabel, RegistrationStatus status, int participants, boolean upcoming) implements java.io.Serializable {

        static Held of(Registration r, Instant now) {
            Seminar s = r.seminar();
            return new Held(r.id(), s.id(), s.titleJa(), s.titleEn(), s.dateLabel(), s.westernDateLabel(), r.status(),
                    r.participants().size(), s.startsAt().isAfter(now));
        }
    }
}
