package org.seminardesk.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Which database the application runs on, for the few statements whose locking differs (H2 by default,
 * PostgreSQL by one switch); asked once, as it does not change while the deployment runs. (Row locks for an
 * update go through JPA's PESSIMISTIC_WRITE, which Hibernate writes FOR NO KEY UPDATE on PostgreSQL.)
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
}
