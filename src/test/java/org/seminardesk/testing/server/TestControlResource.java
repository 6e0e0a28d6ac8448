package org.seminardesk.testing.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.seminardesk.mail.MailDispatcher;
import org.seminardesk.security.RateLimit;

/**
 * Test deployments only, behind the organiser role like all of /api/manage: shift the server's clock, and run
 * several mail dispatchers at once next to the timer's own.
 */
@RequestScoped
@Path("manage/test")
@Produces(MediaType.APPLICATION_JSON)
public class TestControlResource {

    @Inject
    MailDispatcher dispatcher;

    @Inject
    RateLimit rateLimit;

    /** shift: an ISO-8601 duration, e.g. P9DT1H; the clock runs on from there. */
    @PUT
    @Path("clock")
    public String shiftClock(@QueryParam("shift") String shift) {
        ShiftableClock.SHIFT.set(Duration.parse(shift));
        return "{\"shift\":\"" + ShiftableClock.SHIFT.get() + "\"}";
    }

    @DELETE
    @Path("clock")
    public void resetClock() {
        ShiftableClock.SHIFT.set(Duration.ZERO);
    }

    /** perMinute: the rate limit of public routes from now on (the test server starts with it off, 0). */
    @PUT
    @Path("rate-limit")
    public String changeRateLimit(@QueryParam("perMinute") int perMinute) {
        rateLimit.change(perMinute);
        return "{\"perMinute\":" + rateLimit.perMinute() + "}";
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
}
