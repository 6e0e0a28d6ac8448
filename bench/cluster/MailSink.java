import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * The cluster benchmark's mail server: GreenMail (a real SMTP server) on an inner port, reached by the
 * nodes through a gate on the outer port that can be shut and opened again without losing what GreenMail
 * has received. Shutting the gate is what an SMTP server that stops does: new connections are refused,
 * a session already going is finished. Control over HTTP on 127.0.0.1:
 * POST /close, POST /open, GET /count (messages received), GET /messages (one line per message:
 * Message-ID, tab, recipient).
 * Run: java -cp greenmail-standalone.jar MailSink.java innerPort gatePort controlPort
 */
public class MailSink {

    public static void main(String[] args) throws Exception {
        int inner = Integer.parseInt(args[0]);
        int outer = Integer.parseInt(args[1]);
        int controlPort = Integer.parseInt(args[2]);
        GreenMail greenMail = new GreenMail(new ServerSetup(inner, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        greenMail.start();
        Gate gate = new Gate(outer, inner);
        gate.open();

        HttpServer control = HttpServer.create(new InetSocketAddress("127.0.0.1", controlPort), 0);
        control.createContext("/close", exchange -> reply(exchange, gate.close()));
        control.createContext("/open", exchange -> reply(exchange, gate.open()));
        control.createContext("/count", exchange -> reply(exchange, String.valueOf(greenMail.getReceivedMessages().length)));
        control.createContext("/messages", exchange -> {
            StringBuilder lines = new StringBuilder();
            for (MimeMessage message : greenMail.getReceivedMessages()) {
                try {
                    lines.append(message.getMessageID()).append('\t').append(message.getAllRecipients()[0]).append('\n');
                } catch (Exception unreadable) {
                    lines.append("unreadable\t").append(unreadable).append('\n');
                }
            }
            reply(exchange, lines.toString());
        });
        control.start();
        System.out.println("mail sink: SMTP gate " + outer + " → GreenMail " + inner + ", control " + controlPort);
    }

    private static void reply(HttpExchange exchange, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** A TCP relay whose listening socket can be closed and opened again; open sessions run on. */
    static final class Gate {
        private final int outer;
        private final int inner;
        private ServerSocket listener;

        Gate(int outer, int inner) {
            this.outer = outer;
            this.inner = inner;
        }

        synchronized String open() throws IOException {
            if (listener == null) {
                listener = new ServerSocket();
                listener.setReuseAddress(true);
                listener.bind(new InetSocketAddress("127.0.0.1", outer));
                ServerSocket accepting = listener;
                daemon(() -> accept(accepting));
            }
            return "open";
        }

        synchronized String close() throws IOException {
            if (listener != null) {
                listener.close();
                listener = null;
            }
            return "closed";
        }

        private void accept(ServerSocket accepting) {
            while (!accepting.isClosed()) {
                try {
                    Socket client = accepting.accept();
                    Socket server = new Socket("127.0.0.1", inner);
                    daemon(() -> pipe(client, server));
                    daemon(() -> pipe(server, client));
                } catch (IOException closed) {
                    // the gate was shut
                }
            }
        }

        private static void daemon(Runnable work) {
            Thread thread = new Thread(work);
            thread.setDaemon(true);
            thread.start();
        }

        private static void pipe(Socket from, Socket to) {
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                in.transferTo(out);
            } catch (IOException ended) {
                // one side hung up
            } finally {
                try {
                    from.close();
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }
    }
}
