package org.seminardesk.platform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV that Excel opens with the Japanese intact: UTF-8 with a byte order mark, Excel's quoting and line ends.
 * Formula-safe for every export: a text cell that Excel would run as a formula (starting with =, +, -, @, a
 * tab or a carriage return — names and free texts come from the public) is written with a leading ', headers
 * too (they carry organisers' own question texts).
 */
public final class ExcelCsv {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    public interface Rows {
        void printTo(Printer printer) throws IOException;
    }

    /** The only way rows reach the file, so that no export can forget the formula guard. */
    public static final class Printer {
        private final CSVPrinter csv;

        private Printer(CSVPrinter csv) {
            this.csv = csv;
        }

        public void printRecord(Iterable<?> values) throws IOException {
            java.util.List<Object> all = new java.util.ArrayList<>();
            values.forEach(all::add);
            printRecord(all.toArray());
        }

        public void printRecord(Object... values) throws IOException {
            Object[] safe = new Object[values.length];
            for (int i = 0; i < values.length; i++) {
                safe[i] = values[i] instanceof String text ? inert(text) : values[i];
            }
            csv.printRecord(safe);
        }
    }

    /**
     * "=HYPERLINK(…)" → "'=HYPERLINK(…)": shown as text, never run. The full-width ＝＋－＠ too: Japanese input
     * writes them, and a spreadsheet that folds width would read a formula.
     */
    public static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r＝＋－＠".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private ExcelCsv() {
    }

    public static byte[] write(String[] header, Rows rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder()
                .setHeader(java.util.Arrays.stream(header).map(ExcelCsv::inert).toArray(String[]::new)).get())) {
            rows.printTo(new Printer(printer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }
}
