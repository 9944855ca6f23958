package vn.thidua.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.thidua.csv.CsvFile;
import vn.thidua.problem.InputError;

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
                errors.add(new InputError(line, 1, "code", "Chưa có mã đơn vị."));
            } else if (!OrgValidation.isCamundaId(code)) {
                errors.add(new InputError(line, 1, "code", "Mã đơn vị \"" + code
                        + "\" chỉ được gồm chữ cái không dấu và chữ số (không dấu cách, gạch ngang, dấu chấm)."));
            } else if (code.length() > OrgValidation.MAX_UNIT_CODE) {
                errors.add(new InputError(line, 1, "code", "Mã đơn vị dài quá " + OrgValidation.MAX_UNIT_CODE + " ký tự."));
            } else if (lineOf.containsKey(code)) {
                errors.add(new InputError(line, 1, "code", "Mã đơn vị " + code + " bị trùng với dòng "
                        + lineOf.get(code) + "."));
            }
            if (name.isEmpty()) {
                errors.add(new InputError(line, 2, "name", "Chưa có tên đơn vị."));
            } else if (name.length() > OrgValidation.MAX_UNIT_NAME) {
                errors.add(new InputError(line, 2, "name", "Tên đơn vị dài " + name.length() + " ký tự, tối đa "
                        + OrgValidation.MAX_UNIT_NAME + " ký tự."));
            }
            if (level.isEmpty()) {
                errors.add(new InputError(line, 3, "level", "Chưa có cấp của đơn vị (ví dụ thanh_pho, quan, phuong, truong)."));
            } else if (level.length() > 60) {
                errors.add(new InputError(line, 3, "level", "Cấp của đơn vị dài quá 60 ký tự."));
            }
            if (!parent.isEmpty() && parent.equals(code)) {
                errors.add(new InputError(line, 4, "parent_code", "Đơn vị " + code + " không thể là cấp trên của chính nó."));
            }
            if (email.isEmpty()) {
                errors.add(new InputError(line, 5, "email", "Chưa có email của đơn vị."));
            } else if (!OrgValidation.isEmail(email)) {
                errors.add(new InputError(line, 5, "email", "Email \"" + email + "\" không hợp lệ."));
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
                errors.add(new InputError(line, 4, "parent_code", "Không có đơn vị cấp trên mã " + unit.parentCode()
                        + " (không có trong tệp, cũng chưa có trong hệ thống)."));
            }
            String cycle = cycleFrom(unit, tree);
            if (cycle != null) {
                errors.add(new InputError(line, 4, "parent_code", "Cấp trên tạo thành vòng lặp: " + cycle + "."));
            }
            for (Unit other : tree.values()) {
                for (UnitRole role : UnitRole.values()) {
                    if (unit.code().equals(role.groupId(other.code()))) {
                        errors.add(new InputError(line, 1, "code", "Mã đơn vị " + unit.code()
                                + " trùng với mã nhóm \"" + role.label() + "\" của đơn vị " + other.code() + "."));
                    } else if (other.code().equals(role.groupId(unit.code()))) {
                        errors.add(new InputError(line, 1, "code", "Mã nhóm \"" + role.label() + "\" của đơn vị "
                                + unit.code() + " trùng với mã đơn vị " + other.code() + "."));
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
