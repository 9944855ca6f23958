package vn.thidua.dossier.file;

import vn.thidua.text.Messages;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.springframework.stereotype.Component;

import vn.thidua.csv.CsvFile;
import vn.thidua.dossier.TitleMatcher;
import vn.thidua.dossier.file.SheetTable.Cell;
import vn.thidua.dossier.file.SheetTable.Row;
import vn.thidua.nomination.Nomination;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.rules.TitleRule;
import vn.thidua.text.Messages;
import vn.thidua.text.VietnameseNumbers;

/**
 * A unit's nomination list (danh sách đề nghị khen thưởng) as a file: read from .xlsx or CSV, the .xlsx template
 * units fill in, and a list written back in the template's layout so it can be edited and uploaded again.
 */
@Component
public class NominationFiles {

    /** Largest file accepted. */
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    /** Most nominees in one list; a school has at most a few hundred staff. */
    public static final int MAX_ROWS = 2000;
    /** The sheet holding the list; the reader takes the first sheet when no sheet has this name. */
    static final String LIST_SHEET = Messages.get("nomination.sheet.list");
    static final String GUIDE_SHEET = Messages.get("nomination.sheet.guide");

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Clock clock;

    NominationFiles() {
        this(Clock.system(VIETNAM));
    }

    /** @param clock decides "today" for the age and future-date checks of dates of birth */
    NominationFiles(Clock clock) {
        this.clock = clock;
    }

    /**
     * Reads an .xlsx or .csv nomination list (decided by content, not only by name). All or nothing: any bad row →
     * {@link InvalidInputException} listing every bad row and column with a Vietnamese message; nothing partial is
     * returned.
     *
     * @param unitCode the nominating unit (used for nomineeKey and Nomination.unitCode)
     * @param titles   the campaign rule set's titles; a requested title cell may hold the code (LDTT), the
     *                 Vietnamese name (Lao động tiên tiến) or its abbreviation (LĐTT), matched ignoring case,
     *                 diacritics and spaces
     */
    public List<Nomination> read(String fileName, byte[] content, String unitCode, List<TitleRule> titles) {
        return read(fileName, content, unitCode, titles, LocalDate.now(clock));
    }

    /** As {@link #read(String, byte[], String, List)}, counting ages at {@code today}. */
    public List<Nomination> read(String fileName, byte[] content, String unitCode, List<TitleRule> titles,
                                 LocalDate today) {
        String name = displayName(fileName);
        SheetTable table = switch (format(name, content)) {
            case XLSX -> XlsxSheetReader.read(content, name, LIST_SHEET, MAX_ROWS);
            case CSV -> csvTable(content, name);
        };
        return NominationRows.parse(table, name, unitCode, titles, today);
    }

    /**
     * The .xlsx template units download: the list sheet with its header row and dropdowns, and a "Hướng dẫn" sheet
     * explaining each column and the allowed values, the titles of this rule set among them.
     */
    public byte[] template(List<TitleRule> titles) {
        return NominationWorkbook.write(List.of(), new TitleMatcher(titles));
    }

    /** The same list written back as .xlsx in the template's layout: read(export(x)) gives x back. */
    public byte[] export(List<Nomination> nominations, List<TitleRule> titles) {
        return NominationWorkbook.write(nominations, new TitleMatcher(titles));
    }

    // ---- what kind of file ---------------------------------------------------------------------------------

    private enum Format {
        XLSX, CSV
    }

