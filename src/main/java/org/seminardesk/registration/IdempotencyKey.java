package org.seminardesk.registration;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.seminardesk.platform.DomainException;

/**
 * Remembers which registration a client's Idempotency-Key produced, so a retry gets that one back — for 24
 * hours ({@link #KEPT}); after that the key is forgotten (it holds a hash of the names) and counts as new.
 */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKey {

    public static final int MAX_LENGTH = 100;
    public static final java.time.Duration KEPT = java.time.Duration.ofHours(24);

    @Id
    private String idemKey;

    private String requestHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id")
    private Registration registration;

    private Instant createdAt;

    protected IdempotencyKey() {
        // for JPA
    }

    IdempotencyKey(String key, String requestHash, Registration registration, Instant now) {
        this.idemKey = key;
        this.requestHash = requestHash;
        this.registration = registration;
        this.createdAt = now;
    }

    /** A key is 1–100 visible ASCII characters (a UUID is typical). */
    static void requireWellFormed(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw DomainException.invalid("Idempotency-Key", "An Idempotency-Key is 1 to 100 visible ASCII characters");
        }
    }

    boolean expired(Instant now) {
        return !now.isBefore(createdAt.plus(KEPT));
    }

    /** The first registration made with this key, provided the retry asks for the same thing. */
    Registration replay(String retryHash) {
        if (!requestHash.equals(retryHash)) {
            throw DomainException.invalid("Idempotency-Key", "This Idempotency-Key was already used for a different request");
        }
        return registration;
    }
}
