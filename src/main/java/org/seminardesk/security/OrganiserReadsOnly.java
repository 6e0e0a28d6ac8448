package org.seminardesk.security;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Least privilege for reads: web.xml lets staff GET /api/manage/* as a whole, since a
 * URL pattern cannot name one route inside a prefix. Here every such GET not marked {@link StaffMayRead} also
 * needs the ORGANISER role (pro bono contacts, survey answers, recipients, the outbox, the annual report).
 */
@Provider
public class OrganiserReadsOnly implements DynamicFeature {

    private static final String GUARDED_PREFIX = "manage/";

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Path classPath = resource.getResourceClass().getAnnotation(Path.class);
        boolean guarded = classPath != null && classPath.value().startsWith(GUARDED_PREFIX);
        if (guarded && resource.getResourceMethod().isAnnotationPresent(GET.class)
                && !resource.getResourceMethod().isAnnotationPresent(StaffMayRead.class)) {
            context.register(new OrganisersOnly(), Priorities.AUTHORIZATION);
        }
    }

    /** 403 for a caller who is staff but not organiser (the container has already refused everyone else). */
    static final class OrganisersOnly implements ContainerRequestFilter {
        @Override
        public void filter(ContainerRequestContext request) {
            if (!request.getSecurityContext().isUserInRole(Roles.ORGANISER)) {
                throw new ForbiddenException("Organisers only");
            }
        }
    }
}
