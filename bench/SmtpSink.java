import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server that accepts every mail and keeps nothing but counts, so that a benchmark measures the sender
 * and not a mail server parsing every message on the same cores; the dispatcher sends as it would in
 * production. java SmtpSink.java PORT COUNT_FILE: after each mail, COUNT_FILE holds "mails distinct-recipients".
 */
public class SmtpSink {

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path countFile = Path.of(args[1]);
        AtomicLong accepted = new AtomicLong();
        java.util.Set<String> recipients = java.util.concurrent.ConcurrentHashMap.newKeySet();
        try (ServerSocket server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
            while (true) {
                Socket client = server.accept();
                Thread connection = new Thread(() -> serve(client, accepted, recipients, countFile));
                connection.setDaemon(true);
                connection.start();
            }
        }
    }

    private static void serve(Socket client, AtomicLong accepted, java.util.Set<String> recipients, Path countFile) {
        try (client; BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1));
             OutputStream out = client.getOutputStream()) {
            reply(out, "220 sink ESMTP");
            String line;
            while ((line = in.readLine()) != null) {
                String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (command) {
                    case "EHLO" -> reply(out, "250-sink\r\n250 8BITMIME");
                    case "RCPT" -> {
                        recipients.add(line.substring(line.indexOf(':') + 1).trim().toLowerCase());
                        reply(out, "250 ok");
                    }
                    case "DATA" -> {
                        reply(out, "354 end with .");
                        while ((line = in.readLine()) != null && !line.equals(".")) {
                            // discarded
                        }
                        synchronized (countFile) {
                            // written beside and moved over: a reader never sees the file truncated and empty
                            Path written = countFile.resolveSibling(countFile.getFileName() + ".new");
                            Files.writeString(written, accepted.incrementAndGet() + " " + recipients.size());
                            Files.move(written, countFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                        }
                        reply(out, "250 accepted");
                    }
                    case "QUIT" -> {
                        reply(out, "221 bye");
                        return;
                    }
                    default -> reply(out, "250 ok");
                }
            }
        } catch (Exception ignored) {
            // a client gone away: nothing to keep
        }
    }

    private static void reply(OutputStream out, String text) throws java.io.IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }
}
