package org.seminardesk.registration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.registration.RegistrationInput.ParticipantInput;

/**
 * Registering without a portal link (POST /api/registrations): the registrant's own name and address (the
 * confirmation link goes there), their organisation — a member by id, or any other by name — and the people.
 */
public record RequestInput(
        @NotNull(message = RegistrationInput.CONSENT) @AssertTrue(message = RegistrationInput.CONSENT) Boolean privacyConsent,
        Boolean needsConsent,
        @NotNull Long seminarId,
        Long organisationId,
        @Size(max = 200) String organisationName,
        @NotNull @Valid Registrant registrant,
        @NotEmpty @Size(max = Registration.MAX_PARTICIPANTS) List<@NotNull @Valid ParticipantInput> participants,
        @Pattern(regexp = "ja|en", message = "ja or en") String language,
        @Size(max = 20) List<@NotNull @Valid AnswerInput> answers) implements java.io.Serializable {

    /** The person who registers and confirms by mail. */
    public record Registrant(@NotBlank @Size(max = 100) String name, @NotBlank @Email @Size(max = 254) String email) implements java.io.Serializable {
    }

    List<ParticipantDetails> people() {
        return participants.stream().map(RegistrationInput::person).toList();
    }
}
