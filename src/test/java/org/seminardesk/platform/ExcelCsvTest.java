package org.seminardesk.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ExcelCsvTest {

    @Test
    void cellsExcelWouldRunAsFormulasAreWrittenAsText() {
        for (String formula : new String[] {"=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "＝1+1", "＋1", "－1", "＠SUM(A1)"}) {
            assertEquals("'" + formula, ExcelCsv.inert(formula), formula);
        }
        assertEquals("山田 太郎", ExcelCsv.inert("山田 太郎"));
        assertEquals("03-1234-5678", ExcelCsv.inert("03-1234-5678"));
        String csv = new String(ExcelCsv.write(new String[] {"name", "minutes"},
                printer -> printer.printRecord("=HYPERLINK(\"http://x\",\"x\")", -5)), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"x\"\")\",-5"), csv);
    }

    @Test
    void aHeaderAnOrganiserWroteIsInertToo() {
        String csv = new String(ExcelCsv.write(new String[] {"氏名", "=cmd|' /C calc'!A0"}, printer -> printer.printRecord("a", "b")),
                StandardCharsets.UTF_8);
        assertTrue(csv.contains("氏名,'=cmd|' /C calc'!A0"), csv);
    }
}
