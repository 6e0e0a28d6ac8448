package org.seminardesk.seminar;

/**
 * Fired synchronously, inside the transaction that holds the seminar's row lock, when a change concerns those
 * who registered: seats were freed or added, the time, place or online link changed, or the seminar was
 * cancelled. Registration observes it.
 */
public record SeminarChanged(Seminar seminar, Change change, String reason) implements java.io.Serializable {

    public enum Change { SEATS_AVAILABLE, DETAILS_CHANGED, CANCELLED }
}
