package org.seminardesk.registration;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.api.Times;

/** A seminar's registrations as organisers and staff see them, with the participant counts per status. */
public record SeminarRegistrationsView(long seminarId, int capacity, int seatsLeft, int confirmedParticipants,
                                       int waitlistedParticipants, List<Entry> registrations) implements java.io.Serializable {

    public record Entry(long id, String organisation, RegistrationStatus status, OffsetDateTime createdAt,
                        List<RegistrationView.ParticipantView> participants) implements java.io.Serializable {
    }

    static SeminarRegistrationsView of(org.seminardesk.seminar.Seminar seminar, List<Registration> registrations) {
        List<Entry> entries = registrations.stream().map(r -> new Entry(r.id(), r.organisation().name(), r.status(),
                Times.inTokyo(r.createdAt()), r.participants().stream()
                        .map(RegistrationView.ParticipantView::of)
                        .toList())).toList();
        return new SeminarRegistrationsView(seminar.id(), seminar.capacity(), seminar.seatsLeft(),
                participants(registrations, RegistrationStatus.CONFIRMED),
                participants(registrations, RegistrationStatus.WAITLISTED), entries);
    }

    private static int participants(List<Registration> registrations, RegistrationStatus status) {
        return registrations.stream().filter(r -> r.status() == status).mapToInt(r -> r.participants().size()).sum();
    }
}
