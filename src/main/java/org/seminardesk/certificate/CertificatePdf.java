package org.seminardesk.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Draws certificates as A4 pages, one per person, with the Japanese font embedded (a subset of its glyphs),
 * so that the PDF reads the same on any machine. Labels come from the page texts in the reader's language.
 */
public final class CertificatePdf {

    private static final float MARGIN = 64;
    private static final float WIDTH = PDRectangle.A4.getWidth();
    private static final float HEIGHT = PDRectangle.A4.getHeight();

    private final Path font;
    // read once: PDFBox's own file mapping logs an error on every close under WildFly's module rules
    private volatile byte[] fontBytes;

    /** font: a TrueType font with Japanese glyphs (e.g. Debian's fonts-ipafont-gothic). */
    public CertificatePdf(Path font) {
        this.font = font;
    }

    public boolean fontAvailable() {
        return Files.isReadable(font);
    }

    /** One PDF with a page per certificate, each in its own language (labels: the bundle of that language). */
    public byte[] render(List<CertificateContent> certificates, List<ResourceBundle> labels) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType0Font type = PDType0Font.load(document, new java.io.ByteArrayInputStream(fontBytes()));
            for (int i = 0; i < certificates.size(); i++) {
                page(document, type, certificates.get(i), labels.get(i));
            }
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(certificates.size() == 1 ? labels.get(0).getString("certificate.title") + " "
                    + certificates.get(0).number() : labels.get(0).getString("certificate.title"));
            info.setProducer("Seminar Desk");
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not draw the certificate with the font " + font, e);
        }
    }

    private byte[] fontBytes() throws IOException {
        if (fontBytes == null) {
            fontBytes = Files.readAllBytes(font);
        }
        return fontBytes;
    }

    private static void page(PDDocument document, PDType0Font font, CertificateContent c, ResourceBundle labels)
            throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream text = new PDPageContentStream(document, page)) {
            float y = HEIGHT - 130;
            centred(text, font, 30, labels.getString("certificate.title"), y);
            y -= 80;
            y = left(text, font, 20, labels.getString("certificate.namePrefix") + c.name() + labels.getString("certificate.nameSuffix"), y);
            y = left(text, font, 12, c.organisation(), y - 4);
            y = left(text, font, 12, labels.getString("certificate.statement"), y - 30);
            y -= 20;
            y = row(text, font, labels.getString("certificate.seminar"), c.seminarTitle(), y);
            y = row(text, font, labels.getString("certificate.date"), c.date(), y);
            y = row(text, font, labels.getString("certificate.attendance"), c.attendance(), y);
            if (!c.lecturers().isEmpty()) {
                y = row(text, font, labels.getString("certificate.lecturers"), String.join(labels.getString("comma"), c.lecturers()), y);
            }
            y -= 40;
            y = left(text, font, 12, c.issuedOn(), y);
            left(text, font, 16, c.issuer(), y - 8);
            float bottom = MARGIN + 24;
            line(text, font, 9, labels.getString("certificate.number") + " " + c.number(), MARGIN, bottom);
            line(text, font, 9, labels.getString("certificate.verify") + " " + c.verifyUrl(), MARGIN, bottom - 14);
        }
    }

    /** A labelled line; a long value wraps under itself. Answers the y below it. */
    private static float row(PDPageContentStream text, PDType0Font font, String label, String value, float y)
            throws IOException {
        float indent = MARGIN + 110;
        line(text, font, 12, label, MARGIN, y);
        for (String part : wrap(font, 12, value, WIDTH - MARGIN - indent)) {
            line(text, font, 12, part, indent, y);
            y -= 20;
        }
        return y - 6;
    }

    private static float left(PDPageContentStream text, PDType0Font font, float size, String value, float y)
            throws IOException {
        for (String part : wrap(font, size, value, WIDTH - 2 * MARGIN)) {
            line(text, font, size, part, MARGIN, y);
            y -= size * 1.6f;
        }
        return y;
    }

    private static void centred(PDPageContentStream text, PDType0Font font, float size, String value, float y)
            throws IOException {
        line(text, font, size, value, (WIDTH - width(font, size, value)) / 2, y);
    }

    private static void line(PDPageContentStream text, PDType0Font font, float size, String value, float x, float y)
            throws IOException {
        text.beginText();
        text.setFont(font, size);
        text.newLineAtOffset(x, y);
        text.showText(printable(font, value));
        text.endText();
    }

    /** A character the font lacks (an emoji, a rare variant) prints as 〓, as Japanese print does, not as an error. */
    static String printable(PDType0Font font, String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> {
            String one = new String(Character.toChars(cp));
            try {
                font.encode(one);
                out.append(one);
            } catch (IllegalArgumentException | IOException missing) {
                out.append('〓');
            }
        });
        return out.toString();
    }

    /** Breaks at spaces where there are some (English), else between any two characters (Japanese). */
    static List<String> wrap(PDType0Font font, float size, String value, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int lastSpace = -1;
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
            if (cp == ' ') {
                lastSpace = current.length() - 1;
            }
            if (width(font, size, current.toString()) > width && current.length() > 1) {
                int cut = lastSpace > 0 ? lastSpace + 1 : current.length() - Character.charCount(cp);
                lines.add(current.substring(0, cut).strip());
                current.delete(0, cut);
                lastSpace = -1;
            }
        }
        if (!current.isEmpty() || lines.isEmpty()) {
            lines.add(current.toString().strip());
        }
        return lines;
    }

    private static float width(PDType0Font font, float size, String value) throws IOException {
        return font.getStringWidth(printable(font, value)) / 1000 * size;
    }
}
