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

    public List<AuditEntry> latest(int first, int max) {
        return em.createNamedQuery("AuditEntry.latest", AuditEntry.class).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count() {
        return em.createNamedQuery("AuditEntry.count", Long.class).getSingleResult();
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
