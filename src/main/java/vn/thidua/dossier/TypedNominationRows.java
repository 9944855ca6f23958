package vn.thidua.dossier;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.text.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.dossier.NominationChecker.Raw;
import vn.thidua.dossier.NominationChecker.RawRow;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.rules.TitleRule;
import vn.thidua.web.DayInput;

/**
 * The nomination list as typed on the dossier page or sent as JSON: rows of text, one per nomination, handed to the
 * {@link NominationChecker} like the rows of an uploaded file, so a list is read, or refused whole with every
 * problem named, the same way whichever way it arrives.
 */
final class TypedNominationRows {

    /** Form fields are named {@code row.<index>.<field>}; the index keeps a row's values together. */
    static final Pattern PARAM = Pattern.compile("^row\\.(\\d{1,4})\\.([A-Za-z]+)$");
    static final int MAX_ROWS = 500;

    public static final String KIND = NominationField.KIND.key();
    public static final String MATERNITY_LEAVE = NominationField.MATERNITY_LEAVE.key();

    /** Every field of a row, in the order of the editor's columns. */
    public static final List<String> FIELDS = java.util.Arrays.stream(NominationField.values())
            .map(NominationField::key).toList();

    /** Values that fill a blank row's selects by default: they alone do not make a row worth reading. */
    private static final Set<String> DEFAULT_ONLY = Set.of(KIND, NominationField.INITIATIVE_LEVEL.key(),
            NominationField.RESEARCH_LEVEL.key(), NominationField.DISCIPLINE.key());

    private TypedNominationRows() {
    }

    /**
     * One typed row: field name to the text typed, as it came (so it can be shown back unchanged).
     *
     * @param number the row's number as the user sees it (STT), from 1
     * @param values field name to text; a missing field is blank
     */
    public record Row(int number, Map<String, String> values) {

        public Row {
            values = Map.copyOf(values);
        }

        public String get(String field) {
            String value = values.get(field);
            return value == null ? "" : value;
        }

        /** Nothing typed: only the selects' defaults, which every blank row of the editor carries. */
        public boolean isBlank() {
            return values.entrySet().stream().filter(e -> !DEFAULT_ONLY.contains(e.getKey()))
                    .allMatch(e -> e.getValue() == null || e.getValue().isBlank()
                            || (MATERNITY_LEAVE.equals(e.getKey()) && !checked(e.getValue())));
        }
    }

    /**
     * The rows of the editor's form, in order, from parameters named {@code row.<index>.<field>}. The page shows a
     * card only the fields of its kind and keeps the others hidden: those are not what the user entered, so a row
     * whose kind is chosen keeps only its kind's fields.
     */
    public static List<Row> fromForm(Map<String, String> params) {
        TreeMap<Integer, Map<String, String>> byIndex = new TreeMap<>();
        params.forEach((name, value) -> {
            Matcher m = PARAM.matcher(name);
            if (m.matches() && FIELDS.contains(m.group(2))) {
                byIndex.computeIfAbsent(Integer.parseInt(m.group(1)), i -> new LinkedHashMap<>())
                        .put(m.group(2), value == null ? "" : value);
            }
        });
        List<Row> rows = new ArrayList<>();
        for (Map<String, String> values : byIndex.values()) {
            Optional<NomineeKind> kind = NominationVocabulary.kind(values.getOrDefault(KIND, ""));
            kind.ifPresent(k -> values.keySet().removeIf(field -> NominationField.byKey(field)
                    .map(f -> f.only() != null && f.only() != k).orElse(false)));
            rows.add(new Row(rows.size() + 1, values));
        }
        return rows;
    }

    /** The rows of a JSON list: each object's fields as text (numbers, booleans and dates as JSON gives them). */
    public static List<Row> fromJson(List<Map<String, Object>> objects) {
        List<Row> rows = new ArrayList<>();
        for (Map<String, Object> object : objects) {
            Map<String, String> values = new LinkedHashMap<>();
            if (object != null) {
                object.forEach((field, value) -> {
                    if (FIELDS.contains(field) && value != null) {
                        values.put(field, String.valueOf(value));
                    }
                });
            }
            rows.add(new Row(rows.size() + 1, values));
        }
        return rows;
    }

