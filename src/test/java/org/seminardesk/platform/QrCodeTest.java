package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    /** Reads a QR code back from its modules drawn 4 pixels each, as a camera would see the page. */
    private static String decode(BitMatrix modules) throws Exception {
        int scale = 4;
        int width = modules.getWidth() * scale;
        int height = modules.getHeight() * scale;
        int[] pixels = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                pixels[y * width + x] = modules.get(x / scale, y / scale) ? 0xFF000000 : 0xFFFFFFFF;
            }
        }
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels))))
                .getText();
    }

    /** The SVG's path, drawn back into modules. */
    private static BitMatrix fromSvg(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        BitMatrix modules = new BitMatrix(Integer.parseInt(box.group(1)), Integer.parseInt(box.group(2)));
        Matcher run = Pattern.compile("M(\\d+) (\\d+)h(\\d+)").matcher(svg);
        while (run.find()) {
            modules.setRegion(Integer.parseInt(run.group(1)), Integer.parseInt(run.group(2)), Integer.parseInt(run.group(3)), 1);
        }
        return modules;
    }

    /** The mail's table, read row by row from its colspans and colours. */
    private static BitMatrix fromTable(String html, int size) {
        BitMatrix modules = new BitMatrix(size, size);
        String[] rows = html.split("<tr>");
        for (int y = 0; y < size; y++) {
            Matcher cell = Pattern.compile("<td(?: colspan=\"(\\d+)\")? style=\"[^\"]*background:(#000|#fff)\"").matcher(rows[y + 2]);
            int x = 0;
            while (cell.find()) {
                int span = cell.group(1) == null ? 1 : Integer.parseInt(cell.group(1));
                if (cell.group(2).equals("#000")) {
                    modules.setRegion(x, y, span, 1);
                }
                x += span;
            }
            assertEquals(size, x, "every row spans the whole width");
        }
        return modules;
    }

    @Test
    void theSvgAndTheMailTableBothReadBackAsTheCode() throws Exception {
        String code = ShortCode.random(8);
        assertEquals(code, decode(QrCode.matrix(code)));
        assertEquals(code, decode(fromSvg(QrCode.svg(code))));
        String table = QrCode.htmlTable(code, 4);
        assertEquals(code, decode(fromTable(table, QrCode.matrix(code).getWidth())));
        assertTrue(table.length() < 40_000, "small enough for every mail: " + table.length());
        assertFalse(table.contains("<img"), "no image to load");
    }

    @Test
    void aMailStoresTheCodesPlaceAndShowsItsTable() {
        String code = ShortCode.random(8);
        String stored = "<p>受付コード</p>" + QrCode.inMail(code) + "<p>" + QrCode.inMail("7KQ4M9X0") + "</p>";
        assertTrue(stored.length() < 100, stored);
        assertEquals("<p>受付コード</p>" + QrCode.htmlTable(code, 4) + "<p>" + QrCode.htmlTable("7KQ4M9X0", 4) + "</p>",
                QrCode.drawnInMail(stored));
        // only the application's codes: anything else stays as it is, and is refused where the place is made
        String other = "<!--check-in QR abc--><!--check-in QR $1--><!--check-in QR -->";
        assertEquals(other, QrCode.drawnInMail(other));
        assertNull(QrCode.drawnInMail(null));
        assertThrows(IllegalArgumentException.class, () -> QrCode.inMail("--><script>"));
    }

    @Test
    void typedCodesForgiveCaseSpacesAndLookAlikes() {
        assertEquals("7KQ4M9X0", ShortCode.normalise(" 7kq4 m9xo "));
        assertEquals("A1B11C00", ShortCode.normalise("ａ１ｂｉｌｃＯo"));
        assertTrue(ShortCode.isCode("7KQ4M9X0", 8));
        assertFalse(ShortCode.isCode("7KQ4M9XU", 8), "U is not in the alphabet");
        assertFalse(ShortCode.isCode("7KQ4M9X", 8));
        assertTrue(ShortCode.random(8).chars().allMatch(c -> ShortCode.ALPHABET.indexOf(c) >= 0));
    }
}
