package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Workbooks hold what was given: a formula typed into a name stays text, numbers stay numbers. */
class ExcelSheetTest {

    @Test
    void aFormulaInANameStaysText() throws Exception {
        byte[] file = ExcelSheet.xlsx("参加者", List.of("氏名", "分"),
                List.of(Arrays.asList("=HYPERLINK(\"http://evil.example\",\"click\")", 42), Arrays.asList("@SUM(A1)", null)));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            var sheet = workbook.getSheet("参加者");
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("=HYPERLINK(\"http://evil.example\",\"click\")", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(42.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(0).getCellType());
            assertEquals("", sheet.getRow(2).getCell(1).getStringCellValue());
            assertEquals(true, workbook.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold(), "a bold header");
        }
    }
}
