package org.seminardesk.security.privacy;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * POST /api/admin/retention: admins run the retention erasure now (e.g. after shortening the period);
 * POST /api/admin/retention/erasures: after a backup is restored, every erasure made on request is applied again.
 */
@RequestScoped
@Path("admin/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {

    @Inject
    Retention retention;

    @Inject
    PrivacyRequests requests;

    @POST
    public Erasure.Erased runNow() {
        return retention.run();
    }

    @POST
    @Path("erasures")
    public java.util.Map<String, Integer> reapplyErasures() {
        return java.util.Map.of("addressesErasedAgain", requests.reapplyErasures());
    }
}
