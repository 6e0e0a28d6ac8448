package org.seminardesk.attendance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.seminardesk.platform.ExcelCsv;
import org.seminardesk.platform.i18n.PageTexts;

/**
 * A seminar's attendance for staff to keep or pass on: CSV (UTF-8 with BOM) with a row per participant, and an
 * Excel workbook with that list plus the counts per organisation and per facility type. Headings in Japanese.
 */
public final class AttendanceExport {

    static final String[] PARTICIPANT_HEADER = {"事業所", "施設種別", "氏名", "メールアドレス", "オンライン参加（分）", "受付時刻", "出欠"};
    static final String[] TALLY_HEADER = {"区分", "申込", "出席", "欠席", "出席率（%）"};
    private static final DateTimeFormatter CHECK_IN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Tokyo"));

    private AttendanceExport() {
    }

    public static byte[] csv(AttendanceReview review) {
        return ExcelCsv.write(PARTICIPANT_HEADER, printer -> {
            for (AttendanceRow row : review.participants()) {
                printer.printRecord(cells(row));
            }
        });
    }

    public static byte[] xlsx(AttendanceReview review) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet participants = workbook.createSheet("参加者");
            row(participants, 0, bold, (Object[]) PARTICIPANT_HEADER);
            int next = 1;
            for (AttendanceRow row : review.participants()) {
                row(participants, next++, null, cells(row));
            }
            Sheet tallies = workbook.createSheet("集計");
            row(tallies, 0, bold, review.title(), review.dateLabel());
            row(tallies, 1, null, "出席の基準", review.rule().thresholdPercent() + "%（" + review.rule().minutesNeeded() + "分以上）");
            row(tallies, 3, bold, (Object[]) TALLY_HEADER);
            next = tally(tallies, 4, List.of(review.figures().overall()), "全体");
            next = tally(tallies, next + 1, review.figures().byOrganisation(), null);
            tally(tallies, next + 1, review.figures().byFacilityType().stream()
                    .map(t -> AttendanceFigures.Tally.of(facilityType(t.label()), t.registered(), t.attended())).toList(), null);
            for (Sheet sheet : List.of(participants, tallies)) {
                for (int column = 0; column < 7; column++) {
                    sheet.setColumnWidth(column, 20 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String facilityType(String name) {
        return PageTexts.japanese("FacilityType." + name);
    }

    private static Object[] cells(AttendanceRow row) {
        return new Object[] {row.organisation(), facilityType(row.facilityType().name()), row.name(), row.email(),
                row.onlineMinutes(), row.checkedInAt() == null ? "" : CHECK_IN.format(row.checkedInAt()),
                row.attended() ? "出席" : "欠席"};
    }

    private static int tally(Sheet sheet, int first, List<AttendanceFigures.Tally> tallies, String label) {
        int next = first;
        for (AttendanceFigures.Tally tally : tallies) {
            row(sheet, next++, null, label != null ? label : tally.label(), tally.registered(), tally.attended(),
                    tally.noShows(), tally.ratePercent());
        }
        return next;
    }

    private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            if (values[i] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(values[i] == null ? "" : values[i].toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