    /** A saved nomination as the editor shows it (and as the JSON list writes it): its kind's fields only. */
    public static Row of(int number, Nomination n) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(KIND, n.kind().name());
        v.put(NominationField.FULL_NAME.key(), text(n.fullName()));
        v.put(NominationField.RATING.key(), n.rating() == null ? "" : n.rating().name());
        if (n instanceof Nomination.Person p) {
            v.put(NominationField.DATE_OF_BIRTH.key(), DayInput.format(p.dateOfBirth()));
            v.put(NominationField.POSITION.key(), text(p.position()));
            v.put(NominationField.INITIATIVE.key(), text(p.initiative()));
            v.put(NominationField.INITIATIVE_LEVEL.key(), (p.initiativeLevel() == null ? RecognitionLevel.NONE
                    : p.initiativeLevel()).name());
            v.put(NominationField.RESEARCH.key(), text(p.research()));
            v.put(NominationField.RESEARCH_LEVEL.key(), (p.researchLevel() == null ? RecognitionLevel.NONE
                    : p.researchLevel()).name());
            v.put(NominationField.DISCIPLINE.key(), (p.discipline() == null ? Discipline.NONE
                    : p.discipline()).name());
            v.put(NominationField.DAYS_ABSENT.key(), text(p.daysAbsent()));
            v.put(MATERNITY_LEAVE, Boolean.TRUE.equals(p.maternityLeave()) ? "true" : "");
            v.put(NominationField.MONTHS_IN_POST.key(), text(p.monthsInPost()));
        } else if (n instanceof Nomination.Collective c) {
            v.put(NominationField.MEMBERS.key(), text(c.members()));
            v.put(NominationField.MEMBERS_COMPLETED.key(), text(c.membersCompleted()));
            v.put(NominationField.MEMBERS_LDTT.key(), text(c.membersLdtt()));
            v.put(NominationField.MEMBERS_CSTDCS.key(), text(c.membersCstdcs()));
            v.put(NominationField.MEMBERS_DISCIPLINED.key(), text(c.membersDisciplined()));
        }
        v.put(NominationField.SCORE.key(), text(n.score()));
        v.put(NominationField.REQUESTED_TITLE.key(), text(n.requestedTitle()));
        v.put(NominationField.ACHIEVEMENTS.key(), text(n.achievements()));
        return new Row(number, v);
    }

    /** A row with nothing typed, for the editor's spare lines. */
    public static Row blank(int number) {
        return new Row(number, Map.of(KIND, NomineeKind.PERSON.name()));
    }

    /**
     * Reads every non-blank row; refuses the whole list if any row is wrong.
     *
     * @param unitCode the unit whose list it is (keys and {@link Nomination#unitCode()})
     * @param titles   the campaign rule set's titles
     * @param today    the day ages are counted at
     * @throws InvalidInputException listing every problem with the row's number as line, the template's column
     *                               and header as column and field
     */
    public static List<Nomination> read(List<Row> rows, String unitCode, List<TitleRule> titles, LocalDate today) {
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException(Messages.get("nomination.typed.tooLong"), List.of(
                    new InputError(0, 0, null, Messages.get("nomination.typed.tooManyRows", rows.size(),
                            MAX_ROWS))));
        }
        List<RawRow> raw = new ArrayList<>();
        for (Row row : rows) {
            if (!row.isBlank()) {
                raw.add(raw(row));
            }
        }
        NominationChecker.Checked checked = NominationChecker.check(raw, unitCode, titles, today);
        if (!checked.errors().isEmpty()) {
            throw new InvalidInputException(Messages.get("nomination.typed.invalid", checked.errors().size()),
                    checked.errors());
        }
        return checked.nominations();
    }

    /** "Đề nghị số 2 (Ngày sinh): …": an error of a typed list as the page shows it. */
    static String located(InputError error) {
        return error.line() <= 0 || error.field() == null ? error.message()
                : Messages.get("nomination.typed.located", error.line(), error.field(), error.message());
    }

    private static RawRow raw(Row row) {
        Map<NominationField, Raw> values = new EnumMap<>(NominationField.class);
        row.values().forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                NominationField.byKey(key).ifPresent(field -> values.put(field, Raw.text(value)));
            }
        });
        return new RawRow(row.number(), values);
    }

    static boolean checked(String value) {
        return value != null && NominationVocabulary.yesNo(value).orElse(false);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
