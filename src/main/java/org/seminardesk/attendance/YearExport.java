package org.seminardesk.attendance;

import org.apache.poi.ss.usermodel.Sheet;
import org.seminardesk.platform.ExcelCsv;
import org.seminardesk.platform.ExcelSheet;
import org.seminardesk.platform.JapaneseDates;

/** The year at a glance for staff to keep: CSV of the organisations, or a workbook with the types and the absent too. */
public final class YearExport {

    static final String[] ORGANISATION_HEADER = {"事業所", "施設種別", "申込（延べ人数）", "出席（延べ人数）", "出席率（%）",
            "出席したセミナー数", "会議の出席", "会議の名簿"};

    private YearExport() {
    }

    public static byte[] csv(YearAtAGlance year) {
        return ExcelCsv.write(ORGANISATION_HEADER, printer -> {
            for (YearAtAGlance.OrganisationLine line : year.organisations()) {
                printer.printRecord(cells(line));
            }
        });
    }

    public static byte[] xlsx(YearAtAGlance year) {
        return ExcelSheet.write(book -> {
            Sheet organisations = book.sheet("事業所別");
            book.row(organisations, 0, true, (Object[]) ORGANISATION_HEADER);
            int next = 1;
            for (YearAtAGlance.OrganisationLine line : year.organisations()) {
                book.row(organisations, next++, false, cells(line));
            }
            Sheet types = book.sheet("施設種別");
            book.row(types, 0, true, JapaneseDates.fiscalYear(year.fiscalYear()), "セミナー " + year.seminars() + " 回",
                    "会議 " + year.meetings() + " 回");
            book.row(types, 2, true, (Object[]) AttendanceExport.TALLY_HEADER);
            book.row(types, 3, false, "全体", year.overall().registered(), year.overall().attended(), year.overall().noShows(),
                    year.overall().ratePercent());
            next = 4;
            for (AttendanceFigures.Tally type : year.byFacilityType()) {
                book.row(types, next++, false, AttendanceExport.facilityType(type.label()), type.registered(), type.attended(),
                        type.noShows(), type.ratePercent());
            }
            Sheet never = book.sheet("参加のなかった会員");
            book.row(never, 0, true, "事業所", "施設種別");
            next = 1;
            for (YearAtAGlance.Member member : year.neverTookPart()) {
                book.row(never, next++, false, member.name(), AttendanceExport.facilityType(member.facilityType().name()));
            }
        });
    }

    private static Object[] cells(YearAtAGlance.OrganisationLine line) {
        return new Object[] {line.name(), AttendanceExport.facilityType(line.facilityType().name()), line.registered(),
                line.attended(), line.ratePercent(), line.seminarsAttended(), line.meetingsPresent(), line.meetingsListed()};
    }
}
