package org.seminardesk.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.seminardesk.security.audit.AuditLog;

/** /api/attendance/years/{fiscalYear}: the year at a glance (staff and organisers, web.xml), as JSON, CSV or Excel. */
@RequestScoped
@Path("attendance/years/{fiscalYear}")
public class YearResource {

    @Inject
    YearAtAGlanceService years;

    @Inject
    AuditLog audit;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public YearAtAGlance glance(@PathParam("fiscalYear") int fiscalYear) {
        return years.glance(fiscalYear);
    }

    @GET
    @Path("export.csv")
    @Produces("text/csv; charset=UTF-8")
    public Response csv(@PathParam("fiscalYear") int fiscalYear) {
        return download(YearExport.csv(years.glance(fiscalYear)), fiscalYear, "csv");
    }

    @GET
    @Path("export.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("fiscalYear") int fiscalYear) {
        return download(YearExport.xlsx(years.glance(fiscalYear)), fiscalYear, "xlsx");
    }

    private Response download(byte[] file, int fiscalYear, String extension) {
        audit.record("download.year", "report", (long) fiscalYear, extension);
        return Response.ok(file).header("Content-Disposition",
                "attachment; filename=\"participation-" + fiscalYear + "." + extension + "\"").header("Cache-Control", "no-store").build();
    }
}
