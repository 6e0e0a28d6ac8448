package org.seminardesk.security.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import jakarta.transaction.Transactional;
import java.security.Principal;
import java.time.Clock;
import java.util.List;

/** Writes and reads the audit log. Entries join the caller's transaction: a change rolled back leaves none. */
@ApplicationScoped
@Transactional
public class AuditLog {

    /** Actor of changes made with an organisation's token link or an open public form. */
    public static final String PUBLIC = "(public)";
    /** Actor of changes the server makes itself (scheduled jobs). */
    public static final String SYSTEM = "(system)";

    /** The name WildFly gives the caller nobody signed in as (a username that accounts may not take). */
    public static final String UNAUTHENTICATED = "anonymous";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    SecurityContext security;

    public void record(String action, String subjectType, Long subjectId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor(), action, subjectType, subjectId, detail));
    }

    /** As {@link #record}, naming the actor, e.g. the username tried at a failed login. */
    public void recordAs(String actor, String action, String subjectType, Long subjectId, String detail) {
        em.persist(new AuditEntry(clock.instant(), actor, action, subjectType, subjectId, detail));
    }

    /** Which entries to show: each part optional (null); from inclusive, until exclusive. */
    public record Filter(String actor, String action, java.time.Instant from, java.time.Instant until) implements java.io.Serializable {

        public static final Filter ALL = new Filter(null, null, null, null);

        String where() {
            StringBuilder where = new StringBuilder(" where 1 = 1");
            if (actor != null) {
                where.append(" and lower(a.actor) like :actor");
            }
            if (action != null) {
                where.append(" and a.action = :action");
            }
            if (from != null) {
                where.append(" and a.at >= :from");
            }
            if (until != null) {
                where.append(" and a.at < :until");
            }
            return where.toString();
        }

        <T extends jakarta.persistence.Query> T bind(T query) {
            if (actor != null) {
                query.setParameter("actor", "%" + actor.toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
            }
            if (action != null) {
                query.setParameter("action", action);
            }
            if (from != null) {
                query.setParameter("from", from);
            }
            if (until != null) {
                query.setParameter("until", until);
            }
            return query;
        }
    }

    public List<AuditEntry> latest(int first, int max) {
        return search(Filter.ALL, first, max);
    }

    public List<AuditEntry> search(Filter filter, int first, int max) {
        return filter.bind(em.createQuery("select a from AuditEntry a" + filter.where() + " order by a.at desc, a.id desc", AuditEntry.class))
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return count(Filter.ALL);
    }

    public long count(Filter filter) {
        return filter.bind(em.createQuery("select count(a) from AuditEntry a" + filter.where(), Long.class)).getSingleResult();
    }

    /** The actions recorded so far, for the filter's choices. */
    public List<String> actions() {
        return em.createQuery("select distinct a.action from AuditEntry a order by a.action", String.class).getResultList();
    }

    private String actor() {
        try {
            Principal caller = security.getCallerPrincipal();
            return caller == null || UNAUTHENTICATED.equals(caller.getName()) ? PUBLIC : caller.getName();
        } catch (RuntimeException noRequest) {
            return SYSTEM;
        }
    }
}
