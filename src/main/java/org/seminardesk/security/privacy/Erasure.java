package org.seminardesk.security.privacy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

/**
 * Erases personal data through every feature's holder and keeps the rows: a participant keeps its registration,
 * position and attendance (so counts in reviews and the annual report stay right) but loses name, mail address
 * and needs; what other features hold under the address loses the same. Erasing again changes nothing. Each
 * erasure on request is logged (ErasureLog) so that it can be re-applied after a backup is restored.
 */
@ApplicationScoped
@Transactional
public class Erasure {

    /** What an erased name reads as. */
    public static final String ERASED = "（消去済み）";
    public static final int BATCH = 500;

    @Inject
    PersonalDataHolders holders;

    @Inject
    ErasureLog log;

    @Inject
    Clock clock;

    /** contacts: contact persons of member organisations removed (their portal links with them). */
    public record Erased(int participants, int reportRows, int mails, int probono, int contacts, int answers)
            implements java.io.Serializable {

        static final Erased NONE = new Erased(0, 0, 0, 0, 0, 0);

        Erased plus(Erased other) {
            return new Erased(participants + other.participants, reportRows + other.reportRows, mails + other.mails,
                    probono + other.probono, contacts + other.contacts, answers + other.answers);
        }
    }

    /** What the holders count as they erase. */
    public static final class Tally {
        public int participants;
        public int reportRows;
        public int mails;
        public int probono;
        public int contacts;
        /** Named survey answers, registration answers and free texts (cancel reasons, notes). */
        public int answers;

        Erased erased() {
            return new Erased(participants, reportRows, mails, probono, contacts, answers);
        }
    }

    /** Everything held under one mail address (case-insensitive), logged for re-applying after a restore. */
    public Erased byEmail(String email) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Erased erased = withoutLogging(address);
        log.record(address, clock.instant());
        return erased;
    }

    /**
     * One participant found by name, for a person without an address of their own; one with an address is
     * erased by it, everywhere. Logged by id, to be re-applied after a restore.
     */
    public Erased participant(long participantId) {
        if (!holders.participantExists(participantId)) {
            throw org.seminardesk.platform.DomainException.notFound("Participant", participantId);
        }
        java.util.Optional<String> address = holders.participantAddress(participantId);
        if (address.isPresent()) {
            return byEmail(address.get());
        }
        Erased erased = participantWithoutLogging(participantId);
        log.recordParticipant(participantId, clock.instant());
        return erased;
    }

    Erased participantWithoutLogging(long participantId) {
        Tally tally = new Tally();
        holders.all().forEach(holder -> holder.eraseParticipant(participantId, tally));
        return tally.erased();
    }

    Erased withoutLogging(String address) {
        Tally tally = new Tally();
        holders.all().forEach(holder -> holder.erase(address, tally));
        return tally.erased();
    }

    /** One round of retention: what every holder keeps past the cutoff (a batch at a time where it is large). */
    public Erased pastRetention(Instant cutoff) {
        Tally tally = new Tally();
        Instant now = clock.instant();
        holders.all().forEach(holder -> holder.expire(cutoff, now, tally));
        return tally.erased();
    }
}
