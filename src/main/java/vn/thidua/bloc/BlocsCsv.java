package vn.thidua.bloc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.csv.CsvFile;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.problem.InputError;
import vn.thidua.text.Messages;

/**
 * blocs.csv: {@code code,name,parent_code,school_year,leader_code,members}, one bloc a line, the members' unit codes
 * separated by semicolons. Every line is checked against the file, the organisation tree and the blocs already
 * stored; one error rejects the whole file.
 */
final class BlocsCsv {

    static final String FILE = "blocs.csv";
    static final List<String> COLUMNS = List.of("code", "name", "parent_code", "school_year", "leader_code",
            "members");
    static final int MAX_CODE = 40;
    static final int MAX_NAME = 200;
    static final int MAX_MEMBERS = 60;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern SEPARATOR = Pattern.compile("[;\\s]+");

    /** A bloc as a line of the file gives it. */
    record Line(int line, String code, String name, String parentCode, String schoolYear, String leaderCode,
                List<String> members) {
    }

    /** What the check needs of the stored blocs: for a parent and year, which bloc code each school is in. */
    interface Stored {
        Map<String, String> blocCodeOfMember(String parentCode, String schoolYear);
    }

    private BlocsCsv() {
    }

    /**
     * The lines of the file, or every error found. A line of a parent the user may not manage refuses the file at
     * once, before anything about that parent's schools or blocs is said.
     */
    static List<Line> read(byte[] bytes, OrgDirectory org, Stored stored,
                           java.util.function.Predicate<String> mayManage) {
        CsvFile csv = CsvFile.read(bytes, FILE, COLUMNS);
        for (CsvFile.Row row : csv.rows()) {
            String parentCode = row.fields().size() > 2 ? row.fields().get(2).trim() : "";
            if (org.findUnit(parentCode).isPresent() && !mayManage.test(parentCode)) {
                throw new vn.thidua.problem.AccessDeniedException();
            }
        }
        List<InputError> errors = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Map<String, Integer> lineOfBloc = new HashMap<>();
        // parent|year|school → line and bloc code of the file that put the school there
        Map<String, Integer> lineOfMember = new HashMap<>();
        Map<String, String> blocOfMember = new HashMap<>();
        Map<String, Set<String>> fileCodes = new HashMap<>();
        for (CsvFile.Row row : csv.rows()) {
            InputError columns = CsvFile.wrongColumnCount(row, COLUMNS);
            if (columns != null) {
                errors.add(columns);
                continue;
            }
            List<String> f = row.fields();
            int line = row.line();
            String code = f.get(0).trim();
            String name = f.get(1).trim();
            String parentCode = f.get(2).trim();
            String year = f.get(3).trim().replace(" ", "");
            String leader = f.get(4).trim();
            if (code.isEmpty()) {
                errors.add(new InputError(line, 1, "code", Messages.get("bloc.csv.code.missing")));
            } else if (code.length() > MAX_CODE || !CODE.matcher(code).matches()) {
                errors.add(new InputError(line, 1, "code", Messages.get("bloc.csv.code.chars", code, MAX_CODE)));
            }
            if (name.isEmpty()) {
                errors.add(new InputError(line, 2, "name", Messages.get("bloc.csv.name.missing")));
            } else if (name.length() > MAX_NAME) {
                errors.add(new InputError(line, 2, "name", Messages.get("bloc.csv.name.tooLong", name.length(),
                        MAX_NAME)));
            }
            Unit parent = parentCode.isEmpty() ? null : org.findUnit(parentCode).orElse(null);
            if (parentCode.isEmpty()) {
                errors.add(new InputError(line, 3, "parent_code", Messages.get("bloc.csv.parent.missing")));
            } else if (parent == null) {
                errors.add(new InputError(line, 3, "parent_code", Messages.get("bloc.csv.unit.unknown", parentCode)));
            }
            if (!validYear(year)) {
                errors.add(new InputError(line, 4, "school_year", Messages.get("bloc.csv.year", f.get(3).trim())));
            }
            String key = parentCode + "|" + year + "|" + code;
            if (!code.isEmpty() && lineOfBloc.containsKey(key)) {
                errors.add(new InputError(line, 1, "code", Messages.get("bloc.csv.code.duplicate", code,
                        lineOfBloc.get(key))));
            } else {
                lineOfBloc.put(key, line);
            }
            fileCodes.computeIfAbsent(parentCode + "|" + year, k -> new java.util.HashSet<>()).add(code);
            List<String> members = new ArrayList<>();
            Set<String> seen = new LinkedHashSet<>();
            for (String member : SEPARATOR.split(f.get(5).trim())) {
                if (member.isEmpty()) {
                    continue;
                }
                if (!seen.add(member)) {
                    errors.add(new InputError(line, 6, "members", Messages.get("bloc.csv.member.twice", member)));
                    continue;
                }
                Unit unit = org.findUnit(member).orElse(null);
                if (unit == null) {
                    errors.add(new InputError(line, 6, "members", Messages.get("bloc.csv.unit.unknown", member)));
                    continue;
                }
                if (parent != null && !parent.code().equals(unit.parentCode())) {
                    errors.add(new InputError(line, 6, "members", Messages.get("bloc.csv.member.otherParent",
                            unit.name(), member, parent.name())));
                    continue;
                }
                String memberKey = parentCode + "|" + year + "|" + member;
                if (lineOfMember.containsKey(memberKey)) {
                    errors.add(new InputError(line, 6, "members", Messages.get("bloc.csv.member.twoBlocs",
                            unit.name(), member, blocOfMember.get(memberKey), lineOfMember.get(memberKey))));
                    continue;
                }
                lineOfMember.put(memberKey, line);
                blocOfMember.put(memberKey, code);
                members.add(member);
            }
            if (seen.isEmpty()) {
                errors.add(new InputError(line, 6, "members", Messages.get("bloc.csv.members.missing")));
            } else if (seen.size() > MAX_MEMBERS) {
                errors.add(new InputError(line, 6, "members", Messages.get("bloc.csv.members.tooMany", seen.size(),
                        MAX_MEMBERS)));
            }
            if (leader.isEmpty()) {
                errors.add(new InputError(line, 5, "leader_code", Messages.get("bloc.csv.leader.missing")));
            } else if (org.findUnit(leader).isEmpty()) {
                errors.add(new InputError(line, 5, "leader_code", Messages.get("bloc.csv.unit.unknown", leader)));
            } else if (!seen.contains(leader)) {
                errors.add(new InputError(line, 5, "leader_code", Messages.get("bloc.csv.leader.notMember",
                        org.unit(leader).name(), leader)));
            }
            lines.add(new Line(line, code, name, parentCode, year, leader, List.copyOf(members)));
        }
        // A school already in a stored bloc of the same parent and year stays there unless the file gives that
        // bloc again (the file's line replaces its members).
        for (Line l : lines) {
            if (!validYear(l.schoolYear()) || org.findUnit(l.parentCode()).isEmpty()) {
                continue;
            }
            Map<String, String> storedBlocs = stored.blocCodeOfMember(l.parentCode(), l.schoolYear());
            Set<String> inFile = fileCodes.getOrDefault(l.parentCode() + "|" + l.schoolYear(), Set.of());
            for (String member : l.members()) {
                String other = storedBlocs.get(member);
                if (other != null && !other.equals(l.code()) && !inFile.contains(other)) {
                    errors.add(new InputError(l.line(), 6, "members", Messages.get("bloc.csv.member.storedBloc",
                            org.unit(member).name(), member, other)));
                }
            }
        }
        if (csv.rows().isEmpty()) {
            errors.add(new InputError(1, 0, null, Messages.get("bloc.csv.empty")));
        }
        if (!errors.isEmpty()) {
            throw CsvFile.reject(FILE, errors);
        }
        return lines;
    }

    static boolean validYear(String year) {
        Matcher m = YEAR.matcher(year == null ? "" : year);
        return m.matches() && Integer.parseInt(m.group(2)) == Integer.parseInt(m.group(1)) + 1;
    }
}
