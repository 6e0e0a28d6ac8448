package org.seminardesk.security.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;

/** /api/admin/audit: the latest changes first, for admins (web.xml). */
@RequestScoped
@Path("admin/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    public record Entry(Long id, Instant at, String actor, String action, String subjectType, Long subjectId, String detail) implements java.io.Serializable {

        static Entry of(AuditEntry entry) {
            return new Entry(entry.id(), entry.at(), entry.actor(), entry.action(), entry.subjectType(), entry.subjectId(), entry.detail());
        }
    }

    @Inject
    AuditLog log;

    @GET
    public List<Entry> latest(@QueryParam("first") @DefaultValue("0") @Min(0) int first,
                              @QueryParam("max") @DefaultValue("100") @Min(1) @Max(500) int max) {
        return log.latest(first, max).stream().map(Entry::of).toList();
    }
}
