package org.seminardesk.question;

import java.io.Serializable;
import java.util.List;

/**
 * What a registration form asks besides the usual details: the registration's own questions, answered once,
 * and the questions each person answers (kept to ask again of one more person). Serializable: forms are
 * view-scoped.
 */
public final class AskedOnForm implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final AskedOnForm NOTHING = new AskedOnForm(List.of(), List.of());

    private final List<QuestionView> ofEachPerson;
    private final List<AnswerField> ownAnswers;

    private AskedOnForm(List<QuestionView> ofEachPerson, List<AnswerField> ownAnswers) {
        this.ofEachPerson = ofEachPerson;
        this.ownAnswers = ownAnswers;
    }

    public static AskedOnForm of(Questions asked) {
        return new AskedOnForm(QuestionView.blank(asked.ofParticipant()),
                AnswerField.blank(QuestionView.blank(asked.ofRegistration())));
    }

    /** Blank questions for a person's row. */
    public List<QuestionView> ofEachPerson() {
        return ofEachPerson;
    }

    /** The registration's own questions as fields on the form. */
    public List<AnswerField> getOwnAnswers() {
        return ownAnswers;
    }

    /** What the form says to the registration's own questions. */
    public List<AnswerInput> ownInputs() {
        return AnswerField.inputs(ownAnswers);
    }
}
