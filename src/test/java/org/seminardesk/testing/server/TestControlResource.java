package org.seminardesk.testing.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.seminardesk.mail.MailDispatcher;
import org.seminardesk.security.RateLimit;
import org.seminardesk.security.RateLimitFilter;
import org.seminardesk.security.RequestWindow;

/**
 * Test deployments only, behind the organiser role like all of /api/manage: hold mail
 * back and release it, run several mail dispatchers at once next to the timer's own, and checksum the database.
 */
@RequestScoped
@Path("manage/test")
@Produces(MediaType.APPLICATION_JSON)
public class TestControlResource {

    @Inject
    MailDispatcher dispatcher;

    @Inject
    org.seminardesk.mail.Notifications notifications;

    @Inject
    RateLimit rateLimit;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * A SHA-256 of every row of every table of the application's schema, per table. The outbox counts by what
     * each mail is and whom it is for, not by its delivery columns nor its words, which the dispatcher writes on
     * its own (a registration's mail is written when it is claimed).
     */
    @GET
    @Path("checksum")
    @SuppressWarnings("unchecked")
    public Map<String, String> checksum() throws Exception {
        List<String> tables = em.createNativeQuery("""
                SELECT table_name FROM information_schema.tables
                WHERE table_schema = CURRENT_SCHEMA AND table_type = 'BASE TABLE'""").getResultList();
        Map<String, String> sums = new TreeMap<>();
        for (String table : tables) {
            String name = table.toLowerCase(Locale.ROOT);
            if (name.equals("request_count") || name.equals("access_link")) {
                // the rate limit's bookkeeping, and the links the dispatcher issues as it (re)tries mail on its own
                continue;
            }
            String columns = name.equals("mail_outbox") ? "id, kind, recipient, registration_id, participant_id, announcement_id" : "*";
            List<String> rows = new ArrayList<>();
            for (Object row : em.createNativeQuery("SELECT " + columns + " FROM \"" + table + "\"").getResultList()) {
                rows.add(row instanceof Object[] cells ? Arrays.deepToString(cells) : String.valueOf(row));
            }
            rows.sort(null);
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            rows.forEach(row -> digest.update((row + "\n").getBytes(StandardCharsets.UTF_8)));
            sums.put(name, rows.size() + ":" + HexFormat.of().formatHex(digest.digest()));
        }
        return sums;
    }

    /** perMinute: the rate limit of public routes from now on (the test server starts with it off, 0). */
    @PUT
    @Path("rate-limit")
    public String changeRateLimit(@QueryParam("perMinute") int perMinute) {
        rateLimit.change(perMinute);
        return "{\"perMinute\":" + rateLimit.perMinute() + "}";
    }

    /**
     * Writes this minute's count of the caller's address for a route class straight into the shared table, as
     * another node of a cluster would have counted it (0: no row, as at the start of a minute).
     */
    @PUT
    @Path("request-count")
    @Transactional
    public void countedElsewhere(@QueryParam("routeClass") String routeClass, @QueryParam("requests") int requests,
            @Context HttpServletRequest request) {
        String key = RateLimitFilter.key(routeClass, request.getRemoteAddr());
        long window = RequestWindow.of(clock.millis());
        em.createNativeQuery("DELETE FROM request_count WHERE route_key = ?1 AND epoch_minute = ?2")
                .setParameter(1, key).setParameter(2, window).executeUpdate();
        if (requests > 0) {
            em.createNativeQuery("INSERT INTO request_count (route_key, epoch_minute, requests) VALUES (?1, ?2, ?3)")
                    .setParameter(1, key).setParameter(2, window).setParameter(3, requests).executeUpdate();
        }
    }

    /** Runs `threads` dispatchers at once until none finds more due mail; answers how many rows each took. */
    @POST
    @Path("dispatchers")
    public List<Integer> runDispatchers(@QueryParam("threads") int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Integer>> work = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                work.add(() -> {
                    int taken = 0;
                    for (int batch = dispatcher.sendDue(); batch > 0; batch = dispatcher.sendDue()) {
                        taken += batch;
                    }
                    return taken;
                });
            }
            List<Integer> taken = new ArrayList<>();
            for (Future<Integer> done : pool.invokeAll(work)) {
                taken.add(done.get());
            }
            return taken;
        } finally {
            pool.shutdown();
        }
    }

    /**
     * Mail held back by its own rows rather than by the clock: one mail to each address, written with the outbox's
     * entry point and due tomorrow in the same transaction, so no dispatcher sees it until {@link #release}.
     */
    @POST
    @Path("outbox/held")
    @jakarta.transaction.Transactional
    public List<Long> held(@QueryParam("to") List<String> addresses) {
        List<Long> ids = new ArrayList<>();
        for (String address : addresses) {
            ids.add(notifications.send("announcement", address,
                    new org.seminardesk.mail.RenderedMail("held " + address, "held back until released", null), null, null).id());
        }
        em.flush();
        em.createNativeQuery("UPDATE mail_outbox SET next_attempt_at = ?1 WHERE id IN (?2)")
                .setParameter(1, java.time.Instant.now().plus(java.time.Duration.ofDays(1))).setParameter(2, ids).executeUpdate();
        return ids;
    }

    /** The held mails become due now, all at once. */
    @POST
    @Path("outbox/release")
    @jakarta.transaction.Transactional
    public int release(@QueryParam("id") List<Long> ids) {
        return em.createNativeQuery("UPDATE mail_outbox SET next_attempt_at = ?1 WHERE id IN (?2)")
                .setParameter(1, java.time.Instant.now().minusSeconds(1)).setParameter(2, ids).executeUpdate();
    }

    /**
     * Forgets the mail still owed for these seminars' registrations and not yet taken by a dispatcher: a load
     * test's confirmations (a thousand and more), which the dispatcher would otherwise send to the next test's
     * SMTP server while that test waits for its own mail. Rows a dispatcher holds finish as usual.
     */
    @DELETE
    @Path("outbox")
    @Transactional
    public int forgetOwed(@QueryParam("seminar") List<Long> seminars) {
        return em.createNativeQuery("""
                        DELETE FROM mail_outbox WHERE status = 'PENDING' AND (claim_expires_at IS NULL OR claim_expires_at < ?1)
                          AND registration_id IN (SELECT id FROM registration WHERE seminar_id IN (?2))""")
                .setParameter(1, clock.instant()).setParameter(2, seminars).executeUpdate();
    }
}
