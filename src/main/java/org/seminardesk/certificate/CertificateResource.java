package org.seminardesk.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.seminardesk.security.audit.AuditLog;

/**
 * /api/attendance/seminars/{id}/certificates (staff and organisers, web.xml): every attendee's certificate as
 * one PDF or a ZIP of one PDF each, and telling attendees by mail that theirs is ready.
 */
@RequestScoped
@Path("attendance/seminars/{seminarId}/certificates")
public class CertificateResource {

    @Inject
    CertificateService certificates;

    @Inject
    CertificateMail mail;

    @Inject
    AuditLog audit;

    public record Told(int told) implements java.io.Serializable {
    }

    @GET
    @Path("all.pdf")
    @Produces("application/pdf")
    public Response combined(@PathParam("seminarId") long seminarId) {
        return download(certificates.allOf(seminarId), seminarId, "pdf");
    }

    @GET
    @Path("all.zip")
    @Produces("application/zip")
    public Response zip(@PathParam("seminarId") long seminarId) {
        return download(zipOf(certificates.eachOf(seminarId)), seminarId, "zip");
    }

    /** Mails each attendee not yet told a link to their page with the certificate; repeating it tells nobody twice. */
    @POST
    @Path("mail")
    @Produces(MediaType.APPLICATION_JSON)
    public Told tell(@PathParam("seminarId") long seminarId) {
        return new Told(mail.tellAttendees(seminarId));
    }

    private Response download(byte[] file, long seminarId, String extension) {
        audit.record("download.certificates", "seminar", seminarId, extension);
        return Response.ok(file).header("Content-Disposition",
                        "attachment; filename=\"seminar-" + seminarId + "-certificates." + extension + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static byte[] zipOf(Map<String, byte[]> files) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
