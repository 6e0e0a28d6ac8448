import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Registration attempts spread over the nodes as a round-robin load balancer would: attempt n goes to node
 * n mod N. Each attempt carries an Idempotency-Key; when its node cannot be reached or answers 503 (down,
 * starting), the attempt goes to the next node with the same key — what a balancer's retry does — so an
 * attempt a dying node had already committed is answered from the database, not registered twice.
 * Prints "attempts accepted failedOver answered5xx otherAnswers unanswered seconds perSecond" and writes
 * the Idempotency-Key of each accepted attempt to idsFile (a replay answers without the private token, whose
 * hash alone is stored; the key finds the registration).
 * Arguments: nodeUrl[,nodeUrl...] firstOrganisationId:count seminarId attempts threads keyPrefix idsFile; attempt n
 * registers organisation first + n mod count (one registration per organisation and seminar).
 */
public class Attempts {

    /**
     * A client with its own session, signed in once with BENCH_AUTH (an organiser registers on the organisations'
     * behalf); the cluster's replicated session serves it on every node.
     */
    static HttpClient signedIn(String node) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(3))
                .cookieHandler(new java.net.CookieManager()).build();
        String credentials = java.util.Base64.getEncoder().encodeToString(System.getenv("BENCH_AUTH").getBytes(StandardCharsets.UTF_8));
        int status = http.send(HttpRequest.newBuilder(URI.create(node + "api/manage/registrations/requests"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status != 200) {
            throw new IllegalStateException("Could not sign in to " + node + ": HTTP " + status);
        }
        return http;
    }

    public static void main(String[] args) throws Exception {
        String[] nodes = args[0].split(",");
        long firstOrganisation = Long.parseLong(args[1].split(":")[0]);
        long organisations = Long.parseLong(args[1].split(":")[1]);
        long seminar = Long.parseLong(args[2]);
        int attempts = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        String prefix = args[5];
        Path idsFile = Path.of(args[6]);

        AtomicLong next = new AtomicLong();
        AtomicLong failedOver = new AtomicLong();
        AtomicLong unanswered = new AtomicLong();
        Map<Integer, AtomicLong> answers = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> accepted = new ConcurrentLinkedQueue<>();
        CountDownLatch done = new CountDownLatch(threads);
        // Sign-ins (a PBKDF2 hash each) before the clock starts: the rate is of registrations.
        List<HttpClient> sessions = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            sessions.add(signedIn(nodes[0]));
        }
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            HttpClient http = sessions.get(t);
            new Thread(() -> {
                try {
                    for (long n = next.getAndIncrement(); n < attempts; n = next.getAndIncrement()) {
                        String key = prefix + "-" + n;
                        String body = ("{\"privacyConsent\":true,\"seminarId\":%d,\"organisationId\":%d,"
                                + "\"participants\":[{\"name\":\"cluster %s\",\"email\":\"%s@cluster.example.org\"}]}")
                                .formatted(seminar, firstOrganisation + n % organisations, key, key);
                        HttpResponse<String> answer = null;
                        for (int tries = 0; tries < 120 && answer == null; tries++) {
                            String node = nodes[(int) ((n + tries) % nodes.length)];
                            try {
                                HttpResponse<String> reply = http.send(HttpRequest.newBuilder(URI.create(node + "api/manage/registrations"))
                                        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                                        .header("Idempotency-Key", key).header("X-Requested-With", "bench") // a script, not another site (ApiOriginFilter)
                                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                                        HttpResponse.BodyHandlers.ofString());
                                if (reply.statusCode() == 503) {
                                    throw new IOException("503 from " + node);
                                }
                                answer = reply;
                            } catch (IOException down) {
                                failedOver.incrementAndGet();
                                Thread.sleep(250);
                            }
                        }
                        if (answer == null) {
                            unanswered.incrementAndGet();
                            continue;
                        }
                        answers.computeIfAbsent(answer.statusCode(), s -> new AtomicLong()).incrementAndGet();
                        if (answer.statusCode() / 100 == 2) {
                            accepted.add(key);
                        }
                    }
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }).start();
        }
        done.await();
        double seconds = (System.nanoTime() - start) / 1e9;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(idsFile))) {
            accepted.forEach(out::println);
        }
        long fiveHundreds = answers.entrySet().stream().filter(e -> e.getKey() >= 500).mapToLong(e -> e.getValue().get()).sum();
        long others = answers.entrySet().stream().filter(e -> e.getKey() / 100 != 2 && e.getKey() < 500)
                .mapToLong(e -> e.getValue().get()).sum();
        System.out.printf("%d %d %d %d %d %d %.1f %.0f%n", attempts, accepted.size(), failedOver.get(), fiveHundreds, others,
                unanswered.get(), seconds, accepted.size() / seconds);
        System.err.println("answers by status: " + answers);
    }
}
