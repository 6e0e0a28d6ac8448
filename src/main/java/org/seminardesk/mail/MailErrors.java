package org.seminardesk.mail;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a stored SMTP error means for an organiser, as a bundle key (MailError.*): the raw text stays available
 * as technical detail, but the first thing shown is what happened and what to do.
 */
public final class MailErrors {

    private static final Pattern REPLY_CODE = Pattern.compile("(?:^|[:\\s])([45])\\d\\d[ -]");

    private MailErrors() {
    }

    /** The bundle key explaining error (from SmtpRefusal or the dispatcher), or null when there is none. */
    public static String explain(String error) {
        if (error == null || error.isBlank()) {
            return null;
        }
        String lower = error.toLowerCase(Locale.ROOT);
        if (lower.contains("couldn't connect") || lower.contains("connection refused") || lower.contains("connect timed out")
                || lower.contains("unknownhost") || lower.contains("unknown host") || lower.contains("read timed out")) {
            return "MailError.unreachable";
        }
        if (lower.contains("535") || lower.contains("authentication")) {
            return "MailError.auth";
        }
        var reply = REPLY_CODE.matcher(error);
        if (reply.find()) {
            return reply.group(1).equals("5") ? "MailError.rejected" : "MailError.temporary";
        }
        if (lower.contains("illegal address") || lower.contains("addressexception") || lower.contains("missing final")
                || lower.contains("invalid address")) {
            return "MailError.address";
        }
        return "MailError.other";
    }
}
