package org.seminardesk.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class OrganisationSheetTest {

    private static final String CSV = """
            \uFEFF施設種別,事業所名,住所,担当者名,担当者メール
            就労継続支援Ｂ型,ＬＩＴＡＬＩＣＯワークス五反田,品川区西五反田,山田 太郎,taro@example.jp

            企業,株式会社テスト,,,
            不明な種別,壊れた行,,佐藤,not-an-address
            "B型","改行を含む
            事業所",,,
            """;

    @Test
    void readsAUtf8CsvByItsHeadersInAnyOrderWithTrueLineNumbers() {
        OrganisationSheet.Read read = OrganisationSheet.read(CSV.getBytes(StandardCharsets.UTF_8));
        assertEquals(3, read.lines().size(), read.toString());
        OrganisationSheet.Line first = read.lines().get(0);
        assertEquals(2, first.line());
        assertEquals(FacilityType.CONTINUATION_B, first.type(), "full-width Ｂ folds");
        assertEquals("taro@example.jp", first.contactEmail());
        assertEquals(4, read.lines().get(1).line(), "a blank line still counts");
        assertNull(read.lines().get(1).contactName());
        assertEquals(6, read.lines().get(2).line(), "a cell spanning lines: its row starts on line 6");
        assertEquals(1, read.problems().size());
        OrganisationSheet.Problem broken = read.problems().get(0);
        assertEquals(5, broken.line());
        assertTrue(broken.message().contains("unknown facility type") && broken.message().contains("not an e-mail address"), broken.message());
    }

    @Test
    void readsExcelsShiftJisCsvAndAWorkbook() throws Exception {
        byte[] sjis = "事業所名,施設種別\nかもめ第一工房,就労継続支援B型\n".getBytes(Charset.forName("windows-31j"));
        assertEquals("かもめ第一工房", OrganisationSheet.read(sjis).lines().get(0).name());

        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("一覧");
            sheet.createRow(0).createCell(0).setCellValue("Name");
            sheet.getRow(0).createCell(1).setCellValue("Phone");
            sheet.createRow(2).createCell(0).setCellValue("ガーデン");
            sheet.getRow(2).createCell(1).setCellValue("03-1234-5678");
            workbook.write(out);
            OrganisationSheet.Read read = OrganisationSheet.read(out.toByteArray());
            assertEquals(List.of(), read.problems());
            assertEquals(3, read.lines().get(0).line());
            assertEquals("03-1234-5678", read.lines().get(0).phone());
        }
    }

    @Test
    void aFileWithoutANameColumnOrUnreadableIsRefusedWhole() {
        OrganisationSheet.Read wrongHeader = OrganisationSheet.read("施設,電話\nA,03\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(), wrongHeader.lines());
        assertEquals(1, wrongHeader.problems().get(0).line());
        assertTrue(wrongHeader.problems().get(0).message().contains("事業所名"));
        assertEquals(0, OrganisationSheet.read(new byte[] {'P', 'K', 3, 4, 0, 1}).lines().size());
        assertEquals(1, OrganisationSheet.read(new byte[0]).problems().size());
    }

    @Test
    void facilityTypesHaveTheirJapaneseNames() {
        assertEquals("就労継続支援B型", OrganisationSheet.label(FacilityType.CONTINUATION_B));
        assertEquals("企業", OrganisationSheet.label(FacilityType.COMPANY));
    }
}
