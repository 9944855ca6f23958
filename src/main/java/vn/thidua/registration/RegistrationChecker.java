package vn.thidua.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.registration.Registration.Person;
import vn.thidua.registration.Registration.PublishedTarget;
import vn.thidua.registration.Registration.Target;
import vn.thidua.registration.Registration.Work;
import vn.thidua.rules.TitleRule;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/**
 * The one checker of what a registration holds, whatever door a row came through (the page's editor, the Excel list,
 * JSON): the same row gets the same verdict and message. Every problem is listed with its line, column and a
 * Vietnamese reason; a list with any problem is refused whole, so nothing of it is saved.
 */
final class RegistrationChecker {

    static final int MAX_NAME = 500;
    static final int MAX_MEASURE = 100;
    static final int MAX_PERSON_NAME = 200;
    static final int MAX_POSITION = 200;
    static final int MAX_OWNER = 200;
    static final int MAX_ROWS = 2000;
    /** numeric(14, 2): twelve digits before the point. */
    private static final BigDecimal MAX_VALUE = new BigDecimal("999999999999.99");

    /** A cell as typed or read; {@code column} is where it stands (the page's column, or the sheet's). */
    record Cell(String text, int column) {

        static Cell of(String text, int column) {
            return new Cell(text == null ? "" : text.strip(), column);
        }

        boolean blank() {
            return text.isEmpty();
        }
    }

    /** A person's row: name, date of birth, position, title (code or name). */
    record PersonRow(int line, Cell fullName, Cell dateOfBirth, Cell position, Cell title) {

        boolean blank() {
            return fullName.blank() && dateOfBirth.blank() && position.blank() && title.blank();
        }
    }

    /**
     * A target's row; {@code publishedTargetId} for a row that answers the parent's target; {@code computedFrom} the
     * known measure chosen for the achieved value ({@link KnownMeasure.Tie} code), blank for a typed value.
     */
    record TargetRow(int line, Long publishedTargetId, Cell name, Cell measure, Cell value, Cell computedFrom) {

        TargetRow(int line, Long publishedTargetId, Cell name, Cell measure, Cell value) {
            this(line, publishedTargetId, name, measure, value, Cell.of("", COMPUTED_COLUMN));
        }

        boolean blank() {
            return name.blank() && measure.blank() && value.blank() && computedFrom.blank();
        }
    }

    /** Where the page's target editors put the choice of a known measure. */
    static final int COMPUTED_COLUMN = 4;

    /** A work's row. */
    record WorkRow(int line, Cell name, Cell owner, Cell expectedOn) {

        boolean blank() {
            return name.blank() && owner.blank() && expectedOn.blank();
        }
    }

    private RegistrationChecker() {
    }

    static List<Person> people(List<PersonRow> rows, String unitCode, List<TitleRule> titles) {
        List<InputError> errors = new ArrayList<>();
        List<Person> people = new ArrayList<>();
        Map<String, Integer> lineOfKey = new HashMap<>();
        for (PersonRow row : rows) {
            if (row.blank()) {
                continue;
            }
            int before = errors.size();
            String name = text(row.line(), row.fullName(), "registration.column.fullName", MAX_PERSON_NAME, true,
                    errors);
            LocalDate born = day(row.line(), row.dateOfBirth(), "registration.column.dateOfBirth", true, errors);
            String position = text(row.line(), row.position(), "registration.column.position", MAX_POSITION, false,
                    errors);
            String title = title(row.line(), row.title(), titles, NomineeKind.PERSON, errors);
            if (errors.size() > before) {
                continue;
            }
            String key = NomineeKeys.person(unitCode, name, born);
            Integer first = lineOfKey.putIfAbsent(key, row.line());
            if (first != null) {
                errors.add(error(row.line(), row.fullName(), "registration.column.fullName",
                        Messages.get("registration.person.duplicate", name, DayInput.format(born), first)));
                continue;
            }
            people.add(new Person(name, born, position, title, key));
        }
        if (people.size() > MAX_ROWS) {
            errors.add(new InputError(0, 0, "", Messages.get("registration.rows.tooMany", MAX_ROWS)));
        }
        refuseIfAny(errors);
        return people;
    }

