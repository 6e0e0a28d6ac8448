package org.seminardesk.certificate;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.seminardesk.platform.DomainException;

/** /api/certificates/{number}: anyone may confirm a certificate by its number; the answer names no person. */
@RequestScoped
@Path("certificates/{number}")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateCheckResource {

    @Inject
    CertificateService certificates;

    @GET
    public CertificateService.Verification verify(@PathParam("number") String number) {
        return certificates.verify(number).orElseThrow(() -> DomainException.notFound("Certificate", "number"));
    }
}
