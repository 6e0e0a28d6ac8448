package org.seminardesk.seminar;

import java.time.Instant;

/**
 * What an organiser sets on a seminar; the entity checks that it hangs together. venueCapacity and
 * onlineCapacity cap each mode of a hybrid seminar within the capacity (null: only the capacity limits it).
 */
public record SeminarDetails(String titleJa, String titleEn, String description, SeminarKind kind,
                             SeminarFormat format, Instant startsAt, Instant endsAt, String venue,
                             String onlineLink, int capacity, Instant registrationDeadline,
                             Integer venueCapacity, Integer onlineCapacity) implements java.io.Serializable {

    /** A seminar whose modes are not capped apart. */
    public SeminarDetails(String titleJa, String titleEn, String description, SeminarKind kind, SeminarFormat format,
                          Instant startsAt, Instant endsAt, String venue, String onlineLink, int capacity,
                          Instant registrationDeadline) {
        this(titleJa, titleEn, description, kind, format, startsAt, endsAt, venue, onlineLink, capacity,
                registrationDeadline, null, null);
    }
}
