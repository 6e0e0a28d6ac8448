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
import org.seminardesk.platform.persistence.NativeValues;

/**
 * The table sign_in_failure, shared by all nodes. Before a password is hashed the client's wait is read; a
 * failure is counted after the hash, under the row's lock, and sets the next wait from the end of the check.
 * Tries already in flight when the first failure lands are checked (bounded by the server's threads), and the
 * count they add makes the next wait the longer. Each call is its own short transaction: no lock is held
 * while a password is hashed, and a database that cannot count refuses the sign-in (the caller's exception)
 * rather than letting it through.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class SignInThrottle {

    static final String ANY_ACCOUNT = "*";
    private static final Duration KEPT = Duration.ofHours(24);

    @PersistenceContext
    EntityManager em;

    /** How long this client must wait before it may try this account (null: a name that is no account). */
    public Duration waitFor(String account, String client, Instant now) {
        Duration any = row(ANY_ACCOUNT, client, false).waitAt(now);
        Duration own = account == null ? Duration.ZERO : row(account, client, false).waitAt(now);
        return any.compareTo(own) >= 0 ? any : own;
    }

    /** A wrong password (or a name that is no account) from this client; answers the account's failures in a row. */
    public int failed(String account, String client, Instant now) {
        store(ANY_ACCOUNT, client, row(ANY_ACCOUNT, client, true), SignInDelay.FREE_PER_CLIENT, now);
        if (account == null) {
            return 0;
        }
        Row own = row(account, client, true);
        store(account, client, own, SignInDelay.FREE_PER_ACCOUNT, now);
        return own.failures + 1;
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

    private Row row(String account, String client, boolean locked) {
        List<?> found = em.createNativeQuery("SELECT failures, blocked_until FROM sign_in_failure WHERE account_key = ?1 AND client_key = ?2"
                        + (locked ? " FOR UPDATE" : ""))
                .setParameter(1, account).setParameter(2, client).getResultList();
        if (found.isEmpty()) {
            return Row.NONE;
        }
        Object[] values = (Object[]) found.get(0);
        return new Row(true, ((Number) values[0]).intValue(), NativeValues.instant(values[1]));
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

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }


    private record Row(boolean exists, int failures, Instant blockedUntil) {
        static final Row NONE = new Row(false, 0, null);

        Duration waitAt(Instant now) {
            return blockedUntil == null || !blockedUntil.isAfter(now) ? Duration.ZERO : Duration.between(now, blockedUntil);
        }
    }
}
