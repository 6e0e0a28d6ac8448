package org.seminardesk.seminar;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.function.Function;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.Roles;

/**
 * /api/seminars: the public reads published, held and cancelled seminars without their online link;
 * organisers (web.xml guards POST and PUT) also see drafts and the online link.
 */
@RequestScoped
@Transactional
@Path("seminars")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SeminarResource {

    @Inject
    SeminarService seminars;

    @Context
    SecurityContext security;

    @GET
    public List<SeminarView> list(@QueryParam("kind") SeminarKind kind, @QueryParam("fiscalYear") Integer fiscalYear) {
        List<SeminarStatus> statuses = isOrganiser() ? List.of(SeminarStatus.values()) : SeminarService.PUBLIC_STATUSES;
        return seminars.listInStatuses(statuses).stream()
                .filter(s -> kind == null || s.kind() == kind)
                .filter(s -> fiscalYear == null || s.fiscalYear() == fiscalYear)
                .map(view())
                .toList();
    }

    @GET
    @Path("{id}")
    public SeminarView get(@PathParam("id") long id) {
        return (isOrganiser() ? seminars.find(id) : seminars.findPublic(id)).map(view())
                .orElseThrow(() -> DomainException.notFound("Seminar", id));
    }

    @POST
    public Response create(@NotNull @Valid SeminarInput input, @Context UriInfo uri) {
        Seminar seminar = seminars.create(input.details(), input.status(), input.options());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(seminar.id())).build())
                .entity(SeminarView.forOrganisers(seminar)).build();
    }

    @PUT
    @Path("{id}")
    public SeminarView update(@PathParam("id") long id, @NotNull @Valid SeminarInput input) {
        return SeminarView.forOrganisers(seminars.update(id, input.details(), input.status(), input.options(),
                input.cancelReason()));
    }

    /**
     * POST /api/seminars/{id}/copies {"startDate":"2027-02-18"}: a draft of the same seminar or meeting on that
     * day, at the same time of day (201, Location of the copy).
     */
    @POST
    @Path("{id}/copies")
    public Response copy(@PathParam("id") long id, @NotNull @Valid CopyInput input, @Context UriInfo uri) {
        Seminar copy = seminars.copy(id, input.startDate());
        return Response.created(uri.getBaseUriBuilder().path("seminars").path(String.valueOf(copy.id())).build())
                .entity(SeminarView.forOrganisers(copy)).build();
    }

    /** The day a copy starts on, in Japan. */
    public record CopyInput(@NotNull java.time.LocalDate startDate) implements java.io.Serializable {
    }

    private boolean isOrganiser() {
        return security.isUserInRole(Roles.ORGANISER);
    }

    private Function<Seminar, SeminarView> view() {
        return isOrganiser() ? SeminarView::forOrganisers : SeminarView::forPublic;
    }
}
