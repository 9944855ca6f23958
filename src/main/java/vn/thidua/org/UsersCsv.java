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
        String allowed = "staff (cán bộ phụ trách), head (thủ trưởng), council (hội đồng thi đua – khen thưởng)";
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
                errors.add(new InputError(line, 1, "username", "Chưa có tên đăng nhập."));
            } else if (!OrgValidation.isCamundaId(username)) {
                errors.add(new InputError(line, 1, "username", "Tên đăng nhập \"" + username
                        + "\" chỉ được gồm chữ cái không dấu và chữ số (không dấu cách, dấu chấm, @)."));
            } else if (username.length() > OrgValidation.MAX_USERNAME) {
                errors.add(new InputError(line, 1, "username", "Tên đăng nhập dài quá " + OrgValidation.MAX_USERNAME + " ký tự."));
            } else if (foreignUser.test(username)) {
                errors.add(new InputError(line, 1, "username", "Tên đăng nhập " + username
                        + " đã được dùng cho một tài khoản khác của hệ thống (ví dụ tài khoản quản trị)."));
            }
            if (fullName.isEmpty()) {
                errors.add(new InputError(line, 2, "full_name", "Chưa có họ và tên."));
            } else if (fullName.length() > 200) {
                errors.add(new InputError(line, 2, "full_name", "Họ và tên dài quá 200 ký tự."));
            }
            if (email.isEmpty()) {
                errors.add(new InputError(line, 3, "email", "Chưa có email: hệ thống cần email để gửi thư nhắc hạn."));
            } else if (!OrgValidation.isEmail(email)) {
                errors.add(new InputError(line, 3, "email", "Email \"" + email + "\" không hợp lệ."));
            }
            if (unit.isEmpty()) {
                errors.add(new InputError(line, 4, "unit_code", "Chưa có mã đơn vị."));
            } else if (!unitExists.test(unit)) {
                errors.add(new InputError(line, 4, "unit_code", "Không có đơn vị mã " + unit
                        + " trong hệ thống; hãy nạp units.csv trước."));
            }
            if (role.isEmpty()) {
                errors.add(new InputError(line, 5, "role", "Chưa có vai trò; chỉ nhận " + allowed + "."));
            } else if (UnitRole.fromCode(role).isEmpty()) {
                errors.add(new InputError(line, 5, "role", "Vai trò \"" + f.get(4).trim()
                        + "\" không hợp lệ; chỉ nhận " + allowed + "."));
            }
            if (errors.size() != before) {
                continue;
            }
            String key = username + "/" + role;
            if (roleLine.containsKey(key)) {
                errors.add(new InputError(line, 5, "role", "Người dùng " + username + " đã có vai trò " + role
                        + " ở dòng " + roleLine.get(key) + "."));
                continue;
            }
            PersonRecord known = people.get(username);
            if (known != null) {
                String field = !known.fullName().equals(fullName) ? "full_name"
                        : !known.email().equalsIgnoreCase(email) ? "email" : !known.unitCode().equals(unit) ? "unit_code" : null;
                if (field != null) {
                    int column = COLUMNS.indexOf(field) + 1;
                    errors.add(new InputError(line, column, field, "Tên đăng nhập " + username + " đã xuất hiện ở dòng "
                            + firstLine.get(username) + " với " + label(field)
                            + " khác; một người giữ nhiều vai trò phải có cùng họ tên, email và đơn vị."));
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

    private static String label(String field) {
        return Map.of("full_name", "họ tên", "email", "email", "unit_code", "đơn vị").get(field);
    }
}
