package org.seminardesk.attendance;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The text of an uploaded report: UTF-8 with or without a byte order mark, or UTF-16 (Teams) with one, or
 * UTF-16 LE without one when every other byte is zero. Lines are returned without the BOM.
 */
final class ReportText {

    private ReportText() {
    }

    static List<String> lines(byte[] content) {
        String text;
        if (startsWith(content, 0xEF, 0xBB, 0xBF)) {
            text = decode(content, 3, StandardCharsets.UTF_8);
        } else if (startsWith(content, 0xFF, 0xFE)) {
            text = decode(content, 2, StandardCharsets.UTF_16LE);
        } else if (startsWith(content, 0xFE, 0xFF)) {
            text = decode(content, 2, StandardCharsets.UTF_16BE);
        } else if (content.length >= 4 && content[1] == 0 && content[3] == 0 && content[0] != 0) {
            text = decode(content, 0, StandardCharsets.UTF_16LE);
        } else {
            text = decode(content, 0, StandardCharsets.UTF_8);
        }
        return text.lines().toList();
    }

    private static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String decode(byte[] content, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, offset, content.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new AttendanceReportException(0, AttendanceReportException.Problem.NOT_TEXT, "The file is not text in UTF-8 or UTF-16; export the report again as CSV");
        }
    }
}
