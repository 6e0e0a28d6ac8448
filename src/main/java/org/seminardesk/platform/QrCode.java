package org.seminardesk.platform;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A QR code (ZXing) drawn without images: as SVG for pages, and as an HTML table of black cells for mail,
 * which every mail program shows without loading anything. Only for codes made by the application.
 */
public final class QrCode {

    private static final int QUIET_ZONE = 4;

    /** The size of a module in a mail's table, in pixels. */
    private static final int MAIL_CELL = 4;

    /** What a stored mail holds where its table goes; values are escaped in mail HTML, so only the application writes it. */
    private static final String IN_MAIL_START = "<!--check-in QR ";
    private static final Pattern IN_MAIL = Pattern.compile(Pattern.quote(IN_MAIL_START) + "([" + ShortCode.ALPHABET + "]{1,64})-->");

    private QrCode() {
    }

    public static BitMatrix matrix(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, QUIET_ZONE, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot draw a QR code of " + text.length() + " characters", e);
        }
    }

    /** One unit per module, scaled by the page; crisp at any size. */
    public static String svg(String text) {
        BitMatrix m = matrix(text);
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    int run = 1;
                    while (x + run < m.getWidth() && m.get(x + run, y)) {
                        run++;
                    }
                    path.append('M').append(x).append(' ').append(y).append('h').append(run).append("v1h-").append(run).append('z');
                    x += run - 1;
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path fill=\"#000\" d=\""
                + path + "\"/></svg>";
    }

    /**
     * The place of a check-in code's table in a mail as it is stored: a comment of a few bytes instead of the table's
     * 21 KB, which {@link #drawnInMail} draws as the mail is sent or shown. The outbox keeps every mail's words;
     * the table is the same for the same code, so it need not be kept (until 2026-12-08 it was, and PostgreSQL
     * compressed and logged it for every confirmation).
     */
    public static String inMail(String code) {
        String placeholder = IN_MAIL_START + code + "-->";
        if (!IN_MAIL.matcher(placeholder).matches()) {
            throw new IllegalArgumentException("Not a check-in code: " + code);
        }
        return placeholder;
    }

    /** A stored mail's HTML with each check-in code's place ({@link #inMail}) drawn as its table. */
    public static String drawnInMail(String html) {
        if (html == null || !html.contains(IN_MAIL_START)) {
            return html;
        }
        return IN_MAIL.matcher(html).replaceAll(found -> Matcher.quoteReplacement(htmlTable(found.group(1), MAIL_CELL)));
    }

    /** A table of cells {@code cell} pixels square; runs of one colour share a cell (colspan) to keep mail small. */
    public static String htmlTable(String text, int cell) {
        BitMatrix m = matrix(text);
        StringBuilder html = new StringBuilder("<table role=\"presentation\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\""
                + " style=\"border-collapse:collapse;table-layout:fixed;background:#fff\">");
        // an empty first row fixes the columns, so that the runs below line up in every mail program
        html.append("<tr>");
        for (int x = 0; x < m.getWidth(); x++) {
            html.append("<td style=\"width:").append(cell).append("px;height:0;padding:0\"></td>");
        }
        html.append("</tr>");
        for (int y = 0; y < m.getHeight(); y++) {
            html.append("<tr>");
            for (int x = 0; x < m.getWidth(); ) {
                boolean black = m.get(x, y);
                int run = 1;
                while (x + run < m.getWidth() && m.get(x + run, y) == black) {
                    run++;
                }
                html.append("<td").append(run > 1 ? " colspan=\"" + run + "\"" : "").append(" style=\"width:")
                        .append(cell * run).append("px;height:").append(cell).append("px;padding:0;background:")
                        .append(black ? "#000" : "#fff").append("\"></td>");
                x += run;
            }
            html.append("</tr>");
        }
        return html.append("</table>").toString();
    }
}
