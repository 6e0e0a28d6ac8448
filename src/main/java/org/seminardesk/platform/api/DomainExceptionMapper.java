package org.seminardesk.platform.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.seminardesk.platform.DomainException;

/** A rule that said no: 404 unknown, 409 conflicts with the current state, 422 a value the rules reject. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException exception) {
        int status = switch (exception.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID -> 422;
        };
        List<ApiError.FieldError> fields = exception.field() == null
                ? List.of()
                : List.of(new ApiError.FieldError(exception.field(), exception.getMessage()));
        return ErrorResponses.of(status, exception.getMessage(), fields);
    }
}
