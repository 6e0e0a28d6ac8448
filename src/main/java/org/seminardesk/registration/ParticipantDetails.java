package org.seminardesk.registration;

import java.util.List;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.seminar.AttendanceMode;

/**
 * One person an organisation registers, with what they need to take part (wheelchair access, captions…) and,
 * at a hybrid seminar, whether they come to the venue or join online (null: no choice).
 */
public record ParticipantDetails(String name, String email, String accessibilityNeeds, AttendanceMode mode,
                                 List<AnswerInput> answers) implements java.io.Serializable {

    /** Someone at a seminar that offers no choice of mode and asks them nothing. */
    public ParticipantDetails(String name, String email, String accessibilityNeeds) {
        this(name, email, accessibilityNeeds, null, List.of());
    }

    public ParticipantDetails(String name, String email, String accessibilityNeeds, AttendanceMode mode) {
        this(name, email, accessibilityNeeds, mode, List.of());
    }

    /** The same person with another choice. */
    public ParticipantDetails withMode(AttendanceMode chosen) {
        return new ParticipantDetails(name, email, accessibilityNeeds, chosen, answers);
    }

    /** The same person with their answers checked (see Questions.checkParticipant). */
    public ParticipantDetails withAnswers(List<AnswerInput> checked) {
        return new ParticipantDetails(name, email, accessibilityNeeds, mode, checked);
    }
}
