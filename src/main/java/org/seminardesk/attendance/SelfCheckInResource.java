package org.seminardesk.attendance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.seminardesk.platform.api.ApiError;

/**
 * PUT /api/participants/{token}/check-in {"code":"123456"}: a participant checks in from their own link with
 * the code staff show during the seminar. 200 checked in (again: the first time), 422 a wrong code (with the
 * tries left), 409 outside the seminar's time or after too many wrong codes.
 */
@RequestScoped
@Path("participants/{token}/check-in")
@Produces(MediaType.APPLICATION_JSON)
public class SelfCheckInResource {

    @Inject
    CheckInService checkIns;

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response checkIn(@PathParam("token") String token, @NotNull @Valid CheckInResource.Code code) {
        CheckInService.SelfCheckIn answer = checkIns.selfCheckIn(token, code.code());
        return switch (answer.outcome()) {
            case CHECKED_IN, ALREADY -> Response.ok(answer).build();
            case WRONG_CODE -> refusal(422, "The code is not this seminar's (" + answer.triesLeft() + " tries left)", "code");
            case CLOSED -> refusal(409, "Self check-in is open from 30 minutes before the start to 30 minutes after the end", null);
            case LOCKED -> refusal(409, "Too many wrong codes: please check in at the reception", null);
        };
    }

    private static Response refusal(int status, String message, String field) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(new ApiError(status, message,
                field == null ? List.of() : List.of(new ApiError.FieldError(field, message)))).build();
    }
}
