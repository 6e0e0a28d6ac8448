package org.seminardesk.attendance;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.seminardesk.platform.ExcelCsv;
import org.seminardesk.platform.ExcelSheet;
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
        return ExcelSheet.write(book -> {
            Sheet participants = book.sheet("参加者");
            book.row(participants, 0, true, (Object[]) PARTICIPANT_HEADER);
            int next = 1;
            for (AttendanceRow row : review.participants()) {
                book.row(participants, next++, false, cells(row));
            }
            Sheet tallies = book.sheet("集計");
            book.row(tallies, 0, true, review.title(), review.dateLabel());
            book.row(tallies, 1, false, "出席の基準", review.rule().thresholdPercent() + "%（" + review.rule().minutesNeeded() + "分以上）");
            book.row(tallies, 3, true, (Object[]) TALLY_HEADER);
            next = tally(book, tallies, 4, List.of(review.figures().overall()), "全体");
            next = tally(book, tallies, next + 1, review.figures().byOrganisation(), null);
            tally(book, tallies, next + 1, review.figures().byFacilityType().stream()
                    .map(t -> AttendanceFigures.Tally.of(facilityType(t.label()), t.registered(), t.attended())).toList(), null);
        });
    }

    static String facilityType(String name) {
        return PageTexts.japanese("FacilityType." + name);
    }

    private static Object[] cells(AttendanceRow row) {
        return new Object[] {row.organisation(), facilityType(row.facilityType().name()), row.name(), row.email(),
                row.onlineMinutes(), row.checkedInAt() == null ? "" : CHECK_IN.format(row.checkedInAt()),
                row.attended() ? "出席" : "欠席"};
    }

    private static int tally(ExcelSheet book, Sheet sheet, int first, List<AttendanceFigures.Tally> tallies, String label) {
        int next = first;
        for (AttendanceFigures.Tally tally : tallies) {
            book.row(sheet, next++, false, label != null ? label : tally.label(), tally.registered(), tally.attended(),
                    tally.noShows(), tally.ratePercent());
        }
        return next;
    }
}
