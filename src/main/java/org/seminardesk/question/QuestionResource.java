package org.seminardesk.question;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * /api/seminars/{id}/questions: what a seminar asks at registration. Anyone may read them (a registration
 * answers them by id); organisers replace the list (web.xml guards PUT).
 */
@RequestScoped
@Path("seminars/{seminarId}/questions")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    QuestionService questions;

    /** A question as the API shows it. */
    public record QuestionOut(long id, int position, QuestionKind kind, String text, boolean required, boolean perParticipant,
                              List<String> options) implements java.io.Serializable {

        static QuestionOut of(SeminarQuestion q) {
            return new QuestionOut(q.id(), q.position(), q.kind(), q.text(), q.required(), q.perParticipant(), q.options());
        }
    }

    @GET
    public List<QuestionOut> list(@PathParam("seminarId") long seminarId) {
        return questions.ofExisting(seminarId).all().stream().map(QuestionOut::of).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public List<QuestionOut> replace(@PathParam("seminarId") long seminarId,
                                     @NotNull @Size(max = SeminarQuestion.MAX_QUESTIONS) List<@NotNull @Valid QuestionDraft> drafts) {
        return questions.replaceQuestions(seminarId, drafts).all().stream().map(QuestionOut::of).toList();
    }
}
