package org.seminardesk.mail;

/** A mail's content as its template made it: subject, plain text, and the HTML alternative. */
public record RenderedMail(String subject, String text, String html) {
}
