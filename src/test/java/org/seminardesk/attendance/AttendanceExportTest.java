package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.seminardesk.organisation.FacilityType;

/** The exports read back: CSV as Excel would (BOM, Japanese), the workbook with POI. */
class AttendanceExportTest {

    private final AttendanceReview review = new AttendanceReview(7, "工賃向上研修", "令和4年2月18日（金）", "Fri 18 Feb 2022",
            new AttendanceRule(50, 120), 60, List.of(
                    new AttendanceRow(1, "山田 太郎", "taro@example.org", 1, "ひまわり", FacilityType.CONTINUATION_B, 95, null, true),
                    new AttendanceRow(2, "佐藤 花子", "hanako@example.org", 1, "ひまわり", FacilityType.CONTINUATION_B, 10, null, false),
                    new AttendanceRow(3, "鈴木 一郎", "ichiro@example.org", 2, "あおぞら", FacilityType.EMPLOYMENT_TRANSITION, 0,
                            Instant.parse("2022-02-18T00:55:00Z"), true)),
            null, 0);

    @Test
    void csvHasABomAJapaneseHeaderAndARowPerParticipant() {
        byte[] csv = AttendanceExport.csv(review);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertEquals("事業所,施設種別,氏名,メールアドレス,オンライン参加（分）,受付時刻,出欠", lines.get(0));
        assertEquals("ひまわり,就労継続支援B型,山田 太郎,taro@example.org,95,,出席", lines.get(1));
        assertEquals("あおぞら,就労移行支援,鈴木 一郎,ichiro@example.org,0,2022-02-18 09:55,出席", lines.get(3), "Tokyo time");
        assertEquals(4, lines.size());
    }

    @Test
    void theWorkbookHoldsTheListAndTheCounts() throws IOException {
        AttendanceReview withFigures = new AttendanceReview(7, review.title(), review.dateLabel(), review.westernDateLabel(), review.rule(), 60,
                review.participants(), AttendanceFigures.of(review.participants()), 0);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(AttendanceExport.xlsx(withFigures)))) {
            Sheet participants = workbook.getSheet("参加者");
            assertEquals("佐藤 花子", participants.getRow(2).getCell(2).getStringCellValue());
            assertEquals(10, participants.getRow(2).getCell(4).getNumericCellValue());
            assertEquals("欠席", participants.getRow(2).getCell(6).getStringCellValue());
            Sheet counts = workbook.getSheet("集計");
            assertEquals("50%（60分以上）", counts.getRow(1).getCell(1).getStringCellValue());
            assertEquals("全体", counts.getRow(4).getCell(0).getStringCellValue());
            assertEquals(3, counts.getRow(4).getCell(1).getNumericCellValue());
            assertEquals(67, counts.getRow(4).getCell(4).getNumericCellValue(), "2 of 3");
            assertEquals("あおぞら", counts.getRow(6).getCell(0).getStringCellValue(), "organisations by name");
            assertEquals("就労移行支援", counts.getRow(9).getCell(0).getStringCellValue());
            assertEquals(2, counts.getRow(10).getCell(1).getNumericCellValue(), "就労継続支援B型: 2 registered");
        }
    }
}