    /**
     * The unit's targets; a published one takes its name, measure and tie from the parent's, an own one may be tied
     * to one of {@code ties} (its measure is then the measure's own).
     */
    static List<Target> targets(List<TargetRow> rows, List<PublishedTarget> mandatory, List<TitleRule> titles,
                                List<KnownMeasure.Tie> ties) {
        List<InputError> errors = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        Map<Long, PublishedTarget> byId = new HashMap<>();
        mandatory.forEach(t -> byId.put(t.id(), t));
        for (TargetRow row : rows) {
            PublishedTarget published = row.publishedTargetId() == null ? null : byId.get(row.publishedTargetId());
            if (row.blank() && published == null) {
                continue;
            }
            int before = errors.size();
            String name = published != null ? published.name()
                    : text(row.line(), row.name(), "registration.column.targetName", MAX_NAME, true, errors);
            KnownMeasure.Tie tie = published != null ? KnownMeasure.Tie.parse(published.computedFrom()).orElse(null)
                    : tie(row.line(), row.computedFrom(), titles, ties, errors);
            String measure = published != null ? published.measure()
                    : tie != null ? tie.unit(titles) : !row.computedFrom().blank() ? null
                    : text(row.line(), row.measure(), "registration.column.measure", MAX_MEASURE, true, errors);
            BigDecimal value = number(row.line(), row.value(), "registration.column.targetValue", true, errors);
            if (errors.size() == before) {
                targets.add(new Target(published == null ? null : published.id(), name, measure, value, null,
                        tie == null ? null : tie.code()));
            }
        }
        for (PublishedTarget t : mandatory) {
            if (rows.stream().noneMatch(r -> t.id() == (r.publishedTargetId() == null ? -1 : r.publishedTargetId()))) {
                errors.add(new InputError(0, 0, "", Messages.get("registration.target.mandatoryMissing", t.name())));
            }
        }
        if (targets.size() > MAX_ROWS) {
            errors.add(new InputError(0, 0, "", Messages.get("registration.rows.tooMany", MAX_ROWS)));
        }
        refuseIfAny(errors);
        return targets;
    }

    static List<Work> works(List<WorkRow> rows) {
        List<InputError> errors = new ArrayList<>();
        List<Work> works = new ArrayList<>();
        for (WorkRow row : rows) {
            if (row.blank()) {
                continue;
            }
            int before = errors.size();
            String name = text(row.line(), row.name(), "registration.column.workName", MAX_NAME, true, errors);
            String owner = text(row.line(), row.owner(), "registration.column.owner", MAX_OWNER, true, errors);
            LocalDate on = day(row.line(), row.expectedOn(), "registration.column.expectedOn", true, errors);
            if (errors.size() == before) {
                works.add(new Work(name, owner, on));
            }
        }
        if (works.size() > MAX_ROWS) {
            errors.add(new InputError(0, 0, "", Messages.get("registration.rows.tooMany", MAX_ROWS)));
        }
        refuseIfAny(errors);
        return works;
    }

    /**
     * Published targets a unit sets for the units below it: name, measure (the known measure's own when tied to one
     * of {@code ties}), and an optional suggested value.
     */
    static List<PublishedTarget> published(List<TargetRow> rows, List<TitleRule> titles,
                                           List<KnownMeasure.Tie> ties) {
        List<InputError> errors = new ArrayList<>();
        List<PublishedTarget> targets = new ArrayList<>();
        for (TargetRow row : rows) {
            if (row.blank()) {
                continue;
            }
            int before = errors.size();
            String name = text(row.line(), row.name(), "registration.column.targetName", MAX_NAME, true, errors);
            KnownMeasure.Tie tie = tie(row.line(), row.computedFrom(), titles, ties, errors);
            String measure = tie != null ? tie.unit(titles) : !row.computedFrom().blank() ? null
                    : text(row.line(), row.measure(), "registration.column.measure", MAX_MEASURE, true, errors);
            BigDecimal value = number(row.line(), row.value(), "registration.column.targetValue", false, errors);
            if (errors.size() == before) {
                targets.add(new PublishedTarget(row.publishedTargetId() == null ? 0 : row.publishedTargetId(), "",
                        name, measure, value, tie == null ? null : tie.code()));
            }
        }
        refuseIfAny(errors);
        return targets;
    }

