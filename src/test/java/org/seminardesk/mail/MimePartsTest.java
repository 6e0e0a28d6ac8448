package org.seminardesk.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MimePartsTest {

    /** The part in a message, written out and parsed back as a mail program would. */
    private static MimeBodyPart throughAMail(MimeBodyPart part) throws Exception {
        Session session = Session.getInstance(new Properties());
        MimeMessage message = new MimeMessage(session);
        MimeMultipart alternatives = new MimeMultipart("alternative");
        alternatives.addBodyPart(part);
        message.setContent(alternatives);
        message.saveChanges();
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        message.writeTo(wire);
        for (String line : wire.toString(StandardCharsets.US_ASCII).split("\r\n")) {
            assertTrue(line.length() <= 998, "no line longer than a mail may carry");
        }
        MimeMessage read = new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));
        return (MimeBodyPart) ((MimeMultipart) read.getContent()).getBodyPart(0);
    }

    @Test
    void japaneseTextArrivesAsWrittenInBase64() throws Exception {
        String text = "山田 太郎 様\n\n令和8年12月7日（月）の研修会のお申込みを受け付けました。\nhttps://example.org/p/abc?x=1\n";
        MimeBodyPart read = throughAMail(MimeParts.text(text, "text/plain; charset=UTF-8"));
        assertEquals("base64", read.getEncoding());
        assertEquals(text.replace("\n", "\r\n"), read.getContent(), "with the CRLF line ends text travels with");
        assertTrue(read.isMimeType("text/plain"));
    }

    @Test
    void plainEnglishGoesAsItIs() throws Exception {
        String text = "Dear Hanako Sato,\n\nyour registration is confirmed.\n";
        MimeBodyPart read = throughAMail(MimeParts.text(text, "text/plain; charset=UTF-8"));
        assertEquals("7bit", read.getEncoding());
        assertEquals(text, ((String) read.getContent()).replace("\r\n", "\n"));
    }

    @Test
    void aLongHtmlLineAndACalendarAreEncodedAndComeBackWhole() throws Exception {
        String table = "<table>" + "<td style=\"width:4px;height:4px;background:#000\"></td>".repeat(600) + "</table>";
        MimeBodyPart html = throughAMail(MimeParts.text(table, "text/html; charset=UTF-8"));
        assertEquals("base64", html.getEncoding(), "a 30 KB line may not go as it is");
        assertEquals(table, html.getContent());
        String calendar = "BEGIN:VCALENDAR\r\nSUMMARY:研修会\r\nEND:VCALENDAR\r\n";
        MimeBodyPart invite = throughAMail(MimeParts.text(calendar, "text/calendar; charset=UTF-8; method=REQUEST"));
        assertEquals(calendar, new String(invite.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void onlyShortAsciiLinesAreSevenBit() {
        assertTrue(MimeParts.sevenBit("a\r\nb\nc"));
        assertTrue(MimeParts.sevenBit("x".repeat(998)));
        assertFalse(MimeParts.sevenBit("x".repeat(999)));
        assertFalse(MimeParts.sevenBit("é"));
        assertFalse(MimeParts.sevenBit("a\rb"), "a lone CR");
        assertFalse(MimeParts.sevenBit("a\u0000b"));
    }

    @Test
    void lineEndsBecomeCrlfAndNothingElseChanges() {
        assertEquals("no line end", MimeParts.canonical("no line end"));
        assertEquals("a\r\nb\r\n", MimeParts.canonical("a\nb\n"));
        assertEquals("\r\n\r\nx", MimeParts.canonical("\n\r\nx"), "a first LF, and one that has its CR");
        assertEquals("a\rb\r\r\nc", MimeParts.canonical("a\rb\r\r\nc"), "a lone CR stays, CR CR LF keeps both");
        assertEquals("山田\r\n様\r\n", MimeParts.canonical("山田\n様\r\n"));
    }

    @Test
    void lineEndsComeOutAsTheRuleOfRfc2045SaysForAnyMixOfCrAndLf() {
        java.util.regex.Pattern lineEnd = java.util.regex.Pattern.compile("\r?\n");
        java.util.Random random = new java.util.Random(20261207);
        char[] alphabet = {'\r', '\n', 'a', '山'};
        for (int n = 0; n < 5000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(14); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(lineEnd.matcher(text).replaceAll("\r\n"), MimeParts.canonical(text.toString()), text.toString());
        }
    }
}
