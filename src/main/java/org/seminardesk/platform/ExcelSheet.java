package org.seminardesk.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel workbooks (.xlsx) for the exports: sheets of rows of text and number cells, header rows in bold.
 * Every text is a string cell, never a formula, so a name such as "=HYPERLINK(…)" stays text (the CSV exports
 * quote it instead, ExcelCsv).
 */
public final class ExcelSheet {

    private static final int COLUMN_WIDTH = 20 * 256;

    private final XSSFWorkbook workbook;
    private final CellStyle bold;

    private ExcelSheet(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
    }

    /** One sheet: a bold header, then the rows. */
    public static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
        return write(book -> {
            Sheet sheet = book.sheet(sheetName);
            book.row(sheet, 0, true, header.toArray());
            for (int r = 0; r < rows.size(); r++) {
                book.row(sheet, r + 1, false, rows.get(r).toArray());
            }
            sheet.createFreezePane(0, 1);
        });
    }

    /** A workbook of the sheets content writes. */
    public static byte[] write(Consumer<ExcelSheet> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(new ExcelSheet(workbook));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Sheet sheet(String name) {
        return workbook.createSheet(name);
    }

    /** Row index of sheet: numbers as number cells, everything else as text; widens the columns it fills. */
    public void row(Sheet sheet, int index, boolean boldRow, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            var cell = row.createCell(c);
            if (values[c] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(values[c] == null ? "" : values[c].toString());
            }
            if (boldRow) {
                cell.setCellStyle(bold);
            }
            if (sheet.getColumnWidth(c) < COLUMN_WIDTH) {
                sheet.setColumnWidth(c, COLUMN_WIDTH);
            }
        }
    }
}
