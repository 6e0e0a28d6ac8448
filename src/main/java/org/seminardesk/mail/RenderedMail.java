package org.seminardesk.mail;

/**
 * A mail's content: subject, plain text, the HTML alternative, and an optional text attachment (the
 * calendar invite).
 */
public record RenderedMail(String subject, String text, String html, Attachment attachment) implements java.io.Serializable {

    public record Attachment(String filename, String contentType, String content) implements java.io.Serializable {
    }

    public RenderedMail(String subject, String text, String html) {
        this(subject, text, html, null);
    }

    public RenderedMail with(Attachment file) {
        return new RenderedMail(subject, text, html, file);
    }
}
