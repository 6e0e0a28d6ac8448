package org.seminardesk.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The table request_count, shared by all nodes. Each call is its own short transaction, committed before the
 * limited request goes on, so a count is never lost with the request's own rollback.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RequestCounts {

    @PersistenceContext
    EntityManager em;

    /**
     * Counts one request of the key in the window and answers the window's count so far. The UPDATE locks the
     * row until commit, so concurrent requests on any node are counted one after another. Two first requests
     * of a window at once both INSERT: one fails on the primary key and its caller counts again.
     */
    public long countOne(String key, long window) {
        int updated = em.createNativeQuery("UPDATE request_count SET requests = requests + 1 WHERE route_key = ?1 AND epoch_minute = ?2")
                .setParameter(1, key).setParameter(2, window).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO request_count (route_key, epoch_minute, requests) VALUES (?1, ?2, 1)")
                    .setParameter(1, key).setParameter(2, window).executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery("SELECT requests FROM request_count WHERE route_key = ?1 AND epoch_minute = ?2")
                .setParameter(1, key).setParameter(2, window).getSingleResult()).longValue();
    }

    /** Deletes the counts of windows before this one: they limit nothing any more. */
    public int forgetBefore(long window) {
        return em.createNativeQuery("DELETE FROM request_count WHERE epoch_minute < ?1").setParameter(1, window).executeUpdate();
    }
}
