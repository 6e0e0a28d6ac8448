package org.seminardesk.material;

import java.util.Locale;
import java.util.Map;
import org.seminardesk.platform.DomainException;

/**
 * What may be uploaded as a handout: PDF and Office documents (slides, documents, workbooks), recognised by
 * their first bytes as well as their name — a renamed program or page is refused — and at most a configured size.
 */
public final class MaterialFiles {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "ppt", "application/vnd.ms-powerpoint",
            "doc", "application/msword",
            "xls", "application/vnd.ms-excel");

    /** A file that passed: its cleaned name, the content type it is served with, its bytes. */
    public record Checked(String fileName, String contentType, byte[] content) implements java.io.Serializable {
    }

    private MaterialFiles() {
    }

    public static Checked check(String fileName, byte[] content, long maxBytes) {
        if (content == null || content.length == 0) {
            throw DomainException.invalid("file", "The file is empty").withCode("material.empty");
        }
        if (content.length > maxBytes) {
            throw DomainException.invalid("file", "The file is larger than " + maxBytes / 1_048_576 + " MB")
                    .withCode("material.tooLarge", maxBytes / 1_048_576);
        }
        String name = cleanName(fileName);
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        String type = TYPES.get(extension);
        boolean matches = type != null && switch (extension) {
            case "pdf" -> startsWith(content, PDF);
            case "pptx", "docx", "xlsx" -> startsWith(content, ZIP);
            default -> startsWith(content, OLE);
        };
        if (!matches) {
            throw DomainException.invalid("file", "Only PDF and Office files (pptx, docx, xlsx, ppt, doc, xls) can be added")
                    .withCode("material.type");
        }
        return new Checked(name, type, content);
    }

    /** The name without any path or characters a download header could not carry. */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.isEmpty() ? "material" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
