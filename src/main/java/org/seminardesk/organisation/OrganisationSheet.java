package org.seminardesk.organisation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a list of organisations and their contacts as organisers keep it: CSV (UTF-8, with or without BOM, or
 * Excel's Shift_JIS) or an Excel workbook (.xlsx, first sheet). The first non-empty row is the header; columns
 * are found by name in Japanese or English, in any order. Each row is checked on its own, with its line.
 */
public final class OrganisationSheet {

    /** One row as read; type is null when the cell was empty. */
    public record Line(int line, String name, FacilityType type, String postalAddress, String phone, String email,
                       String contactName, String contactEmail, String contactPhone, String contactRole) implements java.io.Serializable {
    }

    /** What is wrong with a line, in English and in Japanese (line 0: the whole file). */
    public record Problem(int line, String message, String messageJa) implements java.io.Serializable {
    }

    public record Read(List<Line> lines, List<Problem> problems) implements java.io.Serializable {
    }

    enum Column { NAME, TYPE, ADDRESS, PHONE, EMAIL, CONTACT_NAME, CONTACT_EMAIL, CONTACT_PHONE, CONTACT_ROLE }

    private static final Map<String, Column> HEADERS = new HashMap<>();
    private static final Map<String, FacilityType> TYPES = new HashMap<>();
    private static final Map<FacilityType, String> LABELS = new java.util.EnumMap<>(FacilityType.class);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]*");

    static {
        header(Column.NAME, "事業所名", "事業所", "名称", "法人・事業所名", "name", "organisation", "organization");
        header(Column.TYPE, "施設種別", "種別", "サービス種別", "facilitytype", "type");
        header(Column.ADDRESS, "住所", "所在地", "address", "postaladdress");
        header(Column.PHONE, "電話", "電話番号", "事業所電話", "phone", "tel");
        header(Column.EMAIL, "メール", "メールアドレス", "事業所メール", "email", "e-mail");
        header(Column.CONTACT_NAME, "担当者", "担当者名", "ご担当者", "contact", "contactname");
        header(Column.CONTACT_EMAIL, "担当者メール", "担当者メールアドレス", "contactemail");
        header(Column.CONTACT_PHONE, "担当者電話", "担当者電話番号", "contactphone");
        header(Column.CONTACT_ROLE, "役職", "担当者の役職", "role", "contactrole");
        type(FacilityType.EMPLOYMENT_TRANSITION, "就労移行支援", "就労移行");
        type(FacilityType.CONTINUATION_A, "就労継続支援A型", "A型", "就労継続A型");
        type(FacilityType.CONTINUATION_B, "就労継続支援B型", "B型", "就労継続B型");
        type(FacilityType.RETENTION, "就労定着支援", "定着支援");
        type(FacilityType.CONSULTATION, "相談支援");
        type(FacilityType.GOVERNMENT, "行政");
        type(FacilityType.COMPANY, "企業");
        type(FacilityType.OTHER, "その他");
        for (FacilityType t : FacilityType.values()) {
            type(t, t.name());
        }
    }

    private OrganisationSheet() {
    }

    private static void header(Column column, String... names) {
        for (String name : names) {
            HEADERS.put(fold(name), column);
        }
    }

    private static void type(FacilityType type, String... names) {
        LABELS.putIfAbsent(type, names[0]);
        for (String name : names) {
            TYPES.put(fold(name), type);
        }
    }

    /** The Japanese name of a facility type, as the sheet is written and read. */
    public static String label(FacilityType type) {
        return LABELS.get(type);
    }

    /** NFKC, no spaces or underscores, lower case: 「ＬＩＴＡＬＩＣＯ」 and "litalico" read alike. */
    static String fold(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("[\\s_\\u3000]+", "").toLowerCase(Locale.ROOT);
    }

    public static Read read(byte[] content) {
        List<List<String>> rows;
        try {
            rows = isWorkbook(content) ? workbookRows(content) : csvRows(content);
        } catch (IOException | RuntimeException unreadable) {
            return new Read(List.of(), List.of(new Problem(0, "The file could not be read: it must be a CSV file or an Excel workbook (.xlsx)",
                    "ファイルを読めませんでした。CSV ファイルか Excel ブック（.xlsx）を選んでください。")));
        }
        int headerIndex = 0;
        while (headerIndex < rows.size() && rows.get(headerIndex).stream().allMatch(String::isBlank)) {
            headerIndex++;
        }
        if (headerIndex == rows.size()) {
            return new Read(List.of(), List.of(new Problem(0, "The file is empty", "ファイルが空です。")));
        }
        Map<Column, Integer> columns = new HashMap<>();
        List<String> header = rows.get(headerIndex);
        for (int i = 0; i < header.size(); i++) {
            Column column = HEADERS.get(fold(header.get(i)));
            if (column != null) {
                columns.putIfAbsent(column, i);
            }
        }
        if (!columns.containsKey(Column.NAME)) {
            return new Read(List.of(), List.of(new Problem(headerIndex + 1,
                    "No column for the organisation's name: the first row must name the columns (事業所名, 施設種別, 住所, 電話, メール, 担当者名, 担当者メール, 担当者電話, 役職)",
                    "事業所名の列がありません。1行目に列名（事業所名、施設種別、住所、電話、メール、担当者名、担当者メール、担当者電話、役職）を書いてください。")));
        }
        List<Line> lines = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int r = headerIndex + 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            int line = r + 1;
            List<String[]> wrong = new ArrayList<>();
            String name = cell(row, columns, Column.NAME);
            if (name == null) {
                wrong.add(new String[] {"no organisation name", "事業所名がありません"});
            } else if (name.length() > 200) {
                wrong.add(new String[] {"the name is longer than 200 characters", "事業所名が200文字を超えています"});
            }
            String typeText = cell(row, columns, Column.TYPE);
            FacilityType type = typeText == null ? null : TYPES.get(fold(typeText));
            if (typeText != null && type == null) {
                wrong.add(new String[] {"unknown facility type \"" + typeText + "\"", "施設種別「" + typeText + "」が分かりません"});
            }
            String email = cell(row, columns, Column.EMAIL);
            String contactName = cell(row, columns, Column.CONTACT_NAME);
            String contactEmail = cell(row, columns, Column.CONTACT_EMAIL);
            String phone = cell(row, columns, Column.PHONE);
            String contactPhone = cell(row, columns, Column.CONTACT_PHONE);
            check(email, EMAIL, "the address \"%s\" is not an e-mail address", "メール「%s」はメールアドレスの形式ではありません", wrong);
            check(contactEmail, EMAIL, "the contact's address \"%s\" is not an e-mail address", "担当者メール「%s」はメールアドレスの形式ではありません", wrong);
            check(phone, PHONE, "the phone number \"%s\" has other characters than digits, spaces, +, - and brackets",
                    "電話「%s」に数字・空白・+・-・かっこ以外の文字があります", wrong);
            check(contactPhone, PHONE, "the contact's phone number \"%s\" has other characters than digits, spaces, +, - and brackets",
                    "担当者電話「%s」に数字・空白・+・-・かっこ以外の文字があります", wrong);
            if ((contactName == null) != (contactEmail == null)) {
                wrong.add(new String[] {"a contact needs both a name and an address", "担当者には氏名とメールアドレスの両方が必要です"});
            }
            if (wrong.isEmpty()) {
                lines.add(new Line(line, name, type, cell(row, columns, Column.ADDRESS), phone, email, contactName, contactEmail,
                        contactPhone, cell(row, columns, Column.CONTACT_ROLE)));
            } else {
                problems.add(new Problem(line, String.join("; ", wrong.stream().map(w -> w[0]).toList()),
                        String.join("、", wrong.stream().map(w -> w[1]).toList())));
            }
        }
        return new Read(lines, problems);
    }

    private static void check(String value, Pattern pattern, String message, String messageJa, List<String[]> wrong) {
        if (value != null && !pattern.matcher(value).matches()) {
            wrong.add(new String[] {message.formatted(value), messageJa.formatted(value)});
        }
    }

    private static String cell(List<String> row, Map<Column, Integer> columns, Column column) {
        Integer index = columns.get(column);
        if (index == null || index >= row.size()) {
            return null;
        }
        String value = Normalizer.normalize(row.get(index), Normalizer.Form.NFC).strip();
        return value.isEmpty() ? null : value;
    }

    private static boolean isWorkbook(byte[] content) {
        return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
    }

    private static List<List<String>> workbookRows(byte[] content) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter format = new DataFormatter(Locale.JAPAN);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        cells.add(row.getCell(c) == null ? "" : format.formatCellValue(row.getCell(c)));
                    }
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    /** Rows by their line in the file: blank lines kept, a cell spanning lines counted from where its row starts. */
    private static List<List<String>> csvRows(byte[] content) throws IOException {
        String text = decode(content);
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text),
                CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get())) {
            long ended = 0;
            for (CSVRecord record : parser) {
                while (rows.size() < ended) {
                    rows.add(List.of()); // lines taken by a cell that spans lines
                }
                List<String> cells = new ArrayList<>();
                record.forEach(cells::add);
                rows.add(cells);
                ended = parser.getCurrentLineNumber();
            }
        }
        return rows;
    }

    /** UTF-8 (BOM or not) when it decodes as such, else Excel's Japanese CSV: Shift_JIS (windows-31j). */
    static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, Charset.forName("windows-31j"));
        }
    }
}
