package org.seminardesk.registration;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A seminar's participants as CSV for staff (sign-in sheets, name badges, the venue's list): one row per
 * participant, UTF-8 with a byte order mark so that Excel opens the Japanese correctly.
 */
public final class RegistrationExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] HEADER = {"事業所", "氏名", "メールアドレス", "配慮の希望", "状態", "申込日時"};

    private RegistrationExport() {
    }

    public static byte[] csv(SeminarRegistrationsView seminar) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(HEADER).get())) {
            for (SeminarRegistrationsView.Entry registration : seminar.registrations()) {
                for (RegistrationView.ParticipantView person : registration.participants()) {
                    printer.printRecord(registration.organisation(), person.name(), person.email(),
                            person.accessibilityNeeds(), label(registration.status()), WHEN.format(registration.createdAt()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] text = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[BOM.length + text.length];
        System.arraycopy(BOM, 0, withBom, 0, BOM.length);
        System.arraycopy(text, 0, withBom, BOM.length, text.length);
        return withBom;
    }

    private static String label(RegistrationStatus status) {
        return switch (status) {
            case CONFIRMED -> "参加確定";
            case WAITLISTED -> "キャンセル待ち";
            case CANCELLED -> "取り消し";
        };
    }
}
