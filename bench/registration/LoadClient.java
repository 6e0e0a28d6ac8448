import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * <p>
 * Each client is one kept-alive HTTP/1.1 connection written and read directly, as wrk or pgbench's own client
 * would: the JDK's HttpClient took a sixth of the two cores at 300 requests/s (2026-12-06), CPU that the
 * pgbench reference's client does not spend, so the ratio measured the load generator as well.
 */
public class LoadClient {

    /** One kept-alive connection with its session cookie. */
    static final class Connection {
        private final String host;
        private final int port;
        private final String hostHeader;
        private String cookie = "";
        private Socket socket;
        private InputStream in;
        private OutputStream out;

        Connection(URI base) {
            host = base.getHost();
            port = base.getPort() == -1 ? 80 : base.getPort();
            hostHeader = host + ":" + port;
        }

        /** Signs in with the password once (a PBKDF2 hash on the server) and keeps the session cookie. */
        static Connection signedIn(String base) throws IOException {
            Connection connection = new Connection(URI.create(base));
            String credentials = java.util.Base64.getEncoder().encodeToString(System.getenv("BENCH_AUTH").getBytes(StandardCharsets.UTF_8));
            int status = connection.exchange("GET", URI.create(base).getPath() + "api/manage/registrations/requests",
                    "Authorization: Basic " + credentials + "\r\n", null);
            if (status != 200 || connection.cookie.isEmpty()) {
                throw new IllegalStateException("Could not sign in to " + base + ": HTTP " + status);
            }
            return connection;
        }

        /**
         * Sends one request and reads its whole answer; gives the status. A kept-alive connection the server has
         * closed meanwhile is opened again and the request sent once more; a fresh connection that fails fails.
         */
        int exchange(String method, String path, String headers, byte[] body) throws IOException {
            for (int attempt = 0; ; attempt++) {
                boolean reused = socket != null;
                if (socket == null) {
                    socket = new Socket(host, port);
                    socket.setTcpNoDelay(true);
                    in = new BufferedInputStream(socket.getInputStream(), 16384);
                    out = socket.getOutputStream();
                }
                try {
                    String head = method + " " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\n" + headers
                            + (cookie.isEmpty() ? "" : "Cookie: " + cookie + "\r\n")
                            + (body == null ? "" : "Content-Length: " + body.length + "\r\n") + "\r\n";
                    ByteArrayOutputStream request = new ByteArrayOutputStream(head.length() + (body == null ? 0 : body.length));
                    request.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
                    if (body != null) {
                        request.writeBytes(body);
                    }
                    request.writeTo(out);
                    out.flush();
                    return readResponse();
                } catch (IOException failed) {
                    close();
                    if (!reused || attempt > 0) {
                        throw failed;
                    }
                }
            }
        }

        private int readResponse() throws IOException {
            String statusLine = line();
            if (statusLine == null) {
                throw new IOException("connection closed");
            }
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            boolean closing = false;
            for (String header = line(); header != null && !header.isEmpty(); header = line()) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> closing = value.equalsIgnoreCase("close");
                    case "set-cookie" -> keep(value);
                    default -> { }
                }
            }
            if (chunked) {
                for (long size = chunkSize(); size > 0; size = chunkSize()) {
                    skip(size);
                    line();
                }
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used
                }
            } else if (length > 0) {
                skip(length);
            } else if (length < 0 && status != 204 && status != 304) {
                closing = true; // the body runs to the end of the connection
                while (in.read() >= 0) {
                    // read off
                }
            }
            if (closing) {
                close();
            }
            return status;
        }

        private void keep(String setCookie) {
            String pair = setCookie.split(";", 2)[0].trim();
            String name = pair.substring(0, pair.indexOf('=') + 1);
            List<String> kept = new ArrayList<>();
            for (String existing : cookie.isEmpty() ? new String[0] : cookie.split("; ")) {
                if (!existing.startsWith(name)) {
                    kept.add(existing);
                }
            }
            kept.add(pair);
            cookie = String.join("; ", kept);
        }

        private long chunkSize() throws IOException {
            String size = line();
            int extension = size.indexOf(';');
            return Long.parseLong((extension < 0 ? size : size.substring(0, extension)).trim(), 16);
        }

        private void skip(long bytes) throws IOException {
            for (long left = bytes; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    if (in.read() < 0) {
                        throw new IOException("connection closed in a body");
                    }
                    skipped = 1;
                }
                left -= skipped;
            }
        }

        /** One header line without its CRLF, or null at the end of the connection. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b = in.read(); b != '\n'; b = in.read()) {
                if (b < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            try {
                if (socket != null) {
                    socket.close();
                }
            } catch (IOException ignored) {
                // closing anyway
            }
            socket = null;
        }
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
        List<Connection> sessions = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            sessions.add(Connection.signedIn(base));
        }
        String path = URI.create(base).getPath() + "api/manage/registrations";
        String headers = "Content-Type: application/json\r\n"
                + "X-Requested-With: bench\r\n"; // a script, not another site (ApiOriginFilter)
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            long[] mine = new long[500_000];
            latencies.add(mine);
            int client = c;
            Connection http = sessions.get(c);
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
                            status = http.exchange("POST", path, headers, body.getBytes(StandardCharsets.UTF_8));
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
