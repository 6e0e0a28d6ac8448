package org.seminardesk.seminar;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.api.Times;

/**
 * A seminar as the API accepts it. Times are ISO-8601 with offset, e.g. 2022-02-18T10:00:00+09:00.
 * status is optional: a new seminar starts as DRAFT; speakerIds replaces the speakers when given;
 * venueId names a venue record (address, access notes; left out on an edit: unchanged);
 * reminderHoursBefore sets the reminder slots (default on creation [168, 24]; left out on an edit: unchanged);
 * linkReleaseMinutesBefore holds the online link back from confirmed participants until that many minutes before
 * the start, when a mail brings it (0: shown from confirmation, the default; left out on an edit: unchanged);
 * cancelReason is recorded on every registration when the status becomes CANCELLED;
 * venueCapacity and onlineCapacity cap each mode of a HYBRID seminar within capacity (left out: only capacity limits it;
 * an edit that leaves them out removes the caps).
 */
public record SeminarInput(
        @NotBlank @Size(max = 200) String titleJa,
        @Size(max = 200) String titleEn,
        @Size(max = 4000) String description,
        @NotNull SeminarKind kind,
        @NotNull SeminarFormat format,
        @NotNull OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Size(max = 300) String venue,
        @Size(max = 500) String onlineLink,
        @NotNull @PositiveOrZero @Max(100_000) Integer capacity,
        OffsetDateTime registrationDeadline,
        SeminarStatus status,
        @Size(max = 20) List<@NotNull Long> speakerIds,
        @Size(max = ReminderSchedule.MAX_SLOTS) List<@NotNull Integer> reminderHoursBefore,
        Long venueId,
        @Min(0) @Max(Seminar.MAX_LINK_RELEASE_MINUTES) Integer linkReleaseMinutesBefore,
        @Size(max = 500) String cancelReason,
        @PositiveOrZero @Max(100_000) Integer venueCapacity,
        @PositiveOrZero @Max(100_000) Integer onlineCapacity) implements java.io.Serializable {

    SeminarOptions options() {
        return new SeminarOptions(speakerIds, venueId, reminderHoursBefore, linkReleaseMinutesBefore);
    }

    SeminarDetails details() {
        return new SeminarDetails(titleJa, titleEn, description, kind, format, Times.toInstant(startsAt),
                Times.toInstant(endsAt), venue, onlineLink, capacity, Times.toInstant(registrationDeadline),
                venueCapacity, onlineCapacity);
    }
}
