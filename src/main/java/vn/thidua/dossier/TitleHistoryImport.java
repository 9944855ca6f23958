package vn.thidua.dossier;

import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.text.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.csv.CsvFile;
import vn.thidua.org.OrgDirectory;
import vn.thidua.problem.InputError;

/**
 * Titles people and units held before the product was used, from earlier paper decisions (lịch sử danh hiệu),
 * so that consecutive-year rules judge right from the first year. One CSV, all or nothing, idempotent.
 */
@Service
class TitleHistoryImport {

    public static final List<String> COLUMNS = List.of("unit_code", "kind", "full_name", "date_of_birth",
            "title_code", "school_year");
    static final Pattern TITLE = Pattern.compile("^[A-Z0-9_]{2,40}$");
    static final Pattern SCHOOL_YEAR = Pattern.compile("^(\\d{4})-(\\d{4})$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final DecisionRepository history;
    private final OrgDirectory org;

    TitleHistoryImport(DecisionRepository history, OrgDirectory org) {
        this.history = history;
        this.org = org;
    }

    /** How many rows the file had, and how many of those titles were new. Keys are built as the nomination files
     * build them, so a title entered here is found when the same person or collective is nominated. */
    public record Result(int rows, int added) {
    }

    private record Entry(String key, String title, String year, String name, String unit) {
    }

    @Transactional
    public Result importCsv(byte[] csv) {
        CsvFile file = CsvFile.read(csv, "title-history.csv", COLUMNS);
        List<InputError> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvFile.Row row : file.rows()) {
            InputError columns = CsvFile.wrongColumnCount(row, COLUMNS);
            if (columns != null) {
                errors.add(columns);
                continue;
            }
            List<String> f = row.fields().stream().map(String::strip).toList();
            int before = errors.size();
            String unit = f.get(0);
            if (org.findUnit(unit).isEmpty()) {
                errors.add(error(row, 1, Messages.get("history.import.noUnit", unit)));
            }
            NomineeKind kind = kind(f.get(1));
            if (kind == null) {
                errors.add(error(row, 2, Messages.get("history.import.kind", f.get(1))));
            }
            String name = f.get(2);
            if (name.isEmpty() || name.length() > 200) {
                errors.add(error(row, 3, Messages.get("history.import.name")));
            }
            LocalDate born = null;
            if (kind == NomineeKind.PERSON) {
                born = day(f.get(3));
                if (born == null) {
                    errors.add(error(row, 4, Messages.get("history.import.birth")));
                }
            } else if (kind == NomineeKind.COLLECTIVE && !f.get(3).isEmpty()) {
                errors.add(error(row, 4, Messages.get("history.import.collectiveBirth")));
            }
            String title = f.get(4).toUpperCase(Locale.ROOT);
            if (!TITLE.matcher(title).matches()) {
                errors.add(error(row, 5, Messages.get("history.import.title")));
            }
            var year = SCHOOL_YEAR.matcher(f.get(5));
            if (!year.matches() || Integer.parseInt(year.group(2)) != Integer.parseInt(year.group(1)) + 1) {
                errors.add(error(row, 6, Messages.get("history.import.year")));
            }
            if (errors.size() > before) {
                continue;
            }
            String key = kind == NomineeKind.PERSON ? NomineeKeys.person(unit, name, born)
                    : NomineeKeys.collective(unit, name);
            if (!seen.add(key + "|" + title + "|" + f.get(5))) {
                errors.add(error(row, 0, Messages.get("history.import.duplicate", name, title, f.get(5))));
                continue;
            }
            entries.add(new Entry(key, title, f.get(5), name, unit));
        }
        if (!errors.isEmpty()) {
            throw CsvFile.reject("title-history.csv", errors);
        }
        int added = 0;
        for (Entry e : entries) {
            added += history.recordEarlierTitle(e.key(), e.title(), e.year(), e.name(), e.unit());
        }
        return new Result(entries.size(), added);
    }

    private static NomineeKind kind(String text) {
        String folded = NomineeKeys.fold(text).replace(' ', '_');
        return switch (folded) {
            case "ca_nhan", "person" -> NomineeKind.PERSON;
            case "tap_the", "collective" -> NomineeKind.COLLECTIVE;
            default -> null;
        };
    }

    private static LocalDate day(String text) {
        try {
            return text.contains("-") ? LocalDate.parse(text) : LocalDate.parse(text, DAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static InputError error(CsvFile.Row row, int column, String message) {
        return new InputError(row.line(), column, column == 0 ? null : COLUMNS.get(column - 1), message);
    }
}
