package org.seminardesk.survey;

import org.seminardesk.question.AnswerField;
import org.seminardesk.question.AnswerInput;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    private List<AnswerField> answers = List.of();

    @PostConstruct
    void load() {
        token = TokenLinkServlet.token().orElse(null);
        try {
            response = token == null ? null : surveys.response(token, org.seminardesk.platform.i18n.PageTexts.language());
            answers = response == null ? List.of() : response.questions().stream().map(AnswerField::new).toList();
        } catch (DomainException unknown) {
            response = null;
        }
        if (response == null) {
            PageParams.notFound();
        }
    }

    public void submit() {
        List<AnswerInput> given = AnswerField.inputs(answers);
        try {
            response = surveys.answer(token, given, org.seminardesk.platform.i18n.PageTexts.language());
            PageParams.info(response.anonymous() ? "surveyAnswer.thanksAnonymous" : "surveyAnswer.thanks");
        } catch (DomainException refused) {
            PageParams.refused(refused);
        }
    }

    public ResponseView getResponse() {
        return response;
    }

    public List<AnswerField> getAnswers() {
        return answers;
    }
}
