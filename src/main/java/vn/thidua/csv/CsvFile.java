package vn.thidua.csv;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/**
 * A CSV file as offices save it: UTF-8 (a byte-order mark is fine), a header row, fields quoted when they hold
 * commas, quotes or line breaks. Lines are numbered as a spreadsheet shows them (the header is line 1). Text is
 * normalised to NFC. Shared by every CSV upload (organisation tree, people, nomination lists).
 */
public final class CsvFile {

    /** One record of the file; {@code line} is where it starts (a quoted field may span lines). */
    public record Row(int line, List<String> fields) {
    }

    private final List<String> header;
    private final List<Row> rows;

    private CsvFile(List<String> header, List<Row> rows) {
        this.header = header;
        this.rows = rows;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Reads the file, or rejects it whole if it is not UTF-8, is empty, or its header is not {@code expected}. */
    public static CsvFile read(byte[] bytes, String fileName, List<String> expected) {
        String text = decode(bytes, fileName);
        List<Row> all = parse(text, ',');
        if (all.isEmpty()) {
            throw reject(fileName, List.of(new InputError(1, 0, null, "Tệp trống: cần dòng tiêu đề "
                    + String.join(",", expected) + " và ít nhất một dòng dữ liệu.")));
        }
        Row head = all.get(0);
        List<String> header = head.fields().stream().map(f -> f.trim().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!header.equals(expected)) {
            List<InputError> errors = new ArrayList<>();
            for (int i = 0; i < Math.max(header.size(), expected.size()); i++) {
                String got = i < header.size() ? header.get(i) : null;
                String want = i < expected.size() ? expected.get(i) : null;
                if (want == null) {
                    errors.add(new InputError(1, i + 1, got, "Cột thừa \"" + got + "\": tệp chỉ có các cột "
                            + String.join(",", expected) + "."));
                } else if (!want.equals(got)) {
                    errors.add(new InputError(1, i + 1, want, got == null
                            ? "Thiếu cột \"" + want + "\"."
                            : "Cột thứ " + (i + 1) + " phải là \"" + want + "\", không phải \"" + got + "\"."));
                }
            }
            throw reject(fileName, errors);
        }
        return new CsvFile(header, all.subList(1, all.size()).stream()
                .filter(r -> !(r.fields().size() == 1 && r.fields().get(0).isBlank())).toList());
    }

    /**
     * Every record of the file, the header first, without checking the header. The separator is a comma, or a
     * semicolon when the header line has more semicolons than commas: Excel set to Vietnamese number format
     * (decimal comma) saves "CSV" with semicolons.
     */
    public static List<Row> readAll(byte[] bytes, String fileName) {
        String text = decode(bytes, fileName);
        return parse(text, separator(text));
    }

    /** The error for a line that has the wrong number of columns, or null. */
    public static InputError wrongColumnCount(Row row, List<String> columns) {
        if (row.fields().size() == columns.size()) {
            return null;
        }
        return new InputError(row.line(), 0, null, "Dòng có " + row.fields().size() + " cột, cần " + columns.size()
                + " cột (" + String.join(",", columns) + "). Tên có dấu phẩy phải đặt trong ngoặc kép.");
    }

    public static InvalidInputException reject(String fileName, List<InputError> errors) {
        return new InvalidInputException("Tệp " + fileName + " có " + errors.size()
                + " lỗi, chưa có gì được ghi.", errors);
    }

    private static String decode(byte[] bytes, String fileName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            // Files saved on a Mac decompose diacritics (NFD); store one form so names compare equal.
            String text = Normalizer.normalize(chars.toString(), Normalizer.Form.NFC);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int line = 1;
            int bad = firstInvalidByte(bytes);
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw reject(fileName, List.of(new InputError(line, 0, null,
                    "Tệp không phải mã UTF-8 (lỗi từ dòng " + line + "). Hãy lưu lại tệp dạng "
                            + "\"CSV UTF-8\" rồi nạp lại.")));
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length() && (quoted || (text.charAt(i) != '\n' && text.charAt(i) != '\r')); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<Row> parse(String text, char separator) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows;
    }
}
