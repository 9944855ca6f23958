package vn.thidua.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.csv.CsvFile;
import vn.thidua.problem.InputError;
import vn.thidua.text.Messages;

/** units.csv: {@code code,name,level,parent_code,email}; checks every line against the file and what is stored. */
final class UnitsCsv {

    static final String FILE = "units.csv";
    static final List<String> COLUMNS = List.of("code", "name", "level", "parent_code", "email");

    private UnitsCsv() {
    }

    /** The units of the file in file order, or every error found. */
    static List<Unit> parse(byte[] bytes, Map<String, Unit> stored) {
        CsvFile csv = CsvFile.read(bytes, FILE, COLUMNS);
        List<InputError> errors = new ArrayList<>();
        Map<String, Unit> units = new LinkedHashMap<>();
        Map<String, Integer> lineOf = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            List<String> f = row.fields();
            int line = row.line();
            InputError columns = CsvFile.wrongColumnCount(row, COLUMNS);
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
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(InputError::line).thenComparingInt(InputError::column));
            throw CsvFile.reject(FILE, errors);
        }
        return List.copyOf(units.values());
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
