package org.seminardesk.registration;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import org.seminardesk.platform.i18n.PageTexts;
import java.util.List;
import org.seminardesk.question.AnswerField;
import org.seminardesk.question.AnswerInput;
import org.seminardesk.question.Question;
import org.seminardesk.question.QuestionView;
import org.seminardesk.seminar.AttendanceMode;

/**
 * A person as typed into a registration form (the public form, an organisation's portal); checked with the
 * API's rules (RegistrationInput.ParticipantInput) when submitted. mode: venue or online, at a hybrid seminar.
 */
public class PersonRow implements Serializable {

    private static final long serialVersionUID = 1L;
    private String name;
    private String email;
    private String needs;
    private AttendanceMode mode;
    private List<AnswerField> questions = List.of();

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNeeds() {
        return needs;
    }

    public void setNeeds(String needs) {
        this.needs = needs;
    }

    public AttendanceMode getMode() {
        return mode;
    }

    public void setMode(AttendanceMode mode) {
        this.mode = mode;
    }

    /** Nothing typed (an extra row left empty). */
    public boolean isEmpty() {
        return strip(name) == null && strip(email) == null && strip(needs) == null && mode == null
                && AnswerField.inputs(questions).isEmpty();
    }

    public RegistrationInput.ParticipantInput input() {
        return new RegistrationInput.ParticipantInput(strip(name), strip(email), strip(needs), mode, AnswerField.inputs(questions));
    }

    /** The seminar's per-participant questions this person answers on the form. */
    public PersonRow asking(List<QuestionView> asked) {
        this.questions = AnswerField.blank(asked);
        return this;
    }

    /** The same with what they answered before (correcting a person). */
    public PersonRow asking(List<? extends Question> asked, List<AnswerInput> given) {
        this.questions = AnswerField.forQuestions(asked, given);
        return this;
    }

    public List<AnswerField> getQuestions() {
        return questions;
    }

    /**
     * At a hybrid seminar the row must say venue or online; if it does not, the field (clientId) gets the
     * message and the answer is false.
     */
    public boolean modeChosen(boolean asked, String clientId) {
        if (!asked || mode != null) {
            return true;
        }
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                PageTexts.text("error.registration.modeRequired"), null));
        return false;
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
