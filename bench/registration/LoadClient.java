import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registration load over HTTP: CLIENTS threads post registrations for SECONDS, each to one of the given
 * seminars in turn, and print "requests ok errors rps p50_ms p99_ms". Run with `java LoadClient.java`.
 * They register as an organiser on the organisations' behalf (POST /api/manage/registrations): each client
 * signs in once with BENCH_AUTH (user:password) before measuring and keeps its session cookie.
 * Arguments: baseUrl firstOrganisationId:count clients seconds seminarId[,seminarId...] [emailPrefix [people]]. Request n
 * registers for organisation first + n mod count (one registration per organisation and seminar: give more
 * organisations than requests), with `people` participants (default 1).
 */
public class LoadClient {

    /** A client with its own session: one request with the password, then the cookie alone. */
    static HttpClient signedIn(String base) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new java.net.CookieManager()).build();
        String credentials = java.util.Base64.getEncoder().encodeToString(System.getenv("BENCH_AUTH").getBytes(StandardCharsets.UTF_8));
        int status = http.send(HttpRequest.newBuilder(URI.create(base + "api/manage/registrations/requests"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("Could not sign in to " + base + ": HTTP " + status);
        }
        return http;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        long firstOrganisation = Long.parseLong(args[1].split(":")[0]);
        long organisations = Long.parseLong(args[1].split(":")[1]);
        int clients = Integer.parseInt(args[2]);
        long seconds = Long.parseLong(args[3]);
        long[] seminars = Arrays.stream(args[4].split(",")).mapToLong(Long::parseLong).toArray();
        String prefix = args.length > 5 ? args[5] : "b";
        int people = args.length > 6 ? Integer.parseInt(args[6]) : 1;

        AtomicLong sequence = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ConcurrentHashMap<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[clients];
        CountDownLatch done = new CountDownLatch(clients);
        // Every client signs in (a PBKDF2 hash each, ~0.3 s of CPU) before the clock starts: the run measures
        // registrations, not sign-ins.
        List<HttpClient> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sessions.add(signedIn(base));
        }
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[500_000];
            latencies.add(mine);
            int client = c;
            HttpClient http = sessions.get(c);
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end && counts[client] < mine.length) {
                        long n = sequence.incrementAndGet();
                        long seminar = seminars[(int) (n % seminars.length)];
                        StringBuilder participants = new StringBuilder();
                        for (int p = 0; p < people; p++) {
                            participants.append(p == 0 ? "" : ",").append("{\"name\":\"bench %d\",\"email\":\"%s%d-%d@bench.example.org\"}"
                                    .formatted(p + 1, prefix, n, p + 1));
                        }
                        String body = "{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,\"participants\":[%s]}"
                                .formatted(seminar, firstOrganisation + n % organisations, participants);
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(HttpRequest.newBuilder(URI.create(base + "api/manage/registrations"))
                                    .header("Content-Type", "application/json")
                                    .header("X-Requested-With", "bench") // a script, not another site (ApiOriginFilter)
                                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                                    HttpResponse.BodyHandlers.discarding()).statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        mine[counts[client]++] = System.nanoTime() - t0;
                        statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                        if (status != 201) {
                            errors.incrementAndGet();
                        }
                    }
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        double p50 = all.length == 0 ? 0 : all[all.length / 2] / 1e6;
        double p99 = all.length == 0 ? 0 : all[(int) Math.min(all.length - 1, Math.floor(all.length * 0.99))] / 1e6;
        System.out.printf("%d %d %d %.1f %.2f %.2f%n", total, total - errors.get(), errors.get(), (total - errors.get()) / elapsed, p50, p99);
        System.err.println("statuses: " + statuses);
    }
}
