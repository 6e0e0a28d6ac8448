package org.seminardesk.registration;

import org.seminardesk.seminar.AttendanceMode;

/**
 * One person an organisation registers, with what they need to take part (wheelchair access, captions…) and,
 * at a hybrid seminar, whether they come to the venue or join online (null: no choice).
 */
public record ParticipantDetails(String name, String email, String accessibilityNeeds, AttendanceMode mode)
        implements java.io.Serializable {

    /** Someone at a seminar that offers no choice of mode. */
    public ParticipantDetails(String name, String email, String accessibilityNeeds) {
        this(name, email, accessibilityNeeds, null);
    }

    /** The same person with another choice. */
    public ParticipantDetails withMode(AttendanceMode chosen) {
        return new ParticipantDetails(name, email, accessibilityNeeds, chosen);
    }
}
