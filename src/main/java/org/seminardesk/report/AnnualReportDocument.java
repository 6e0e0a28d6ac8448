package org.seminardesk.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Writes the annual report as a Word document in the shape of the subcommittee's own (../shared/seed): a
 * section per meeting (日時, 会場, 概要 by agenda item, 出席), per seminar (日時, 講師, 形式, 参加状況, 概要),
 * the pro bono matches, and the plans for the next year.
 */
public final class AnnualReportDocument {

    private static final String FONT = "游明朝";
    private static final String INDENT = "　　　";

    private AnnualReportDocument() {
    }

    public static byte[] docx(AnnualReport report) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            run(title, report.yearLabel() + "　就労支援部会　報告書", true, 16);
            for (AnnualReport.Meeting meeting : report.meetings()) {
                meeting(document, meeting);
            }
            for (AnnualReport.Seminar seminar : report.seminars()) {
                seminar(document, seminar);
            }
            participation(document, report.participation());
            probono(document, report);
            heading(document, "〇" + report.nextYearLabel() + "について");
            lines(document, report.plans() == null || report.plans().isBlank() ? "（未記入）" : report.plans(), "");
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void meeting(XWPFDocument document, AnnualReport.Meeting meeting) {
        heading(document, "■" + meeting.title());
        text(document, "日時：" + meeting.when());
        text(document, meeting.written() ? "（書面開催）" : "会場：" + (meeting.venue() == null ? "—" : meeting.venue()));
        if (!meeting.agenda().isEmpty()) {
            text(document, "概要：");
            int number = 1;
            for (AnnualReport.Item item : meeting.agenda()) {
                text(document, INDENT + (number++) + "．" + item.title());
                if (item.minutes() != null) {
                    lines(document, item.minutes(), INDENT + "　　");
                }
            }
        }
        if (!meeting.chairs().isEmpty() || !meeting.members().isEmpty()) {
            text(document, meeting.written() ? "部会員）" : "出席）");
            meeting.chairs().forEach(chair -> text(document, INDENT + chair));
            int number = 1;
            for (String member : meeting.members()) {
                text(document, INDENT + "部会員：" + (number++) + "．" + member);
            }
        }
    }

    private static void seminar(XWPFDocument document, AnnualReport.Seminar seminar) {
        heading(document, "■" + seminar.title());
        text(document, "日時：" + seminar.when());
        if (!seminar.lecturers().isEmpty()) {
            text(document, "講師：" + String.join("、", seminar.lecturers()));
        }
        text(document, "形式：" + seminar.format());
        text(document, "参加状況：申込 " + seminar.registered() + " 名"
                + (seminar.attended() == null ? "" : "、出席 " + seminar.attended() + " 名（出席率 " + seminar.ratePercent() + "%）"));
        if (seminar.byMode() != null) {
            text(document, "参加方法：" + seminar.byMode());
        }
        if (seminar.description() != null) {
            text(document, "概要：");
            lines(document, seminar.description(), INDENT);
        }
    }

    /** The year at a glance: overall, per facility type, and the members who never took part. */
    private static void participation(XWPFDocument document, org.seminardesk.attendance.YearAtAGlance year) {
        heading(document, "■年間の参加状況");
        text(document, "セミナー " + year.seminars() + " 回、会議 " + year.meetings() + " 回。セミナーの申込 延べ "
                + year.overall().registered() + " 名、出席 延べ " + year.overall().attended() + " 名（出席率 "
                + year.overall().ratePercent() + "%）");
        for (var type : year.byFacilityType()) {
            text(document, INDENT + org.seminardesk.platform.i18n.PageTexts.japanese("FacilityType." + type.label())
                    + "：申込 " + type.registered() + " 名、出席 " + type.attended() + " 名（" + type.ratePercent() + "%）");
        }
        long tookPart = year.organisations().stream().filter(o -> o.attended() > 0 || o.meetingsPresent() > 0).count();
        text(document, "参加した事業所：" + tookPart + " か所");
        if (!year.neverTookPart().isEmpty()) {
            text(document, "参加のなかった会員事業所：" + year.neverTookPart().stream()
                    .map(org.seminardesk.attendance.YearAtAGlance.Member::name).collect(java.util.stream.Collectors.joining("、")));
        }
    }

    private static void probono(XWPFDocument document, AnnualReport report) {
        heading(document, "■プロボノ");
        long completed = report.probono().stream().filter(p -> p.outcome().equals("完了")).count();
        text(document, "マッチング " + report.probono().size() + " 件（うち完了 " + completed + " 件）");
        for (AnnualReport.ProBono match : report.probono()) {
            text(document, INDENT + match.organisation() + "：" + match.need() + " ― " + match.helper() + "（" + match.outcome() + "）");
        }
    }

    private static void heading(XWPFDocument document, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setSpacingBefore(240);
        run(paragraph, text, true, 12);
    }

    private static void text(XWPFDocument document, String text) {
        run(document.createParagraph(), text, false, 10.5);
    }

    /** Keeps the organiser's line breaks: one paragraph per line. */
    private static void lines(XWPFDocument document, String text, String indent) {
        text.lines().forEach(line -> text(document, indent + line.strip()));
    }

    private static void run(XWPFParagraph paragraph, String text, boolean bold, double size) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setBold(bold);
        run.setFontSize(size);
        run.setFontFamily(FONT);
    }
}