    /**
     * Achieved values, one per target line; blank means not entered yet. A target the system computes takes no typed
     * value (its line stays null).
     */
    static List<BigDecimal> achieved(List<Cell> cells, List<Target> targets) {
        List<InputError> errors = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            if (i < targets.size() && targets.get(i).computed()) {
                if (!cells.get(i).blank()) {
                    errors.add(error(i + 1, cells.get(i), "registration.column.achieved",
                            Messages.get("registration.achieved.computed", targets.get(i).name())));
                }
                values.add(null);
                continue;
            }
            values.add(number(i + 1, cells.get(i), "registration.column.achieved", false, errors));
        }
        refuseIfAny(errors);
        return values;
    }

    /** The collective title's code, checked against the rule set's collective titles; null for none. */
    static String collectiveTitle(String typed, List<TitleRule> titles) {
        List<InputError> errors = new ArrayList<>();
        String code = title(0, Cell.of(typed, 0), titles, NomineeKind.COLLECTIVE, errors);
        refuseIfAny(errors);
        return code;
    }

    // ---- cells -------------------------------------------------------------------------------------------------

    /** The known measure chosen for a target, one of {@code ties}; null for a typed value. */
    private static KnownMeasure.Tie tie(int line, Cell cell, List<TitleRule> titles, List<KnownMeasure.Tie> ties,
                                        List<InputError> errors) {
        if (cell.blank()) {
            return null;
        }
        var tie = KnownMeasure.Tie.parse(cell.text());
        if (tie.isPresent() && ties.contains(tie.get())) {
            return tie.get();
        }
        errors.add(error(line, cell, "registration.column.computed", tie.isPresent() && tie.get().measure()
                .aboutUnitsBelow() ? Messages.get("registration.known.noUnitsBelow", tie.get().label(titles))
                : Messages.get("registration.known.unknown", cell.text())));
        return null;
    }

    private static String text(int line, Cell cell, String columnKey, int max, boolean required,
                               List<InputError> errors) {
        if (cell.blank()) {
            if (required) {
                errors.add(error(line, cell, columnKey, Messages.get("registration.cell.missing",
                        Messages.get(columnKey))));
            }
            return null;
        }
        String value = cell.text().replaceAll("\\s+", " ");
        if (value.length() > max) {
            errors.add(error(line, cell, columnKey, Messages.get("registration.cell.tooLong",
                    Messages.get(columnKey), value.length(), max)));
            return null;
        }
        return value;
    }

    private static LocalDate day(int line, Cell cell, String columnKey, boolean required, List<InputError> errors) {
        if (cell.blank()) {
            if (required) {
                errors.add(error(line, cell, columnKey, Messages.get("registration.cell.missing",
                        Messages.get(columnKey))));
            }
            return null;
        }
        try {
            LocalDate day = DayInput.parse(cell.text(), null);
            if (day.getYear() < 1900 || day.getYear() > 2200) {
                errors.add(error(line, cell, columnKey, Messages.get("registration.cell.yearOdd",
                        Messages.get(columnKey), cell.text())));
                return null;
            }
            return day;
        } catch (InvalidInputException e) {
            errors.add(error(line, cell, columnKey, e.getMessage()));
            return null;
        }
    }

    /** "100", "95,5", "95.5", "1.000" is not accepted (ambiguous); "100%" keeps 100. */
    private static BigDecimal number(int line, Cell cell, String columnKey, boolean required,
                                     List<InputError> errors) {
        if (cell.blank()) {
            if (required) {
                errors.add(error(line, cell, columnKey, Messages.get("registration.cell.missing",
                        Messages.get(columnKey))));
            }
            return null;
        }
        String text = cell.text().replace("%", "").strip().replace(',', '.');
        BigDecimal value;
        try {
            if (!text.matches("\\d{1,12}(\\.\\d{1,2})?")) {
                throw new NumberFormatException(text);
            }
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            errors.add(error(line, cell, columnKey, Messages.get("registration.cell.notANumber",
                    Messages.get(columnKey), cell.text())));
            return null;
        }
        if (value.compareTo(MAX_VALUE) > 0) {
            errors.add(error(line, cell, columnKey, Messages.get("registration.cell.notANumber",
                    Messages.get(columnKey), cell.text())));
            return null;
        }
        return value;
    }

    /** A title typed as its code ("LDTT") or its name ("Lao động tiên tiến"), of the rule set and the right kind. */
    private static String title(int line, Cell cell, List<TitleRule> titles, NomineeKind kind,
                                List<InputError> errors) {
        String columnKey = kind == NomineeKind.PERSON ? "registration.column.title"
                : "registration.column.collectiveTitle";
        if (cell.blank()) {
            if (kind == NomineeKind.PERSON) {
                errors.add(error(line, cell, columnKey, Messages.get("registration.cell.missing",
                        Messages.get(columnKey))));
            }
            return null;
        }
        String folded = NomineeKeys.fold(cell.text());
        Optional<TitleRule> title = titles.stream()
                .filter(t -> NomineeKeys.fold(t.code()).equals(folded) || NomineeKeys.fold(t.name()).equals(folded))
                .findFirst();
        if (title.isEmpty() || title.get().kind() != kind) {
            String known = String.join("; ", titles.stream().filter(t -> t.kind() == kind)
                    .map(t -> t.name() + " (" + t.code() + ")").toList());
            errors.add(error(line, cell, columnKey, Messages.get(title.isEmpty() ? "registration.title.unknown"
                    : "registration.title.wrongKind", cell.text(), known)));
            return null;
        }
        return title.get().code();
    }

    private static InputError error(int line, Cell cell, String columnKey, String message) {
        return new InputError(line, cell.column(), Messages.get(columnKey), message);
    }

    private static void refuseIfAny(List<InputError> errors) {
        if (errors.size() == 1) {
            throw new InvalidInputException(RegistrationController.located(errors.get(0)), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("registration.invalid", errors.size()), errors);
        }
    }
}
