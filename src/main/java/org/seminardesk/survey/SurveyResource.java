package org.seminardesk.survey;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** /api/manage/surveys: organisers write, send and read surveys; staff may read (web.xml). */
@RequestScoped
@Transactional
@Path("manage/surveys")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SurveyResource {

    @Inject
    SurveyService surveys;

    @Context
    SecurityContext security;

    @GET
    public List<SurveyView> list() {
        return surveys.list();
    }

    public record Reminded(int mailed) implements java.io.Serializable {
    }

    /** Mails those who have not answered a fresh link (the old one stops working). */
    @POST
    @jakarta.ws.rs.Path("{id}/reminders")
    public Reminded remind(@jakarta.ws.rs.PathParam("id") long id) {
        return new Reminded(surveys.remind(id));
    }

    /** The standard satisfaction questionnaire to start from (POST it with a deadline); ?lang=en for English. */
    public record Template(String title, String intro, List<SurveyDraft.Question> questions) implements java.io.Serializable {
    }

    @GET
    @jakarta.ws.rs.Path("template")
    public Template template(@jakarta.ws.rs.QueryParam("lang") String lang) {
        java.util.Locale language = "en".equals(lang) ? java.util.Locale.ENGLISH : java.util.Locale.JAPANESE;
        return new Template(SatisfactionTemplate.title(language), SatisfactionTemplate.intro(language),
                SatisfactionTemplate.questions(language));
    }

    @POST
    public Response create(@NotNull @Valid SurveyDraft draft, @Context UriInfo uri) {
        SurveyView created = surveys.create(draft, security.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    public SurveyView get(@PathParam("id") long id) {
        return surveys.view(id);
    }

    @PUT
    @Path("{id}")
    public SurveyView edit(@PathParam("id") long id, @NotNull @Valid SurveyDraft draft) {
        return surveys.edit(id, draft);
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        surveys.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/send")
    public SurveyResults send(@PathParam("id") long id) {
        return surveys.send(id);
    }

    /** A new answer link for one member, mailed to it; the old link stops working. */
    @POST
    @Path("{id}/responses/{organisationId}/link")
    public SurveyResults renewLink(@PathParam("id") long id, @PathParam("organisationId") long organisationId) {
        return surveys.renewAnswerLink(id, organisationId);
    }

    @GET
    @Path("{id}/results")
    public SurveyResults results(@PathParam("id") long id) {
        return surveys.results(id);
    }

    @GET
    @Path("{id}/responses.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("id") long id) {
        byte[] file = surveys.csv(id);
        audit.record("download.survey", "survey", id, "csv");
        return Response.ok(file).header("Content-Disposition", "attachment; filename=\"survey-" + id + ".csv\"").build();
    }

    @Inject
    org.seminardesk.security.audit.AuditLog audit;
}
