package org.seminardesk.security.privacy;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What one feature holds about people, next to its data (pretix's data shredders are the model): it exports,
 * erases and expires its own tables, and the privacy code only iterates the holders. Every table with a name
 * or mail-address column is claimed by a holder (PersonalDataHoldersIT fails otherwise).
 */
public interface PersonalDataHolder {

    /** The tables whose personal columns this holder exports, erases and expires. */
    Set<String> tables();

    /**
     * The order among holders: lower first. Holders that find rows through a participant's address run before
     * the registration holder replaces that address.
     */
    default int order() {
        return 100;
    }

    /** Adds what it holds under this (lower-cased) address to the export. */
    void export(String address, PersonalData.Export export);

    /** Erases what it holds under this address; erasing again changes nothing. */
    void erase(String address, Erasure.Tally tally);

    /**
     * Erases what it holds about one participant who has no address of their own (found by name): their row,
     * and what refers to it. Features that hold nothing per participant keep the default.
     */
    default void eraseParticipant(long participantId, Erasure.Tally tally) {
        // nothing held per participant
    }

    /**
     * Erases what is past its retention: rows that belong to seminars (or, for data without a seminar, were
     * written) before the cutoff; short-lived data by its own shorter period, counted from now.
     */
    void expire(Instant cutoff, Instant now, Erasure.Tally tally);

    /** The addresses it holds now (lower-cased), so that erasures logged before a restore can be re-applied. */
    Stream<String> addresses();
}
