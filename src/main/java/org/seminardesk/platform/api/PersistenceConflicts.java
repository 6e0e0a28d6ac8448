package org.seminardesk.platform.api;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.seminardesk.platform.persistence.UniqueKeys;

/**
 * Database failures that a client caused by racing another one: an optimistic-lock clash (someone changed the
 * same record meanwhile) or a unique key taken between check and insert. Both are 409; anything else is a
 * genuine server error, logged here and answered without internals.
 */
final class PersistenceConflicts {

    private static final Logger LOG = Logger.getLogger(PersistenceConflicts.class);

    private PersistenceConflicts() {
    }

    static Response toResponse(Throwable failure) {
        if (UniqueKeys.violated(failure)) {
            return ErrorResponses.of(409, "This already exists");
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException
                    || cause instanceof org.hibernate.StaleStateException) {
                return ErrorResponses.of(409, "The record was changed by someone else meanwhile; reload and try again");
            }
        }
        LOG.error("Unexpected database failure", failure);
        return ErrorResponses.of(500, "The server could not complete the request");
    }
}
