package org.seminardesk.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.seminardesk.platform.DomainException;
import org.seminardesk.security.StaffMayRead;

/** /api/manage/seminars/{id}/registrations: who registered, for organisers and staff (the reads marked StaffMayRead; changes are organisers'). */
@RequestScoped
@Transactional
@Path("manage/seminars/{seminarId}/registrations")
@Produces(MediaType.APPLICATION_JSON)
public class ManageRegistrationsResource {

    @Inject
    RegistrationService registrations;

    @GET
    @StaffMayRead
    public SeminarRegistrationsView list(@PathParam("seminarId") long seminarId) {
        return registrations.seminarView(seminarId).orElseThrow(() -> DomainException.notFound("Seminar", seminarId));
    }

    /**
     * A new secret link for one registration (organisers: POST under /api/manage); mailed to its participants,
     * never returned here. 404 if the registration is not this seminar's.
     */
    @POST
    @Path("{registrationId}/link")
    public Response renewLink(@PathParam("seminarId") long seminarId, @PathParam("registrationId") long registrationId) {
        java.util.Map<String, Object> answer = new java.util.HashMap<>(java.util.Map.of("registrationId", registrationId, "linkRenewed", true));
        registrations.renewTokenOf(seminarId, registrationId).ifPresent(token -> answer.put("token", token.value()));
        return Response.ok(answer).build();
    }

    /** One participant's own link renewed (forwarded too widely): mailed to that person alone. */
    @POST
    @Path("{registrationId}/participants/{participantId}/link")
    public Response renewParticipantLink(@PathParam("seminarId") long seminarId, @PathParam("participantId") long participantId) {
        registrations.renewParticipantLink(seminarId, participantId);
        return Response.ok(java.util.Map.of("participantId", participantId, "linkRenewed", true)).build();
    }

    /** The participants as CSV (UTF-8 with BOM, for Excel): organisers and staff. */
    @GET
    @StaffMayRead
    @Path("export")
    @Produces("text/csv; charset=UTF-8")
    public Response export(@PathParam("seminarId") long seminarId) {
        return download(RegistrationExport.csv(list(seminarId)), seminarId, "csv");
    }

    /** The same as an Excel workbook. */
    @GET
    @StaffMayRead
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response exportXlsx(@PathParam("seminarId") long seminarId) {
        return download(RegistrationExport.xlsx(list(seminarId)), seminarId, "xlsx");
    }

    /** A download of personal data (names, addresses, needs): recorded in the audit log. */
    private Response download(byte[] file, long seminarId, String extension) {
        audit.record("download.participants", "seminar", seminarId, extension);
        return Response.ok(file)
                .header("Content-Disposition", "attachment; filename=\"seminar-" + seminarId + "-participants." + extension + "\"").build();
    }

    /** Organisers cancel a registration on its organisation's behalf; the reason goes into the mail it is sent. */
    @POST
    @Path("{registrationId}/cancel")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public SeminarRegistrationsView cancel(@PathParam("seminarId") long seminarId, @PathParam("registrationId") long registrationId,
                                           @jakarta.validation.Valid CancelInput input) {
        registrations.cancelOf(seminarId, registrationId, input == null ? null : input.reason());
        return list(seminarId);
    }

    /** reason: optional, told to the organisation. */
    public record CancelInput(@jakarta.validation.constraints.Size(max = 500) String reason) implements java.io.Serializable {
    }

    @Inject
    org.seminardesk.security.audit.AuditLog audit;
}
