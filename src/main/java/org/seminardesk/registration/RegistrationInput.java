package org.seminardesk.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.seminar.AttendanceMode;

/**
 * An organisation registering some of its staff for a seminar. privacyConsent: the organisation has read the
 * privacy notice (/privacy.xhtml) and its staff agree; no registration without it. needsConsent: those whose
 * accessibility needs are given explicitly agreed to their use (required whenever any needs are given).
 * Both are recorded (ConsentRecord).
 */
public record RegistrationInput(
        @NotNull(message = CONSENT) @AssertTrue(message = CONSENT) Boolean privacyConsent,
        @NotNull Long seminarId,
        @NotNull Long organisationId,
        @NotEmpty @Size(max = Registration.MAX_PARTICIPANTS) List<@NotNull @Valid ParticipantInput> participants,
        Boolean needsConsent,
        @Size(max = 20) List<@NotNull @Valid AnswerInput> answers) implements java.io.Serializable {

    static final String CONSENT = "must be true: the organisation agrees to the privacy notice (/privacy.xhtml)";

    /**
     * mode: VENUE or ONLINE, required at a hybrid seminar and ignored elsewhere; answers: to the seminar's
     * per-participant questions (GET /api/seminars/{id}/questions).
     */
    public record ParticipantInput(
            @NotBlank @Size(max = 100) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 1000) String accessibilityNeeds,
            AttendanceMode mode,
            @Size(max = 20) List<@NotNull @Valid AnswerInput> answers) implements java.io.Serializable {
    }

    public static ParticipantDetails person(ParticipantInput p) {
        return new ParticipantDetails(p.name(), p.email(), p.accessibilityNeeds(), p.mode(),
                p.answers() == null ? List.of() : p.answers());
    }

    Consent consent() {
        return Consent.of(Consent.GivenBy.REGISTRANT, Boolean.TRUE.equals(needsConsent));
    }

    List<ParticipantDetails> people() {
        return participants.stream().map(RegistrationInput::person).toList();
    }
}
