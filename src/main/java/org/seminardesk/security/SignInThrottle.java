package org.seminardesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The table sign_in_failure, shared by all nodes. A try is counted as a failure before the password is
 * checked (under the row's lock, so tries in parallel cannot slip past the count) and forgotten if it
 * succeeds. Each call is its own short transaction: no lock is held while the password is hashed, and a
 * database that cannot count refuses the sign-in (the caller's exception) rather than letting it through.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

    static final String ANY_ACCOUNT = "*";
    private static final Duration KEPT = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    /** The outcome of asking to try: admitted (counted), or the time to wait. */
    public record Admission(Duration waitTime, int accountFailures) {
        public boolean admitted() {
            return waitTime.isZero();
        }
    }

    /** One try of this account (null: a name that is no account) from this client. */
    public Admission admit(String account, String client, Instant now) {
        Row any = row(ANY_ACCOUNT, client);
        Row own = account == null ? Row.NONE : row(account, client);
        Duration wait = longer(any.waitAt(now), own.waitAt(now));
        if (!wait.isZero()) {
            return new Admission(wait, own.failures);
        }
        store(ANY_ACCOUNT, client, any, SignInDelay.FREE_PER_CLIENT, now);
        if (account != null) {
            store(account, client, own, SignInDelay.FREE_PER_ACCOUNT, now);
        }
        return new Admission(Duration.ZERO, own.failures + 1);
    }

    /** A wrong password: the wait runs from now, the end of the check, not from when the try was admitted. */
    public void failed(String account, String client, int accountFailures, Instant now) {
        Duration wait = SignInDelay.after(accountFailures, SignInDelay.FREE_PER_ACCOUNT);
        if (!wait.isZero()) {
            em.createNativeQuery("UPDATE sign_in_failure SET blocked_until = ?1 WHERE account_key = ?2 AND client_key = ?3")
                    .setParameter(1, at(now.plus(wait))).setParameter(2, account).setParameter(3, client).executeUpdate();
        }
    }

    /** The right password: this client starts afresh. */
    public void succeeded(String account, String client) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE client_key = ?1 AND account_key IN (?2, ?3)")
                .setParameter(1, client).setParameter(2, account).setParameter(3, ANY_ACCOUNT).executeUpdate();
    }

    /** An admin's unlock: every address may try this account again. */
    public void forgetAccount(String account) {
        em.createNativeQuery("DELETE FROM sign_in_failure WHERE account_key = ?1").setParameter(1, account).executeUpdate();
    }

    /** The accounts that some address must wait for now (shown to admins as locked). */
    @SuppressWarnings("unchecked")
    public List<String> waitedFor(Instant now) {
        return em.createNativeQuery("SELECT DISTINCT account_key FROM sign_in_failure WHERE blocked_until > ?1 AND account_key <> ?2")
                .setParameter(1, at(now)).setParameter(2, ANY_ACCOUNT).getResultList();
    }

    /** Forgets failures a day old: the addresses are kept no longer. */
    public int forgetBefore(Instant now) {
        return em.createNativeQuery("DELETE FROM sign_in_failure WHERE last_failure_at < ?1")
                .setParameter(1, at(now.minus(KEPT))).executeUpdate();
    }

    private Row row(String account, String client) {
        List<?> found = em.createNativeQuery("SELECT failures, blocked_until FROM sign_in_failure WHERE account_key = ?1 AND client_key = ?2 FOR UPDATE")
                .setParameter(1, account).setParameter(2, client).getResultList();
        if (found.isEmpty()) {
            return Row.NONE;
        }
        Object[] values = (Object[]) found.get(0);
        return new Row(true, ((Number) values[0]).intValue(), instant(values[1]));
    }

    private void store(String account, String client, Row before, int free, Instant now) {
        int failures = before.failures + 1;
        Duration wait = SignInDelay.after(failures, free);
        OffsetDateTime blockedUntil = wait.isZero() ? null : at(now.plus(wait));
        if (before.exists) {
            em.createNativeQuery("UPDATE sign_in_failure SET failures = ?1, blocked_until = ?2, last_failure_at = ?3 WHERE account_key = ?4 AND client_key = ?5")
                    .setParameter(1, failures).setParameter(2, blockedUntil).setParameter(3, at(now))
                    .setParameter(4, account).setParameter(5, client).executeUpdate();
        } else {
            em.createNativeQuery("INSERT INTO sign_in_failure (account_key, client_key, failures, blocked_until, last_failure_at) VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, account).setParameter(2, client).setParameter(3, failures)
                    .setParameter(4, blockedUntil).setParameter(5, at(now)).executeUpdate();
        }
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        return value instanceof Instant instant ? instant : java.time.ZonedDateTime.parse(value.toString()).toInstant();
    }

    private record Row(boolean exists, int failures, Instant blockedUntil) {
        static final Row NONE = new Row(false, 0, null);

        Duration waitAt(Instant now) {
            return blockedUntil == null || !blockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, blockedUntil);
        }
    }
}
