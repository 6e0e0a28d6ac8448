package org.seminardesk.survey;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.seminardesk.platform.DomainException;
import org.seminardesk.platform.web.PageParams;
import org.seminardesk.platform.web.TokenLinkServlet;

/** /s/{token}: a member organisation answers a survey until its deadline. The token stays in the view state. */
@Named
@ViewScoped
public class SurveyAnswerPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SurveyService surveys;

    private String token;
    private ResponseView response;
    private List<AnswerRow> answers = List.of();

    /** One question with the answer being given: an option index, option indexes, or text. */
    public static class AnswerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ResponseView.Question question;
        private Integer choice;
        private Integer[] choices;
        private String text;

        AnswerRow(ResponseView.Question question) {
            this.question = question;
            this.choice = question.chosen().isEmpty() ? null : question.chosen().get(0);
            this.choices = question.chosen().toArray(Integer[]::new);
            this.text = question.answer();
        }

        /** Nothing given for an optional question leaves it out; a required one is refused by the rule. */
        AnswerInput input() {
            return switch (QuestionKind.valueOf(question.kind())) {
                case SINGLE -> choice == null ? null : new AnswerInput(question.id(), List.of(choice), null);
                case MULTIPLE -> choices == null || choices.length == 0 ? null : new AnswerInput(question.id(), List.of(choices), null);
                case TEXT -> text == null || text.isBlank() ? null : new AnswerInput(question.id(), null, text);
            };
        }

        public ResponseView.Question getQuestion() {
            return question;
        }

        public Integer getChoice() {
            return choice;
        }

        public void setChoice(Integer choice) {
            this.choice = choice;
        }

        public Integer[] getChoices() {
            return choices == null ? null : choices.clone();
        }

        public void setChoices(Integer[] choices) {
            this.choices = choices == null ? null : choices.clone();
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }
    }

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        try {
            response = token == null ? null : surveys.response(token, org.seminardesk.platform.i18n.PageTexts.language());
            answers = response == null ? List.of() : response.questions().stream().map(AnswerRow::new).toList();
        } catch (DomainException unknown) {
            response = null;
        }
        if (response == null) {
            PageParams.notFound();
        }
    }

    public void submit() {
        List<AnswerInput> given = new ArrayList<>();
        answers.stream().map(AnswerRow::input).filter(a -> a != null).forEach(given::add);
        try {
            response = surveys.answer(token, given, org.seminardesk.platform.i18n.PageTexts.language());
            PageParams.info("surveyAnswer.thanks");
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    public ResponseView getResponse() {
        return response;
    }

    public List<AnswerRow> getAnswers() {
        return answers;
    }
}
