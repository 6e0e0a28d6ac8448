package org.seminardesk.registration;

/**
 * Fired synchronously inside the transaction that made the change, so that what observers write (the mail
 * outbox) commits or rolls back with it.
 */
public record RegistrationEvent(Registration registration, Change change) {

    public enum Change { REGISTERED, PROMOTED }
}
