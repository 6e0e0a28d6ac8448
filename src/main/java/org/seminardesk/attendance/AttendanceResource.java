package org.seminardesk.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.seminardesk.platform.DomainException;

/**
 * /api/attendance, for staff and organisers (web.xml): import a Zoom or Teams report as the request body,
 * assign the people it could not match, tick participants off at the door, and read or export the figures.
 */
@RequestScoped
@Transactional
@Path("attendance")
@Produces(MediaType.APPLICATION_JSON)
public class AttendanceResource {

    @Inject
    AttendanceService attendance;

    @Context
    SecurityContext security;

    /** 201 with the new import; 200 with the earlier one when this very file was imported before. */
    @POST
    @Path("seminars/{seminarId}/imports")
    @Consumes({"text/csv", MediaType.APPLICATION_OCTET_STREAM}) // not text/plain: a cross-site form may send that
    public Response importReport(@PathParam("seminarId") long seminarId, @QueryParam("fileName") String fileName,
                                 byte[] content, @Context UriInfo uri) {
        if (content == null || content.length == 0) {
            throw new AttendanceReportException(0, AttendanceReportException.Problem.EMPTY, "The file is empty");
        }
        ImportView view = attendance.importReport(seminarId, fileName, content, security.getUserPrincipal().getName());
        if (view.alreadyImported()) {
            return Response.ok(view).build();
        }
        return Response.created(uri.getBaseUriBuilder().path("attendance/imports/{id}").build(view.id())).entity(view).build();
    }

    @GET
    @Path("seminars/{seminarId}/imports")
    public List<ImportView> imports(@PathParam("seminarId") long seminarId) {
        return attendance.imports(seminarId);
    }

    @GET
    @Path("imports/{importId}")
    public ImportView importOf(@PathParam("importId") long importId) {
        return attendance.importView(importId);
    }

    @GET
    @Path("imports/{importId}/people")
    public List<PersonView> people(@PathParam("importId") long importId) {
        return attendance.people(importId);
    }

    @DELETE
    @Path("imports/{importId}")
    public Response deleteImport(@PathParam("importId") long importId) {
        attendance.deleteImport(importId);
        return Response.noContent().build();
    }

    /** The people no participant was found for, longest online first, a page at a time (first, max ≤ 500). */
    @GET
    @Path("seminars/{seminarId}/unmatched")
    public List<PersonView> unmatched(@PathParam("seminarId") long seminarId, @QueryParam("first") @DefaultValue("0") int first,
                                      @QueryParam("max") @DefaultValue("100") int max) {
        return attendance.unmatched(seminarId, first, max);
    }

    @PUT
    @Path("people/{personId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PersonView assign(@PathParam("personId") long personId, @NotNull @Valid PersonAssignment answer) {
        if (answer.participantId() != null) {
            return attendance.assign(personId, answer.participantId());
        }
        return answer.ignore() ? attendance.ignore(personId) : attendance.unassign(personId);
    }

    @PUT
    @Path("seminars/{seminarId}/participants/{participantId}/check-in")
    public AttendanceRow checkIn(@PathParam("seminarId") long seminarId, @PathParam("participantId") long participantId) {
        attendance.checkIn(seminarId, participantId, security.getUserPrincipal().getName());
        return attendance.row(seminarId, participantId);
    }

    @DELETE
    @Path("seminars/{seminarId}/participants/{participantId}/check-in")
    public AttendanceRow undoCheckIn(@PathParam("seminarId") long seminarId, @PathParam("participantId") long participantId) {
        attendance.undoCheckIn(seminarId, participantId);
        return attendance.row(seminarId, participantId);
    }

    @GET
    @Path("seminars/{seminarId}")
    public AttendanceReview review(@PathParam("seminarId") long seminarId) {
        return attendance.review(seminarId);
    }

    @PUT
    @Path("seminars/{seminarId}/threshold")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttendanceReview changeThreshold(@PathParam("seminarId") long seminarId, @NotNull @Valid ThresholdInput input) {
        attendance.changeThreshold(seminarId, input.thresholdPercent());
        return attendance.review(seminarId);
    }

    @GET
    @Path("seminars/{seminarId}/export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("seminarId") long seminarId) {
        return download(AttendanceExport.csv(attendance.review(seminarId)), seminarId, "csv");
    }

    @GET
    @Path("seminars/{seminarId}/export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("seminarId") long seminarId) {
        return download(AttendanceExport.xlsx(attendance.review(seminarId)), seminarId, "xlsx");
    }

    @Inject
    org.seminardesk.security.audit.AuditLog audit;

    /** A download of personal data: recorded in the audit log. */
    private Response download(byte[] file, long seminarId, String extension) {
        audit.record("download.attendance", "seminar", seminarId, extension);
        return Response.ok(file).header("Content-Disposition",
                "attachment; filename=\"seminar-" + seminarId + "-attendance." + extension + "\"").build();
    }
}
