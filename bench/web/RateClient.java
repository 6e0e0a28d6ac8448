import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load: RATE requests per second to URL for SECONDS, each sent on schedule whether or not earlier
 * ones have answered, latency counted from the scheduled send time (so a stall shows as latency, not as fewer
 * requests). Prints "requests errors p50_ms p90_ms p99_ms max_ms". Run with `java RateClient.java URL RATE SECONDS`.
 */
public class RateClient {

    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        ConcurrentLinkedQueue<CompletableFuture<?>> pending = new ConcurrentLinkedQueue<>();
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        int total = rate * seconds;
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            clock.schedule(() -> {
                HttpRequest request = HttpRequest.newBuilder(url).header("Accept-Language", "ja").timeout(Duration.ofSeconds(10)).build();
                pending.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                    latencies.add(System.nanoTime() - due);
                    if (failure != null || response.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                }));
            }, due - System.nanoTime(), TimeUnit.NANOSECONDS);
        }
        clock.shutdown();
        clock.awaitTermination(seconds + 10L, TimeUnit.SECONDS);
        for (CompletableFuture<?> f : pending) {
            try {
                f.join();
            } catch (Exception ignored) {
                // counted as an error above
            }
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%d %d %.1f %.1f %.1f %.1f%n", sorted.length, errors.get(), ms(sorted, 0.50), ms(sorted, 0.90),
                ms(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        System.exit(0);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
