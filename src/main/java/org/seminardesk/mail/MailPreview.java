package org.seminardesk.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.seminardesk.platform.QrCode;
import org.seminardesk.platform.link.AccessLinks;

/**
 * A mail as its recipient sees it: subject, text, HTML and attachments. Made from an outbox row (before or after
 * sending) or from a message the local catcher received, so both pages show mail the same way.
 */
public record MailPreview(String recipient, String subject, Instant date, String text, String html,
                          List<RenderedMail.Attachment> attachments) implements java.io.Serializable {

    /**
     * An outbox row as stored. Its private link is issued only as it is sent and never stored: the body still
     * holds the placeholder, which {@link #withLinkNote} describes for the reader.
     */
    public static MailPreview of(OutboxMail mail) {
        RenderedMail.Attachment file = mail.attachment();
        return new MailPreview(mail.recipient(), mail.subject(), mail.sentAt() != null ? mail.sentAt() : mail.createdAt(),
                mail.bodyText(), QrCode.drawnInMail(mail.bodyHtml()), file == null ? List.of() : List.of(file));
    }

    /** The same mail with the private link's place (still the placeholder) described by linkNote. */
    public MailPreview withLinkNote(String linkNote) {
        return new MailPreview(recipient, subject, date, withoutLink(text, linkNote), withoutLink(html, linkNote), attachments);
    }

    /** A mail owed to a participant and not yet written (the dispatcher writes it as it sends it): what it will be. */
    public MailPreview notWrittenYet(String subjectNote, String textNote) {
        return new MailPreview(recipient, subjectNote, date, textNote, null, List.of());
    }

    /** A mail rendered but not queued (e.g. a draft announcement's preview); recipient may be null. */
    public static MailPreview of(RenderedMail mail, String recipient) {
        return new MailPreview(recipient == null ? "" : recipient, mail.subject(), null, mail.text(),
                QrCode.drawnInMail(mail.html()),
                mail.attachment() == null ? List.of() : List.of(mail.attachment()));
    }

    /** A received message: the first text and HTML alternatives, and every other part as an attachment. */
    public static MailPreview of(MimeMessage message) {
        try {
            Parts parts = new Parts();
            parts.read(message);
            String to = message.getAllRecipients() == null ? "" : String.join(", ",
                    java.util.Arrays.stream(message.getAllRecipients()).map(Object::toString).toList());
            Instant date = message.getSentDate() == null ? null : message.getSentDate().toInstant();
            return new MailPreview(to, message.getSubject(), date, parts.text, parts.html, List.copyOf(parts.attachments));
        } catch (MessagingException e) {
            throw new IllegalStateException("Unreadable message", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String withoutLink(String body, String linkNote) {
        return body == null ? null : body.replace(AccessLinks.MAIL_LINK, linkNote);
    }

    private static final class Parts {
        String text;
        String html;
        final List<RenderedMail.Attachment> attachments = new ArrayList<>();

        void read(Part part) throws MessagingException, IOException {
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    read(child);
                }
            } else if (part.getFileName() == null && part.isMimeType("text/plain") && text == null) {
                text = content(part);
            } else if (part.getFileName() == null && part.isMimeType("text/html") && html == null) {
                html = content(part);
            } else {
                String type = part.getContentType() == null ? "application/octet-stream" : part.getContentType().split(";")[0].strip();
                attachments.add(new RenderedMail.Attachment(part.getFileName() == null ? "(no name)" : part.getFileName(), type, content(part)));
            }
        }

        private static String content(Part part) throws MessagingException, IOException {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
            try (InputStream in = part.getInputStream()) {
                return new String(in.readNBytes(200_000), StandardCharsets.UTF_8);
            }
        }
    }
}
