package org.seminardesk.registration;

/**
 * Fired synchronously inside the transaction that made the change, so that what observers write (the mail
 * outbox) commits or rolls back with it. note is the organiser's own words, where there are any (the reason a
 * seminar was cancelled).
 */
public record RegistrationEvent(Registration registration, Change change, String note) {

    public enum Change { REGISTERED, PROMOTED, SEMINAR_CHANGED, SEMINAR_CANCELLED, LINK_RENEWED }

    public RegistrationEvent(Registration registration, Change change) {
        this(registration, change, null);
    }
}
