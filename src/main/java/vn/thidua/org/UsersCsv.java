package vn.thidua.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import vn.thidua.csv.CsvFile;
import vn.thidua.org.OrgRepository.PersonRecord;
import vn.thidua.problem.InputError;
import vn.thidua.text.Messages;

/**
 * users.csv: {@code username,full_name,email,unit_code,role}. A person holding several roles appears on
 * several lines with the same name, email and unit.
 */
final class UsersCsv {

    static final String FILE = "users.csv";
    static final List<String> COLUMNS = List.of("username", "full_name", "email", "unit_code", "role");

    private UsersCsv() {
    }

    /**
     * @param unitExists  whether a unit code is known
     * @param foreignUser whether a username already belongs to a Camunda account that is not one of our people
     */
    static List<PersonRecord> parse(byte[] bytes, Predicate<String> unitExists, Predicate<String> foreignUser) {
        CsvFile csv = CsvFile.read(bytes, FILE, COLUMNS);
        List<InputError> errors = new ArrayList<>();
        Map<String, PersonRecord> people = new LinkedHashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        Map<String, Integer> roleLine = new HashMap<>();
        String allowed = Messages.get("org.user.roles");
        for (CsvFile.Row row : csv.rows()) {
            List<String> f = row.fields();
            int line = row.line();
            InputError columns = CsvFile.wrongColumnCount(row, COLUMNS);
            if (columns != null) {
                errors.add(columns);
                continue;
            }
            String username = f.get(0).trim();
            String fullName = f.get(1).trim().replaceAll("\\s+", " ");
            String email = f.get(2).trim();
            String unit = f.get(3).trim();
            String role = f.get(4).trim().toLowerCase(java.util.Locale.ROOT);
            int before = errors.size();
            if (username.isEmpty()) {
                errors.add(new InputError(line, 1, "username", Messages.get("org.user.username.missing")));
            } else if (!OrgValidation.isCamundaId(username)) {
                errors.add(new InputError(line, 1, "username",
                        Messages.get("org.user.username.chars", username)));
            } else if (username.length() > OrgValidation.MAX_USERNAME) {
                errors.add(new InputError(line, 1, "username",
                        Messages.get("org.user.username.tooLong", OrgValidation.MAX_USERNAME)));
            } else if (foreignUser.test(username)) {
                errors.add(new InputError(line, 1, "username",
                        Messages.get("org.user.username.foreign", username)));
            }
            if (fullName.isEmpty()) {
                errors.add(new InputError(line, 2, "full_name", Messages.get("org.user.fullName.missing")));
            } else if (fullName.length() > 200) {
                errors.add(new InputError(line, 2, "full_name", Messages.get("org.user.fullName.tooLong", 200)));
            }
            if (email.isEmpty()) {
                errors.add(new InputError(line, 3, "email", Messages.get("org.user.email.missing")));
            } else if (!OrgValidation.isEmail(email)) {
                errors.add(new InputError(line, 3, "email", Messages.get("org.email.invalid", email)));
            }
            if (unit.isEmpty()) {
                errors.add(new InputError(line, 4, "unit_code", Messages.get("org.unit.code.missing")));
            } else if (!unitExists.test(unit)) {
                errors.add(new InputError(line, 4, "unit_code", Messages.get("org.user.unit.unknown", unit)));
            }
            if (role.isEmpty()) {
                errors.add(new InputError(line, 5, "role", Messages.get("org.user.role.missing", allowed)));
            } else if (UnitRole.fromCode(role).isEmpty()) {
                errors.add(new InputError(line, 5, "role",
                        Messages.get("org.user.role.invalid", f.get(4).trim(), allowed)));
            }
            if (errors.size() != before) {
                continue;
            }
            String key = username + "/" + role;
            if (roleLine.containsKey(key)) {
                errors.add(new InputError(line, 5, "role",
                        Messages.get("org.user.role.duplicate", username, role, roleLine.get(key))));
                continue;
            }
            PersonRecord known = people.get(username);
            if (known != null) {
                String field = !known.fullName().equals(fullName) ? "full_name"
                        : !known.email().equalsIgnoreCase(email) ? "email" : !known.unitCode().equals(unit) ? "unit_code" : null;
                if (field != null) {
                    int column = COLUMNS.indexOf(field) + 1;
                    errors.add(new InputError(line, column, field, Messages.get("org.user.differs",
                            username, firstLine.get(username), Messages.get("org.user.column." + field))));
                    continue;
                }
                List<String> roles = new ArrayList<>(known.roles());
                roles.add(role);
                people.put(username, new PersonRecord(username, fullName, email, unit, List.copyOf(roles)));
            } else {
                firstLine.put(username, line);
                people.put(username, new PersonRecord(username, fullName, email, unit, List.of(role)));
            }
            roleLine.put(key, line);
        }
        if (!errors.isEmpty()) {
            throw CsvFile.reject(FILE, errors);
        }
        return people.values().stream()
                .map(p -> new PersonRecord(p.username(), p.fullName(), p.email(), p.unitCode(),
                        p.roles().stream().sorted().toList()))
                .toList();
    }
}
