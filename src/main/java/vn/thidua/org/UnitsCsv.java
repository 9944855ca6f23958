package vn.thidua.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.csv.CsvFile;
import vn.thidua.problem.InputError;
import vn.thidua.text.Messages;

/**
 * units.csv: {@code code,name,level,parent_code,email}, optionally followed by {@code also_reports_to} (the codes of
 * the other bodies the unit reports to besides its parent, separated by semicolons); checks every line against the
 * file and what is stored.
 */
final class UnitsCsv {

    static final String FILE = "units.csv";
    static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code", "email");
    static final String ALSO_REPORTS_TO = "also_reports_to";
    static final List<String> COLUMNS_WITH_BODIES = List.of("code", "name", "level", "parent_code", "email",
            ALSO_REPORTS_TO);
    private static final int BODIES_COLUMN = 6;
    private static final java.util.regex.Pattern BODY_SEPARATOR = java.util.regex.Pattern.compile("[;\\s]+");

    /**
     * The units of a file in file order and, when the file has the {@code also_reports_to} column, every unit's
     * other bodies (an empty list for a unit that has none); {@code otherBodies} is null for a file without it,
     * whose import leaves the relations as they are.
     */
    record UnitsFile(List<Unit> units, Map<String, List<String>> otherBodies) {
    }

    private UnitsCsv() {
    }

    /** The units of the file in file order, or every error found. */
    static List<Unit> parse(byte[] bytes, Map<String, Unit> stored) {
        return read(bytes, stored).units();
    }

