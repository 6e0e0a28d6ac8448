package org.seminardesk.survey;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.seminardesk.organisation.FacilityType;

/**
 * A survey as organisers see it in lists and the editor; seminarId, participants and anonymous for a feedback
 * questionnaire to a seminar's participants.
 */
public record SurveyView(long id, String title, String intro, Instant deadline, String status, Set<FacilityType> facilityTypes,
                         Instant sentAt, List<Question> questions, Long seminarId, ParticipantGroup participants,
                         boolean anonymous) implements java.io.Serializable {

    public record Question(long id, int position, String kind, String text, boolean required, List<String> options) implements java.io.Serializable {
    }

    /** Copies every collection: the view is written as JSON after the transaction, when lazy ones can no longer load. */
    static SurveyView of(Survey survey) {
        return new SurveyView(survey.id(), survey.title(), survey.intro(), survey.deadline(), survey.status().name(),
                Set.copyOf(survey.facilityTypes()), survey.sentAt(), survey.questions().stream()
                .map(q -> new Question(q.id(), q.position(), q.kind().name(), q.text(), q.required(), List.copyOf(q.options()))).toList(),
                survey.seminar() == null ? null : survey.seminar().id(), survey.participantGroup(), survey.anonymous());
    }
}
