package org.seminardesk.survey;

import org.seminardesk.question.AnswerInput;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import org.seminardesk.platform.api.RequestLanguage;

/** /api/survey-responses/{token}: a member organisation reads a survey and answers it through its own link. */
@RequestScoped
@Path("survey-responses/{token}")
@Produces(MediaType.APPLICATION_JSON)
public class SurveyAnswerResource {

    /** {"answers": [{"questionId": 4, "options": [1]}, {"questionId": 5, "text": "…"}]}. */
    public record Answers(@NotNull @Size(max = 30) List<@NotNull @Valid AnswerInput> answers) implements java.io.Serializable {
    }

    @Inject
    SurveyService surveys;

    @Context
    HttpHeaders headers;

    @GET
    public ResponseView get(@PathParam("token") String token) {
        return surveys.response(token, language());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ResponseView answer(@PathParam("token") String token, @NotNull @Valid Answers answers) {
        return surveys.answer(token, answers.answers(), language());
    }

    private Locale language() {
        return RequestLanguage.of(headers);
    }
}
