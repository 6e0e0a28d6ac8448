package org.seminardesk.mail.announcement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.seminardesk.organisation.FacilityType;
import org.seminardesk.registration.RegistrationStatus;

/**
 * An announcement as the API accepts it. audience: ALL_ORGANISATIONS, FACILITY_TYPES (with facilityTypes) or
 * SEMINAR_REGISTRANTS (with seminarId and registrantStatuses, CONFIRMED and/or WAITLISTED), or after a seminar
 * SEMINAR_ATTENDEES / SEMINAR_NO_SHOWS (with seminarId: a thank-you or a follow-up). The English
 * subject and body are optional, together; subjects are one line.
 */
public record AnnouncementInput(
        @NotBlank @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subjectJa,
        @NotBlank @Size(max = 5000) String bodyJa,
        @Size(max = 200) @Pattern(regexp = "[^\\r\\n]*", message = "must be one line") String subjectEn,
        @Size(max = 5000) String bodyEn,
        @NotNull Announcement.Audience audience,
        @Size(max = 8) Set<@NotNull FacilityType> facilityTypes,
        Long seminarId,
        @Size(max = 2) List<@NotNull RegistrationStatus> registrantStatuses) implements java.io.Serializable {

    AnnouncementDetails details() {
        List<RegistrationStatus> statuses = registrantStatuses == null ? List.of() : registrantStatuses;
        if (statuses.contains(RegistrationStatus.CANCELLED)) {
            throw org.seminardesk.platform.DomainException.invalid("registrantStatuses",
                    "Announcements go to CONFIRMED or WAITLISTED registrants");
        }
        return new AnnouncementDetails(subjectJa, bodyJa, subjectEn, bodyEn, audience, facilityTypes, seminarId,
                statuses.contains(RegistrationStatus.CONFIRMED), statuses.contains(RegistrationStatus.WAITLISTED));
    }
}
