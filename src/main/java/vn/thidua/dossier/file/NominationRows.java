package vn.thidua.dossier.file;

import vn.thidua.text.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.thidua.dossier.NominationChecker;
import vn.thidua.dossier.NominationChecker.Raw;
import vn.thidua.dossier.NominationChecker.RawRow;
import vn.thidua.dossier.NominationField;
import vn.thidua.dossier.NominationVocabulary;
import vn.thidua.dossier.file.SheetTable.Cell;
import vn.thidua.dossier.file.SheetTable.Row;
import vn.thidua.nomination.Nomination;
import vn.thidua.problem.InputError;
import vn.thidua.rules.TitleRule;
import vn.thidua.text.Messages;

/**
 * The file's side of reading a nomination list: checks the header row and what only a spreadsheet can hold (formulas,
 * error cells, cells beyond the template), then hands every row's cells to the {@link NominationChecker}.
 */
final class NominationRows {

    private NominationRows() {
    }

    /** The nominations of the table in row order, or every problem of the file. */
    static List<Nomination> parse(SheetTable table, String fileName, String unitCode, List<TitleRule> titles,
                                  LocalDate today) {
        List<InputError> headerErrors = checkHeader(table);
        if (!headerErrors.isEmpty()) {
            throw NominationFiles.reject(fileName, Messages.get("nomination.file.badHeader", fileName),
                    headerErrors);
        }
        List<InputError> errors = new ArrayList<>();
        List<RawRow> rows = new ArrayList<>();
        for (Row row : table.rows().subList(1, table.rows().size())) {
            rows.add(raw(row, errors));
        }
        NominationChecker.Checked checked = NominationChecker.check(rows, unitCode, titles, today);
        errors.addAll(checked.errors());
        if (rows.isEmpty() && errors.isEmpty()) {
            errors.add(new InputError(2, 0, null, Messages.get("nomination.file.empty",
                    NominationFiles.LIST_SHEET)));
        }
        if (!errors.isEmpty()) {
            List<InputError> sorted = new ArrayList<>(errors);
            sorted.sort(Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
            throw NominationFiles.reject(fileName, null, sorted);
        }
        return checked.nominations();
    }

    /** The row's cells as raw values; formulas, error cells and cells beyond the template are reported here. */
    private static RawRow raw(Row row, List<InputError> errors) {
        Map<NominationField, Raw> values = new EnumMap<>(NominationField.class);
        Set<NominationField> reported = EnumSet.noneOf(NominationField.class);
        for (NominationColumn column : NominationColumn.values()) {
            Cell cell = row.cell(column.index());
            if (column.field() == null || cell == null) {
                continue;
            }
            String refused = switch (cell.kind()) {
                case FORMULA -> Messages.get("nomination.file.formula", row.ref(column.index()));
                case ERROR -> Messages.get("nomination.file.errorCell", row.ref(column.index()), cell.text());
                default -> null;
            };
            if (refused != null) {
                errors.add(new InputError(row.number(), column.index() + 1, column.header(), refused));
                reported.add(column.field());
            } else {
                values.put(column.field(), switch (cell.kind()) {
                    case NUMBER -> Raw.number(cell.number(), cell.text());
                    case DATE -> Raw.date(cell.date(), cell.text());
                    default -> Raw.text(cell.text());
                });
            }
        }
        int columns = NominationColumn.values().length;
        row.cells().keySet().stream().filter(c -> c >= columns).sorted().forEach(c -> errors.add(
                new InputError(row.number(), c + 1, null, Messages.get("nomination.file.outside",
                        row.ref(c)))));
        return new RawRow(row.number(), values, reported);
    }

    private static List<InputError> checkHeader(SheetTable table) {
        NominationColumn[] columns = NominationColumn.values();
        List<String> expected = Arrays.stream(columns).map(NominationColumn::header).toList();
        Row header = table.rows().isEmpty() || table.rows().get(0).number() != 1 ? null : table.rows().get(0);
        if (header == null) {
            return List.of(new InputError(1, 0, null, Messages.get("nomination.file.noHeader",
                    String.join(" | ", expected))));
        }
        List<InputError> errors = new ArrayList<>();
        for (NominationColumn column : columns) {
            Cell cell = header.cell(column.index());
            String got = cell == null ? null : cell.text().strip();
            if (got == null) {
                errors.add(new InputError(1, column.index() + 1, column.header(), Messages.get(
                        "nomination.file.missingColumn", column.header(), column.letter())));
            } else if (!sameHeader(got, column.header())) {
                errors.add(new InputError(1, column.index() + 1, column.header(), Messages.get(
                        "nomination.file.wrongHeader", column.letter(), column.header(), got)));
            }
        }
        header.cells().keySet().stream().filter(c -> c >= columns.length).sorted().forEach(c -> errors.add(
                new InputError(1, c + 1, header.cell(c).text().strip(), Messages.get(
                        "nomination.file.extraColumn", header.ref(c).replace("1", ""), header.cell(c).text().strip(),
                        columns.length, columns[0].header(), NominationColumn.ACHIEVEMENTS.header()))));
        return errors;
    }

    /** Case, diacritics, spacing and a hint in brackets ("Ngày sinh (dd/MM/yyyy)") do not matter. */
    private static boolean sameHeader(String got, String expected) {
        String withoutHint = got.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        return NominationVocabulary.fold(withoutHint).equals(NominationVocabulary.fold(expected));
    }
}
