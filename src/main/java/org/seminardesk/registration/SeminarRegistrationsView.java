package org.seminardesk.registration;

import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.api.Times;
import org.seminardesk.seminar.AttendanceMode;

/** A seminar's registrations as organisers and staff see them, with the participant counts per status. */
public record SeminarRegistrationsView(long seminarId, int capacity, int seatsLeft, int confirmedParticipants,
                                       int waitlistedParticipants, List<Entry> registrations, ModeCounts modes)
        implements java.io.Serializable {

    /** At a hybrid seminar: confirmed and waitlisted people per mode, with each mode's cap (null: only the total). */
    public record ModeCounts(int venueConfirmed, int onlineConfirmed, int venueWaitlisted, int onlineWaitlisted,
                             Integer venueCapacity, Integer onlineCapacity) implements java.io.Serializable {
    }

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
                participants(registrations, RegistrationStatus.WAITLISTED), entries,
                seminar.asksForMode() ? new ModeCounts(
                        people(registrations, RegistrationStatus.CONFIRMED, AttendanceMode.VENUE),
                        people(registrations, RegistrationStatus.CONFIRMED, AttendanceMode.ONLINE),
                        people(registrations, RegistrationStatus.WAITLISTED, AttendanceMode.VENUE),
                        people(registrations, RegistrationStatus.WAITLISTED, AttendanceMode.ONLINE),
                        seminar.venueCapacity(), seminar.onlineCapacity()) : null);
    }

    private static int people(List<Registration> registrations, RegistrationStatus status, AttendanceMode mode) {
        return (int) registrations.stream().filter(r -> r.status() == status)
                .flatMap(r -> r.participants().stream()).filter(p -> p.mode() == mode).count();
    }

    private static int participants(List<Registration> registrations, RegistrationStatus status) {
        return registrations.stream().filter(r -> r.status() == status).mapToInt(r -> r.participants().size()).sum();
    }
}
