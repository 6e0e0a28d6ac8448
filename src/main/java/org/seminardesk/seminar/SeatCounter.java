package org.seminardesk.seminar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;

/**
 * Takes a registration's seats in one statement: a conditional UPDATE of the seminar's row that succeeds only
 * while the seminar is open and the seats fit ({@link Seminar#requireOpenForRegistration}, {@link Seminar#fits}).
 * The row is locked from that statement to the commit, so a registration holds the lock for one round trip
 * and the commit, as the like-for-like reference does (bench/registration/reference.sql). When it takes
 * nothing the caller settles the question under the seminar's lock the usual way (closed, full, or freed meanwhile).
 */
@ApplicationScoped
public class SeatCounter {

    @PersistenceContext
    EntityManager em;

    /**
     * Says whether the seats were taken. If they were, the managed seminar shows them taken (on top of the
     * counts it was read with) and is no longer written by this transaction: its row was just updated, and
     * writing the copy again would fail its version check.
     */
    public boolean takeIfOpenAndFree(Seminar seminar, Seats seats, Instant now) {
        int updated = em.createNamedQuery("Seminar.takeSeatsIfOpenAndFree").unwrap(NativeQuery.class)
                .addSynchronizedEntityClass(Seminar.class) // flush only what concerns seminars first
                .setParameter("total", seats.total()).setParameter("venue", seats.venue()).setParameter("online", seats.online())
                .setParameter("id", seminar.id()).setParameter("now", now)
                .executeUpdate();
        if (updated == 0) {
            return false;
        }
        em.unwrap(Session.class).setReadOnly(seminar, true);
        seminar.seatsTakenInTheDatabase(seats);
        return true;
    }
}
