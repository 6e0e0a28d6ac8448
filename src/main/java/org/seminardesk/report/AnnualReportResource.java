package org.seminardesk.report;

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
import jakarta.ws.rs.core.Response;

/**
 * /api/manage/reports/{fiscalYear}: the annual report's contents as JSON, its plans text, and the Word
 * document (report.docx). Organisers write; staff may read (web.xml).
 */
@RequestScoped
@Path("manage/reports/{year}")
@Produces(MediaType.APPLICATION_JSON)
public class AnnualReportResource {

    /** {"plans": "…"}: the next year's plans, the report's closing section. */
    public record PlansInput(@NotNull @Size(max = AnnualReportService.MAX_PLANS) String plans) implements java.io.Serializable {
    }

    @Inject
    AnnualReportService reports;

    @GET
    public AnnualReport report(@PathParam("year") int year) {
        return reports.report(year);
    }

    @PUT
    @Path("plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public AnnualReport plans(@PathParam("year") int year, @NotNull @Valid PlansInput input) {
        reports.writePlans(year, input.plans());
        return reports.report(year);
    }

    @GET
    @Path("report.docx")
    @Produces("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    public Response docx(@PathParam("year") int year) {
        byte[] file = reports.docx(year);
        audit.record("download.report", "report", (long) year, "docx");
        return Response.ok(file)
                .header("Content-Disposition", "attachment; filename=\"annual-report-" + year + ".docx\"").build();
    }

    @Inject
    org.seminardesk.security.audit.AuditLog audit;
}
