package vn.thidua.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * A CSV file as offices save it: UTF-8 (a byte-order mark is fine), a header row, fields quoted when they hold
 * commas, quotes or line breaks (RFC 4180, read by Apache Commons CSV; spaces around a quoted field and text after
 * its closing quote are tolerated, as spreadsheets hand-edited in a text editor have them). Lines are numbered as a
 * spreadsheet shows them (the header is line 1), and a record says the line it starts on. Text is normalised to
 * NFC. Shared by every CSV upload (organisation tree, people, title history, nomination lists).
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
        List<Row> all = parse(text, ',', fileName);
        String columns = String.join(",", expected);
        if (all.isEmpty()) {
            throw reject(fileName, List.of(new InputError(1, 0, null, Messages.get("csv.empty", columns))));
        }
        Row head = all.get(0);
        List<String> header = head.fields().stream().map(f -> f.trim().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(expected)) {
            List<InputError> errors = new ArrayList<>();
            for (int i = 0; i < Math.max(header.size(), expected.size()); i++) {
                String got = i < header.size() ? header.get(i) : null;
                String want = i < expected.size() ? expected.get(i) : null;
                if (want == null) {
                    errors.add(new InputError(1, i + 1, got, Messages.get("csv.header.extra", got, columns)));
                } else if (!want.equals(got)) {
                    errors.add(new InputError(1, i + 1, want, got == null
                            ? Messages.get("csv.header.missing", want)
                            : Messages.get("csv.header.wrong", i + 1, want, got)));
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
        return parse(text, separator(text), fileName);
    }

    /** The error for a line that has the wrong number of columns, or null. */
    public static InputError wrongColumnCount(Row row, List<String> columns) {
        if (row.fields().size() == columns.size()) {
            return null;
        }
        return new InputError(row.line(), 0, null, Messages.get("csv.columnCount", row.fields().size(),
                columns.size(), String.join(",", columns)));
    }

    public static InvalidInputException reject(String fileName, List<InputError> errors) {
        return new InvalidInputException(Messages.get("csv.rejected", fileName, errors.size()), errors);
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
            throw reject(fileName, List.of(new InputError(line, 0, null, Messages.get("csv.notUtf8", line))));
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

    /**
     * Every record with the line it starts on: the parser counts the line breaks it has read, inside quoted fields
     * too, so a record starts one line after the breaks read before it. A quote left open is refused with the line
     * where it opened.
     */
    private static List<Row> parse(String text, char separator, String fileName) {
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true)
                .setTrailingData(true)
                .get();
        List<Row> rows = new ArrayList<>();
        long linesRead = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                // hasNext() reads the next record: the breaks counted before it are those of the records before
                linesRead = parser.getCurrentLineNumber();
                if (!records.hasNext()) {
                    break;
                }
                rows.add(new Row(Math.toIntExact(linesRead + 1), List.copyOf(records.next().toList())));
            }
        } catch (IOException | UncheckedIOException e) {
            int line = Math.toIntExact(linesRead + 1);
            throw reject(fileName, List.of(new InputError(line, 0, null, Messages.get("csv.unclosedQuote", line))));
        }
        return rows;
    }
}
