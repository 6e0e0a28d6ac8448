package org.seminardesk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.seminardesk.mail.MailTestSupport;

/**
 * Certificates of attendance: for 山田 (online long enough) and 鈴木 (checked in at the door), not for Sato
 * (30 minutes) nor before the end; read back from the PDF with the font embedded; verified by number without
 * a name; all at once for staff; mailed once.
 */
class CertificateIT extends MailTestSupport {

    private static final Pattern PARTICIPANT_LINK = Pattern.compile("/p/([A-Za-z0-9_-]{43})");

    private long seminar;
    private String tag;

    @BeforeEach
    void attendedSeminar() {
        seminar = publishedSeminar(10);
        tag = AttendanceFixture.registerThree(organiser, seminar, organisation(), organisation());
        assertEquals(201, staff.upload("api/attendance/seminars/" + seminar + "/imports?fileName=zoom.csv",
                AttendanceFixture.zoomReport(tag), "text/csv").status());
        long ichiro = AttendanceFixture.participant(staff.get("api/attendance/seminars/" + seminar).json(), "ichiro-")
                .getJsonNumber("participantId").longValue();
        assertEquals(200, staff.put("api/attendance/seminars/" + seminar + "/participants/" + ichiro + "/check-in", null).status());
    }

    private String linkOf(String emailPrefix) throws Exception {
        String address = emailPrefix + tag + "@example.org";
        String text = text(eventually(() -> mailTo(address), list -> !list.isEmpty()).get(0));
        Matcher link = PARTICIPANT_LINK.matcher(text);
        assertTrue(link.find(), text);
        return link.group(1);
    }

    private static String textOf(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void anAttendeeDownloadsTheirCertificateAfterTheSeminarAndANoShowIsRefused() throws Exception {
        String taro = linkOf("taro-");
        String hanako = linkOf("hanako-");
        assertEquals(409, anonymous.download("api/participants/" + taro + "/certificate.pdf").statusCode(), "not before the end");
        assertFalse(anonymous.get("p/" + taro).body().contains("certificate.pdf"));

        ageSeminar(seminar, Duration.ofDays(8)); // it was held yesterday
        HttpResponse<byte[]> pdf = anonymous.download("api/participants/" + taro + "/certificate.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        String number;
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("受講証明書"), text);
            assertTrue(text.contains("山田 太郎"), text);
            assertTrue(text.contains("令和"), "the era date: " + text);
            assertTrue(text.contains("分受講"), "the minutes online: " + text);
            for (var name : document.getPage(0).getResources().getFontNames()) {
                PDFont font = document.getPage(0).getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            }
            Matcher found = Pattern.compile("\\d{4}-[0-9A-Z]{8}").matcher(text);
            assertTrue(found.find(), text);
            number = found.group();
            assertTrue(text.contains("certificate.xhtml?n=" + number), text);
        }
        assertTrue(anonymous.get("p/" + taro).body().contains("certificate.pdf"), "the page offers it now");
        String english = textOf(anonymous.download("api/participants/" + taro + "/certificate.pdf?lang=en").body());
        assertTrue(english.contains("Certificate of Attendance") && english.contains(number), "the same number in English: " + english);

        JsonObject verified = anonymous.get("api/certificates/" + number).json();
        assertEquals(number, verified.getString("number"));
        assertFalse(verified.toString().contains("山田"), "the check names nobody: " + verified);
        assertTrue(anonymous.get("certificate.xhtml?n=" + number.toLowerCase()).body().contains("有効なもの"), "typed in lower case");
        assertEquals(404, anonymous.get("api/certificates/2021-ZZZZZZZZ").status());
        assertTrue(anonymous.get("certificate.xhtml?n=nonsense").body().contains("見つかりません"));

        HttpResponse<byte[]> refused = anonymous.download("api/participants/" + hanako + "/certificate.pdf");
        assertEquals(409, refused.statusCode(), "30 minutes of 120 is not attending");
        assertTrue(new String(refused.body(), java.nio.charset.StandardCharsets.UTF_8).contains("only for a participant who attended"));
        assertFalse(anonymous.get("p/" + hanako).body().contains("certificate.pdf"));
    }

    @Test
    void staffDownloadEveryAttendeesCertificateAtOnceAndMailThemOnce() throws Exception {
        String base = "api/attendance/seminars/" + seminar + "/certificates/";
        assertEquals(409, staff.download(base + "all.pdf").statusCode(), "not before the end");
        ageSeminar(seminar, Duration.ofDays(8)); // it was held yesterday

        byte[] all = staff.download(base + "all.pdf").body();
        try (PDDocument document = Loader.loadPDF(all)) {
            assertEquals(2, document.getNumberOfPages(), "山田 and 鈴木, not Sato");
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("山田 太郎") && text.contains("鈴木 一郎") && !text.contains("Hanako"), text);
            assertTrue(text.contains("出席"), "鈴木 checked in at the door: " + text);
        }
        List<String> files = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(staff.download(base + "all.zip").body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.add(entry.getName());
                assertTrue(textOf(zip.readAllBytes()).contains("受講証明書"));
            }
        }
        assertEquals(2, files.size(), files.toString());

        assertEquals(2, staff.post(base + "mail", "").json().getInt("told"));
        assertEquals(0, staff.post(base + "mail", "").json().getInt("told"), "nobody is told twice");
        var ready = eventually(() -> mailTo("taro-" + tag + "@example.org").stream().filter(m -> subjectOf(m).startsWith("【受講証明書】")).toList(),
                list -> !list.isEmpty());
        assertTrue(text(ready.get(0)).contains("/p/"), "the mail leads to their own page");
        assertEquals(0, mailTo("hanako-" + tag + "@example.org").stream().filter(m -> subjectOf(m).startsWith("【受講証明書】")).count());

        assertEquals(401, anonymous.download(base + "all.pdf").statusCode());
        assertEquals(404, staff.download("api/attendance/seminars/987654321/certificates/all.pdf").statusCode());
    }

    private static String subjectOf(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new AssertionError(e);
        }
    }
}
