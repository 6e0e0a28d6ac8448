package org.seminardesk.platform.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds the JSON error answers shared by all exception mappers. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response of(int status, String message, List<ApiError.FieldError> fields) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ApiError(status, message, fields))
                .build();
    }

    static Response of(int status, String message) {
        return of(status, message, List.of());
    }
}
