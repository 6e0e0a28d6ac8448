package org.seminardesk.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Which database the application runs on, for the few statements whose locking differs (H2 by default,
 * PostgreSQL by one switch); asked once, as it does not change while the deployment runs.
 */
@ApplicationScoped
public class DatabaseProduct {

    @PersistenceContext
    EntityManager em;

    private volatile Boolean postgresql;

    public boolean postgresql() {
        if (postgresql == null) {
            postgresql = em.unwrap(org.hibernate.Session.class).doReturningWork(connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres"));
        }
        return postgresql;
    }

    /**
     * Locks a row for an update that changes no key: FOR NO KEY UPDATE on PostgreSQL, which does not wait for
     * the KEY SHARE locks that other transactions' inserts referencing the row hold (their foreign keys), nor
     * they for it; FOR UPDATE would, and two such transactions would deadlock. H2 takes FOR UPDATE.
     */
    public void lockForUpdate(String table, long id) {
        em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ?1 " + (postgresql() ? "FOR NO KEY UPDATE" : "FOR UPDATE"))
                .setParameter(1, id).getSingleResult();
    }
}
