package org.seminardesk.seminar;

import java.time.Instant;

/** What an organiser sets on a seminar; the entity checks that it hangs together. */
public record SeminarDetails(String titleJa, String titleEn, String description, SeminarKind kind,
                             SeminarFormat format, Instant startsAt, Instant endsAt, String venue,
                             String onlineLink, int capacity, Instant registrationDeadline) implements java.io.Serializable {
}
