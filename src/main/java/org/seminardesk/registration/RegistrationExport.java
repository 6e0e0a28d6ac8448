package org.seminardesk.registration;

import java.time.format.DateTimeFormatter;
import org.seminardesk.platform.ExcelCsv;

/**
 * A seminar's participants as CSV for staff (sign-in sheets, name badges, the venue's list): one row per
 * participant, UTF-8 with a byte order mark so that Excel opens the Japanese correctly.
 */
public final class RegistrationExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] HEADER = {"事業所", "氏名", "メールアドレス", "配慮の希望", "状態", "申込日時"};

    private RegistrationExport() {
    }

    public static byte[] csv(SeminarRegistrationsView seminar) {
        return ExcelCsv.write(HEADER, printer -> {
            for (SeminarRegistrationsView.Entry registration : seminar.registrations()) {
                for (RegistrationView.ParticipantView person : registration.participants()) {
                    printer.printRecord(registration.organisation(), person.name(), person.email(),
                            person.accessibilityNeeds(), label(registration.status()), WHEN.format(registration.createdAt()));
                }
            }
        });
    }

    private static String label(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "参加確定";
            case WAITLISTED -> "キャンセル待ち";
            case CANCELLED -> "取り消し";
        };
    }
}
