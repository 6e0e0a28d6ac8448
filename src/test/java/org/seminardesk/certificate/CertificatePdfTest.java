package org.seminardesk.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Needs the font .ci/run installs (Debian's fonts-ipafont-gothic), as the server does. */
class CertificatePdfTest {

    private static final CertificatePdf PDF = new CertificatePdf(Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"));

    private static CertificateContent content(String name, String title) {
        return new CertificateContent(name, "就労継続支援B型 ひまわり", title, "令和4年2月18日（金） 10:00–12:00",
                "オンラインで 95 分受講", List.of("近藤先生", "山本先生"), "就労支援部会", "令和4年2月25日 発行",
                "2021-7KQ4M9XW", "https://seminars.example.jp/certificate.xhtml?n=2021-7KQ4M9XW");
    }

    private static ResourceBundle japanese() {
        return ResourceBundle.getBundle("org.seminardesk.platform.i18n.messages", Locale.JAPANESE);
    }

    @Test
    void aCertificateReadsBackWithEveryFactAndAMissingGlyphAsGeta() throws Exception {
        String longTitle = "超短時間雇用セミナー　".repeat(8);
        byte[] pdf = PDF.render(List.of(content("山田 太郎😀", longTitle)), List.of(japanese()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            assertTrue(text.contains("受講証明書"), text);
            assertTrue(text.contains("山田 太郎〓 様"), "an emoji the font lacks prints as 〓: " + text);
            assertTrue(text.contains("令和4年2月18日（金）"), text);
            assertTrue(text.contains("近藤先生、山本先生"), text);
            assertTrue(text.contains("2021-7KQ4M9XW"), text);
            assertTrue(text.lines().filter(line -> line.contains("超短時間雇用セミナー")).count() >= 2, "a long title wraps: " + text);
            assertTrue(document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next()).isEmbedded());
        }
    }

    @Test
    void oneDocumentHoldsAPagePerCertificate() throws Exception {
        byte[] pdf = PDF.render(List.of(content("山田 太郎", "研修"), content("鈴木 一郎", "研修")), List.of(japanese(), japanese()));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(2, document.getNumberOfPages());
        }
    }

    @Test
    void numbersAreReadableAndForgivingWhenTyped() {
        String number = CertificateNumber.next(2021);
        assertTrue(number.matches("2021-[0-9A-HJKMNP-TV-Z]{8}"), number);
        assertEquals(number, CertificateNumber.normalise(" " + number.toLowerCase() + " ").orElseThrow());
        assertEquals("2021-0000111A", CertificateNumber.normalise("2021-OOOOIIlA").orElseThrow());
        assertTrue(CertificateNumber.normalise("2021-123").isEmpty());
        assertTrue(CertificateNumber.normalise("'; drop table certificate; --").isEmpty());
    }
}
