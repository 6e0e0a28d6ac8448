package org.seminardesk.registration;

/** One person an organisation registers, with what they need to take part (wheelchair access, captions…). */
public record ParticipantDetails(String name, String email, String accessibilityNeeds) implements java.io.Serializable {
}
