package org.seminardesk.platform.api;

import jakarta.transaction.RollbackException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The request's transaction could not commit: see {@link PersistenceConflicts}. */
@Provider
public class RollbackExceptionMapper implements ExceptionMapper<RollbackException> {

    @Override
    public Response toResponse(RollbackException exception) {
        return PersistenceConflicts.toResponse(exception);
    }
}
