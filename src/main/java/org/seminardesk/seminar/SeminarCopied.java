package org.seminardesk.seminar;

/**
 * Fired inside the transaction that copied a seminar, so that what other features keep per seminar (its
 * registration questions) is copied with it.
 */
public record SeminarCopied(Seminar original, Seminar copy) implements java.io.Serializable {
}
