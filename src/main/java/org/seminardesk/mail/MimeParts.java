package org.seminardesk.mail;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.PreencodedMimeBodyPart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Text parts of a mail with their transfer encoding chosen here rather than by Jakarta Mail. Left to itself, it
 * writes each text once through a stream to choose, then again through a byte-at-a-time quoted-printable encoder
 * (a confirmation's check-in QR code is a 20 KB table): under load that was over 40 % of the dispatcher's CPU.
 * ASCII with lines a mail may carry goes as it is (7bit); anything else as base64, encoded by the JDK in one go
 * and handed over as bytes.
 */
final class MimeParts {

    /** RFC 5322: a line may not be longer than 998 characters (without its CRLF). */
    private static final int LONGEST_LINE = 998;

    private MimeParts() {
    }

    /** A part of type contentType (e.g. "text/plain; charset=UTF-8") holding text, written as UTF-8. */
    static MimeBodyPart text(String text, String contentType) throws MessagingException {
        if (sevenBit(text)) {
            MimeBodyPart part = new MimeBodyPart();
            part.setContent(text, contentType);
            part.setHeader("Content-Transfer-Encoding", "7bit");
            return part;
        }
        MimeBodyPart part = new PreencodedMimeBodyPart("base64");
        byte[] encoded = Base64.getMimeEncoder().encode(canonical(text).getBytes(StandardCharsets.UTF_8));
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(encoded, contentType)));
        part.setHeader("Content-Type", contentType);
        part.setHeader("Content-Transfer-Encoding", "base64"); // said, or Jakarta Mail scans the text to choose first
        return part;
    }

    /**
     * Text travels with CRLF line ends (RFC 2045); a 7bit part gets them on the way, an encoded one must have them.
     * Every LF gets a CR before it unless it has one; a lone CR stays. Copied in runs between line feeds: a regular
     * expression's replaceAll over a confirmation's 28 KB HTML was 3 % of a node's CPU under registration load,
     * four times what this takes.
     */
    static String canonical(String text) {
        int lineFeed = text.indexOf('\n');
        if (lineFeed < 0) {
            return text;
        }
        StringBuilder crlf = new StringBuilder(text.length() + text.length() / 32);
        int copied = 0;
        while (lineFeed >= 0) {
            if (lineFeed == 0 || text.charAt(lineFeed - 1) != '\r') {
                crlf.append(text, copied, lineFeed).append('\r');
                copied = lineFeed;
            }
            lineFeed = text.indexOf('\n', lineFeed + 1);
        }
        return crlf.append(text, copied, text.length()).toString();
    }

    /** ASCII without NUL or a lone CR, in lines of at most 998 characters. */
    static boolean sevenBit(String text) {
        int line = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || c == 0 || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                return false;
            }
            line = c == '\n' ? 0 : line + 1;
            if (line > LONGEST_LINE) {
                return false;
            }
        }
        return true;
    }
}
