package org.seminardesk.material;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.time.OffsetDateTime;
import java.util.List;
import org.seminardesk.platform.api.Times;
import org.seminardesk.security.Roles;

/**
 * /api/seminars/{id}/materials: the public reads (and downloads) what everyone may see; organisers (web.xml
 * guards POST and DELETE) see all, upload a file as the request body, add a recording link, remove, announce.
 */
@RequestScoped
@Path("seminars/{seminarId}/materials")
@Produces(MediaType.APPLICATION_JSON)
public class MaterialResource {

    @Inject
    MaterialService materials;

    @Inject
    MaterialMail mail;

    @Context
    SecurityContext security;

    /** A recording: its address and when it may be watched (both ends optional). */
    public record RecordingInput(@NotNull @Size(max = 200) String title, @NotNull @Size(max = 500) String url,
                                 @NotNull Audience audience, @NotNull Timing timing, OffsetDateTime availableFrom,
                                 OffsetDateTime availableUntil) implements java.io.Serializable {
    }

    public record Announced(int told) implements java.io.Serializable {
    }

    @GET
    public List<MaterialView> list(@PathParam("seminarId") long seminarId) {
        return organiser() ? materials.all(seminarId) : materials.publicOf(seminarId);
    }

    /** The file itself: PDF or Office, as uploaded; 404 when the reader may not see it. */
    @GET
    @Path("{materialId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("seminarId") long seminarId, @PathParam("materialId") long materialId) {
        return file(organiser() ? materials.forOrganisers(seminarId, materialId) : materials.forPublic(seminarId, materialId));
    }

    @POST
    @Consumes({"application/pdf", "application/octet-stream", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.ms-powerpoint",
            "application/msword", "application/vnd.ms-excel"})
    public Response upload(@PathParam("seminarId") long seminarId, @QueryParam("title") String title,
                           @QueryParam("fileName") String fileName, @QueryParam("audience") Audience audience,
                           @QueryParam("timing") Timing timing, byte[] content) {
        MaterialView added = materials.addFile(seminarId, title, fileName, content, audience,
                timing == null ? Timing.ANY_TIME : timing, security.getUserPrincipal().getName());
        return Response.status(201).entity(added).build();
    }

    @POST
    @Path("recordings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addRecording(@PathParam("seminarId") long seminarId, @NotNull @Valid RecordingInput input) {
        MaterialView added = materials.addRecording(seminarId, input.title(), input.url(), input.audience(), input.timing(),
                Times.toInstant(input.availableFrom()), Times.toInstant(input.availableUntil()),
                security.getUserPrincipal().getName());
        return Response.status(201).entity(added).build();
    }

    @DELETE
    @Path("{materialId}")
    public Response remove(@PathParam("seminarId") long seminarId, @PathParam("materialId") long materialId) {
        materials.remove(seminarId, materialId);
        return Response.noContent().build();
    }

    /** Mails those who may see it now that it is there; once per material (409 after). */
    @POST
    @Path("{materialId}/announce")
    public Announced announce(@PathParam("seminarId") long seminarId, @PathParam("materialId") long materialId) {
        return new Announced(mail.announce(seminarId, materialId));
    }

    private boolean organiser() {
        return security.isUserInRole(Roles.ORGANISER);
    }

    /** A download that the browser saves (never shows inline), named as uploaded. */
    static Response file(MaterialService.Download file) {
        String encoded = java.net.URLEncoder.encode(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", "attachment; filename=\"material\"; filename*=UTF-8''" + encoded)
                .header("Cache-Control", "private, no-store").build();
    }
}
