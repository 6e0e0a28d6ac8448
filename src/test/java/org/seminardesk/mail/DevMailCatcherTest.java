package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.net.ServerSocket;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The local mail catcher of a trial run: a real SMTP exchange, and the mail read back as its recipient sees it. */
class DevMailCatcherTest {

    @Test
    void keepsWhatArrivesAndShowsItsTextHtmlAndCalendar() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DevMailCatcher catcher = new DevMailCatcher();
        catcher.port = Optional.of(port);
        catcher.start();
        try {
            assertTrue(catcher.isRunning());
            Properties smtp = new Properties();
            smtp.put("mail.smtp.host", "127.0.0.1");
            smtp.put("mail.smtp.port", String.valueOf(port));
            Session session = Session.getInstance(smtp);
            for (String subject : new String[] {"【参加確定】一通目", "【リマインダー】二通目"}) {
                MimeMessage message = new MimeMessage(session);
                message.setFrom(new InternetAddress("seminardesk@localhost"));
                message.setRecipient(Message.RecipientType.TO, new InternetAddress("taro@example.org"));
                message.setSubject(subject, "UTF-8");
                MimeMultipart alternatives = new MimeMultipart("alternative");
                MimeBodyPart text = new MimeBodyPart();
                text.setText("本文です", "UTF-8");
                alternatives.addBodyPart(text);
                MimeBodyPart html = new MimeBodyPart();
                html.setContent("<p>本文です</p>", "text/html; charset=UTF-8");
                alternatives.addBodyPart(html);
                MimeBodyPart body = new MimeBodyPart();
                body.setContent(alternatives);
                MimeBodyPart ics = new MimeBodyPart();
                ics.setContent("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", "text/calendar; method=REQUEST; charset=UTF-8");
                ics.setFileName("seminar.ics");
                MimeMultipart mixed = new MimeMultipart("mixed");
                mixed.addBodyPart(body);
                mixed.addBodyPart(ics);
                message.setContent(mixed);
                Transport.send(message);
            }
            assertEquals(2, catcher.caught().size(), "both kept, in order of arrival");
            MailPreview first = MailPreview.of(catcher.caught().get(0));
            assertEquals("【参加確定】一通目", first.subject());
            assertEquals("taro@example.org", first.recipient());
            assertEquals("本文です", first.text().strip());
            assertTrue(first.html().contains("<p>本文です</p>"));
            assertEquals(1, first.attachments().size());
            assertEquals("seminar.ics", first.attachments().get(0).filename());
            assertTrue(first.attachments().get(0).content().contains("BEGIN:VCALENDAR"));
        } finally {
            catcher.stop();
        }
    }

    @Test
    void isOffUnlessAPortIsSet() {
        DevMailCatcher catcher = new DevMailCatcher();
        catcher.port = Optional.empty();
        catcher.start();
        assertFalse(catcher.isRunning());
        assertEquals(0, catcher.caught().size());
    }
}
