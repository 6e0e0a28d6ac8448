package org.seminardesk.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.Properties;
import javax.net.SocketFactory;
import jakarta.mail.Session;

/**
 * Sockets to the SMTP server that send each write at once (TCP_NODELAY). Without it a mail larger than the
 * client's buffer (a confirmation with its .ics and QR code) ends with a small write — the final "." — that
 * Nagle's algorithm holds until the server acknowledges the data before it, and servers delay that
 * acknowledgement by up to 40 ms: about 45 ms of waiting per mail, 21 mails/s over one connection.
 */
final class NoDelaySockets extends SocketFactory {

    private static final NoDelaySockets INSTANCE = new NoDelaySockets();

    /** The configured session's settings, its SMTP sockets made here (STARTTLS wraps them, so it applies too). */
    static Session sendingAtOnce(Session configured) {
        Properties properties = new Properties();
        properties.putAll(configured.getProperties());
        properties.put("mail.smtp.socketFactory", INSTANCE); // an instance: put, not setProperty (Angus Mail)
        return Session.getInstance(properties);
    }

    @Override
    public Socket createSocket() throws IOException {
        return noDelay(new Socket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(new Socket(host, port, localAddress, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return noDelay(new Socket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress localAddress, int localPort) throws IOException {
        return noDelay(new Socket(host, port, localAddress, localPort));
    }

    private static Socket noDelay(Socket socket) throws IOException {
        socket.setTcpNoDelay(true);
        return socket;
    }
}
