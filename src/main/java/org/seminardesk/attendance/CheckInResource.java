package org.seminardesk.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Check-in by code for staff (web.xml: /api/attendance/* is staff and organisers'): POST …/check-ins a
 * participant's code scanned or typed at the door; GET …/check-ins/code the seminar's self check-in code to show
 * at the venue or online. (A root path of its own: JAX-RS picks one resource class per request by its path.)
 */
@RequestScoped
@Path("attendance/seminars/{seminarId}/check-ins")
@Produces(MediaType.APPLICATION_JSON)
public class CheckInResource {

    @Inject
    CheckInService checkIns;

    @Context
    SecurityContext security;

    public record Code(@NotNull @Size(max = 40) String code) implements java.io.Serializable {
    }

    public record SelfCheckinCode(String code, boolean open) implements java.io.Serializable {
    }

    /** Someone at the door who had not registered: name and organisation; an address if they want mail. */
    public record WalkIn(@NotNull Long organisationId, @NotNull @Size(min = 1, max = 100) String name,
                         @Size(max = 254) @jakarta.validation.constraints.Email String email) implements java.io.Serializable {
    }

    /** Registers and checks in someone who came without registering (201); refused when the room is full. */
    @POST
    @Path("walk-ins")
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response walkIn(@PathParam("seminarId") long seminarId, @NotNull @jakarta.validation.Valid WalkIn walkIn) {
        return jakarta.ws.rs.core.Response.status(201).entity(checkIns.walkIn(seminarId, walkIn.organisationId(),
                walkIn.name(), walkIn.email(), security.getUserPrincipal().getName())).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public CheckInService.CheckedIn checkIn(@PathParam("seminarId") long seminarId, @NotNull @jakarta.validation.Valid Code code) {
        return checkIns.byCode(seminarId, code.code(), security.getUserPrincipal().getName());
    }

    @GET
    @Path("code")
    public SelfCheckinCode selfCheckinCode(@PathParam("seminarId") long seminarId) {
        return new SelfCheckinCode(checkIns.selfCheckinCode(seminarId), checkIns.selfCheckinOpen(seminarId));
    }
}