    private static Format format(String name, byte[] content) {
        if (content == null || content.length == 0) {
            throw fileError(name, Messages.get("nomination.file.blank"));
        }
        if (content.length > MAX_BYTES) {
            throw fileError(name, Messages.get("nomination.file.tooHeavy", megabytes(content.length),
                    MAX_BYTES / (1024 * 1024)));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        FileMagic magic = FileMagic.valueOf(content);
        switch (magic) {
            case OOXML:
                return Format.XLSX;
            case OLE2:
                throw fileError(name, ole2(content));
            case BIFF2:
            case BIFF3:
            case BIFF4:
                throw fileError(name, OLD_EXCEL);
            case PDF:
                throw fileError(name, Messages.get("nomination.file.pdf"));
            case HTML:
            case XML:
                throw fileError(name, Messages.get("nomination.file.web"));
            case RTF:
            case WORD2:
            case MSWRITE:
                throw fileError(name, Messages.get("nomination.file.word"));
            case JPEG:
            case GIF:
            case PNG:
            case TIFF:
            case BMP:
            case WMF:
            case EMF:
                throw fileError(name, Messages.get("nomination.file.image"));
            default:
                break;
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            throw fileError(name, Messages.get("nomination.file.renamed", lower.substring(lower.lastIndexOf('.'))));
        }
        if (content.length >= 2 && ((content[0] == (byte) 0xFF && content[1] == (byte) 0xFE)
                || (content[0] == (byte) 0xFE && content[1] == (byte) 0xFF))) {
            throw fileError(name, Messages.get("nomination.file.utf16"));
        }
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                throw fileError(name, Messages.get("nomination.file.neither"));
            }
        }
        return Format.CSV;
    }

    private static final String OLD_EXCEL = Messages.get("nomination.file.oldExcel");

    /** An OLE2 container is an old .xls or .doc, or an .xlsx that Excel encrypted with a password. */
    private static String ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                return Messages.get("nomination.file.password");
            }
            if (fs.getRoot().hasEntryCaseInsensitive("Workbook") || fs.getRoot().hasEntryCaseInsensitive("Book")) {
                return OLD_EXCEL;
            }
            if (fs.getRoot().hasEntryCaseInsensitive("WordDocument")) {
                return Messages.get("nomination.file.doc");
            }
            return Messages.get("nomination.file.neither");
        } catch (IOException | RuntimeException e) {
            return Messages.get("nomination.file.broken");
        }
    }

    private static SheetTable csvTable(byte[] content, String name) {
        List<CsvFile.Row> records = CsvFile.readAll(content, name);
        List<Row> rows = new ArrayList<>();
        int dataRows = 0;
        for (CsvFile.Row record : records) {
            Map<Integer, Cell> cells = new HashMap<>();
            List<String> fields = record.fields();
            for (int i = 0; i < fields.size() && i < 64; i++) {
                if (!fields.get(i).isBlank()) {
                    cells.put(i, Cell.text(fields.get(i)));
                }
            }
            boolean header = rows.isEmpty() && record.line() == 1;
            if (header || cells.keySet().stream().anyMatch(c -> c > 0)) {
                if (!header && ++dataRows > MAX_ROWS) {
                    throw tooManyRows(name, MAX_ROWS, record.line());
                }
                rows.add(new Row(record.line(), Map.copyOf(cells)));
            }
        }
        return new SheetTable(rows);
    }

    // ---- errors --------------------------------------------------------------------------------------------

    static InvalidInputException fileError(String fileName, String message) {
        return reject(fileName, message, List.of(new InputError(0, 0, null, message)));
    }

    /** @param line the row holding nominee number {@code maxRows + 1} */
    static InvalidInputException tooManyRows(String fileName, int maxRows, int line) {
        String message = Messages.get("nomination.file.tooManyRows", maxRows, line, maxRows + 1);
        return reject(fileName, message, List.of(new InputError(line, 0, null, message)));
    }

    /** @param detail the problem's summary, or null for "Tệp … có n lỗi, chưa có gì được ghi." */
    static InvalidInputException reject(String fileName, String detail, List<InputError> errors) {
        return detail == null ? CsvFile.reject(fileName, errors) : new InvalidInputException(detail, errors);
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return Messages.get("nomination.file.unnamed");
        }
        String name = fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static String megabytes(long bytes) {
        return VietnameseNumbers.fixed(bytes / (1024.0 * 1024.0), 1);
    }
}
