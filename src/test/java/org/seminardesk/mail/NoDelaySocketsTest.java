package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import java.net.Socket;
import java.util.Properties;
import javax.net.SocketFactory;
import org.junit.jupiter.api.Test;

class NoDelaySocketsTest {

    @Test
    void theSessionKeepsItsSettingsAndMakesSocketsThatSendAtOnce() throws Exception {
        Properties configured = new Properties();
        configured.setProperty("mail.smtp.host", "smtp.example.jp");
        configured.setProperty("mail.smtp.port", "587");
        Session session = NoDelaySockets.sendingAtOnce(Session.getInstance(configured));

        assertEquals("smtp.example.jp", session.getProperty("mail.smtp.host"));
        assertEquals("587", session.getProperty("mail.smtp.port"));
        SocketFactory sockets = (SocketFactory) session.getProperties().get("mail.smtp.socketFactory");
        try (Socket socket = sockets.createSocket()) {
            assertTrue(socket.getTcpNoDelay(), "TCP_NODELAY: the last small write of a mail is not held for an ACK");
        }
    }
}
