package org.seminardesk.registration;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.seminardesk.platform.ExcelCsv;
import org.seminardesk.platform.ExcelSheet;

/**
 * A seminar's participants for staff and organisers (sign-in sheets, name badges, the venue's list), with the
 * 配慮 (needs) column and, at a hybrid seminar, how each takes part: one row per participant, as CSV (UTF-8 with a byte order mark, so that Excel opens the
 * Japanese correctly) or as an Excel workbook.
 */
public final class RegistrationExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] HEADER = {"事業所", "氏名", "メールアドレス", "配慮の希望", "状態", "申込日時", "参加方法"};

    private RegistrationExport() {
    }

    public static byte[] csv(SeminarRegistrationsView seminar) {
        return ExcelCsv.write(header(seminar).toArray(String[]::new), printer -> {
            for (List<Object> row : rows(seminar)) {
                printer.printRecord(row);
            }
        });
    }

    /** The same rows as an Excel workbook. */
    public static byte[] xlsx(SeminarRegistrationsView seminar) {
        return ExcelSheet.xlsx("参加者", header(seminar), rows(seminar));
    }

    /** The fixed columns, then one per question the seminar asks (the registration's, then each person's). */
    private static List<String> header(SeminarRegistrationsView seminar) {
        List<String> header = new ArrayList<>(List.of(HEADER));
        header.addAll(seminar.registrationQuestions());
        header.addAll(seminar.participantQuestions());
        return header;
    }

    private static List<List<Object>> rows(SeminarRegistrationsView seminar) {
        List<List<Object>> rows = new ArrayList<>();
        for (SeminarRegistrationsView.Entry registration : seminar.registrations()) {
            for (RegistrationView.ParticipantView person : registration.participants()) {
                List<Object> row = new ArrayList<>(java.util.Arrays.asList(registration.organisation(), person.name(), person.email(),
                        person.accessibilityNeeds(), label(registration.status()), WHEN.format(registration.createdAt()),
                        person.mode() == null ? null : org.seminardesk.platform.i18n.PageTexts.japanese("AttendanceMode." + person.mode())));
                row.addAll(registration.answers());
                row.addAll(registration.participantAnswers().getOrDefault(person.id(), List.of()));
                rows.add(row);
            }
        }
        return rows;
    }

    private static String label(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "参加確定";
            case WAITLISTED -> "キャンセル待ち";
            case CANCELLED -> "取り消し";
        };
    }
}
