package org.seminardesk.survey;

import org.seminardesk.question.QuestionKind;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.seminardesk.organisation.FacilityType;

/**
 * A survey as organisers write it: title, introduction, deadline for answers, the facility types it goes to
 * (none: every member organisation) and its questions in order. Choice questions list 2 to 20 options.
 * seminarId: a feedback questionnaire to that seminar's participants instead (participants: ALL, ATTENDED or
 * NO_SHOWS, default ALL; anonymous: answers not linked to the person).
 */
public record SurveyDraft(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String intro,
                          @NotNull OffsetDateTime deadline, Set<@NotNull FacilityType> facilityTypes,
                          @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid Question> questions,
                          Long seminarId, ParticipantGroup participants, Boolean anonymous) implements java.io.Serializable {

    public record Question(@NotNull QuestionKind kind, @NotBlank @Size(max = 500) String text, boolean required,
                           @Size(max = 20) List<@NotBlank @Size(max = 200) String> options) implements java.io.Serializable {
    }
}