    /** The units and their other bodies, or every error found. */
    static UnitsFile read(byte[] bytes, Map<String, Unit> stored) {
        List<CsvFile.Row> all = CsvFile.readAll(bytes, FILE);
        boolean withBodies = !all.isEmpty() && all.get(0).fields().size() == COLUMNS_WITH_BODIES.size();
        List<String> expected = withBodies ? COLUMNS_WITH_BODIES : COLUMNS;
        CsvFile csv = CsvFile.read(bytes, FILE, expected);
        List<InputError> errors = new ArrayList<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, List<String>> bodies = new LinkedHashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            List<String> f = row.fields();
            int line = row.line();
            InputError columns = CsvFile.wrongColumnCount(row, expected);
            if (columns != null) {
                errors.add(columns);
                continue;
            }
            String code = f.get(0).trim();
            String name = f.get(1).trim();
            String level = f.get(2).trim();
            String parent = f.get(3).trim();
            String email = f.get(4).trim();
            if (code.isEmpty()) {
                errors.add(new InputError(line, 1, "code", Messages.get("org.unit.code.missing")));
            } else if (!OrgValidation.isCamundaId(code)) {
                errors.add(new InputError(line, 1, "code", Messages.get("org.unit.code.chars", code)));
            } else if (code.length() > OrgValidation.MAX_UNIT_CODE) {
                errors.add(new InputError(line, 1, "code",
                        Messages.get("org.unit.code.tooLong", OrgValidation.MAX_UNIT_CODE)));
            } else if (lineOf.containsKey(code)) {
                errors.add(new InputError(line, 1, "code",
                        Messages.get("org.unit.code.duplicate", code, lineOf.get(code))));
            }
            if (name.isEmpty()) {
                errors.add(new InputError(line, 2, "name", Messages.get("org.unit.name.missing")));
            } else if (name.length() > OrgValidation.MAX_UNIT_NAME) {
                errors.add(new InputError(line, 2, "name",
                        Messages.get("org.unit.name.tooLong", name.length(), OrgValidation.MAX_UNIT_NAME)));
            }
            if (level.isEmpty()) {
                errors.add(new InputError(line, 3, "level", Messages.get("org.unit.level.missing")));
            } else if (level.length() > 60) {
                errors.add(new InputError(line, 3, "level", Messages.get("org.unit.level.tooLong", 60)));
            }
            if (!parent.isEmpty() && parent.equals(code)) {
                errors.add(new InputError(line, 4, "parent_code",
                        Messages.get("org.unit.parent.self", code)));
            }
            if (email.isEmpty()) {
                errors.add(new InputError(line, 5, "email", Messages.get("org.unit.email.missing")));
            } else if (!OrgValidation.isEmail(email)) {
                errors.add(new InputError(line, 5, "email", Messages.get("org.email.invalid", email)));
            }
            // Any line with a usable code takes part in the tree checks, so they report on it too.
            boolean usableCode = !code.isEmpty() && OrgValidation.isCamundaId(code) && !lineOf.containsKey(code);
            if (usableCode) {
                lineOf.put(code, line);
                units.put(code, new Unit(code, name, level, parent.isEmpty() ? null : parent, email));
                if (withBodies) {
                    bodies.put(code, bodyCodes(f.get(BODIES_COLUMN - 1)));
                }
            }
        }
        Map<String, Unit> tree = new HashMap<>(stored);
        tree.putAll(units);
        for (Unit unit : units.values()) {
            int line = lineOf.get(unit.code());
            if (unit.parentCode() != null && !unit.parentCode().equals(unit.code())
                    && !tree.containsKey(unit.parentCode())) {
                errors.add(new InputError(line, 4, "parent_code",
                        Messages.get("org.unit.parent.unknown", unit.parentCode())));
            }
            String cycle = cycleFrom(unit, tree);
            if (cycle != null) {
                errors.add(new InputError(line, 4, "parent_code", Messages.get("org.unit.parent.cycle", cycle)));
            }
            for (Unit other : tree.values()) {
                for (UnitRole role : UnitRole.values()) {
                    if (unit.code().equals(role.groupId(other.code()))) {
                        errors.add(new InputError(line, 1, "code", Messages.get("org.unit.code.isGroup",
                                unit.code(), role.label(), other.code())));
                    } else if (other.code().equals(role.groupId(unit.code()))) {
                        errors.add(new InputError(line, 1, "code", Messages.get("org.unit.groupIsCode",
                                role.label(), unit.code(), other.code())));
                    }
                }
            }
        }
        if (withBodies) {
            checkBodies(bodies, units, lineOf, tree, errors);
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
            throw CsvFile.reject(FILE, errors);
        }
        return new UnitsFile(List.copyOf(units.values()), withBodies ? bodies : null);
    }

    private static List<String> bodyCodes(String field) {
        String trimmed = field.trim();
        return trimmed.isEmpty() ? List.of() : List.of(BODY_SEPARATOR.split(trimmed));
    }

    /**
     * Each other body must be a known unit, not the unit itself, its parent (which receives anyway) or a unit
     * below it, and be named once.
     */
    private static void checkBodies(Map<String, List<String>> bodies, Map<String, Unit> units,
                                    Map<String, Integer> lineOf, Map<String, Unit> tree, List<InputError> errors) {
        for (Map.Entry<String, List<String>> entry : bodies.entrySet()) {
            Unit unit = units.get(entry.getKey());
            int line = lineOf.get(unit.code());
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String body : entry.getValue()) {
                String message = null;
                if (!seen.add(body)) {
                    message = Messages.get("org.unit.body.duplicate", body);
                } else if (body.equals(unit.code())) {
                    message = Messages.get("org.unit.body.self", body);
                } else if (!tree.containsKey(body)) {
                    message = Messages.get("org.unit.body.unknown", body);
                } else if (body.equals(unit.parentCode())) {
                    message = Messages.get("org.unit.body.parent", body);
                } else if (isBelow(tree, body, unit.code())) {
                    message = Messages.get("org.unit.body.below", body, unit.code());
                }
                if (message != null) {
                    errors.add(new InputError(line, BODIES_COLUMN, ALSO_REPORTS_TO, message));
                }
            }
        }
    }

    /** True when following parents from {@code code} reaches {@code ancestor}. */
    private static boolean isBelow(Map<String, Unit> tree, String code, String ancestor) {
        String parent = tree.get(code).parentCode();
        for (int steps = 0; parent != null && steps <= tree.size(); steps++) {
            if (parent.equals(ancestor)) {
                return true;
            }
            Unit next = tree.get(parent);
            parent = next == null ? null : next.parentCode();
        }
        return false;
    }

    /** "A → B → A" if following parents from the unit comes back to it, else null. */
    private static String cycleFrom(Unit unit, Map<String, Unit> tree) {
        List<String> path = new ArrayList<>(List.of(unit.code()));
        String parent = unit.parentCode();
        while (parent != null && tree.containsKey(parent) && path.size() <= tree.size()) {
            path.add(parent);
            if (parent.equals(unit.code())) {
                return path.size() > 2 ? String.join(" → ", path) : null;
            }
            parent = tree.get(parent).parentCode();
        }
        return null;
    }
}
