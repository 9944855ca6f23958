package vn.thidua.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.thidua.rules.TitleRule;
import vn.thidua.web.DayInput;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/**
 * The nomination list as typed on the dossier page (or sent as JSON): rows of text, one per nomination, read
 * into {@link Nomination}s with the same checks the file reader makes, so a list is refused whole with every
 * problem named ("Đề nghị số 3, ngày sinh: …") whichever way it arrives.
 */
public final class TypedNominationRows {

    /** Form fields are named {@code row.<index>.<field>}; the index keeps a row's values together. */
    static final Pattern PARAM = Pattern.compile("^row\\.(\\d{1,4})\\.([A-Za-z]+)$");
    static final int MAX_ROWS = 500;
    static final int MAX_NAME = 200;
    static final int MAX_TEXT = 2000;

    public static final String KIND = "kind";
    public static final String FULL_NAME = "fullName";
    public static final String DATE_OF_BIRTH = "dateOfBirth";
    public static final String POSITION = "position";
    public static final String RATING = "rating";
    public static final String INITIATIVE = "initiative";
    public static final String INITIATIVE_LEVEL = "initiativeLevel";
    public static final String RESEARCH = "research";
    public static final String RESEARCH_LEVEL = "researchLevel";
    public static final String DISCIPLINE = "discipline";
    public static final String DAYS_ABSENT = "daysAbsent";
    public static final String MATERNITY_LEAVE = "maternityLeave";
    public static final String MONTHS_IN_POST = "monthsInPost";
    public static final String MEMBERS = "members";
    public static final String MEMBERS_COMPLETED = "membersCompleted";
    public static final String MEMBERS_LDTT = "membersLdtt";
    public static final String MEMBERS_CSTDCS = "membersCstdcs";
    public static final String MEMBERS_DISCIPLINED = "membersDisciplined";
    public static final String SCORE = "score";
    public static final String REQUESTED_TITLE = "requestedTitle";
    public static final String ACHIEVEMENTS = "achievements";

    /** Every field of a row, in the order of the editor's columns. */
    public static final List<String> FIELDS = List.of(KIND, FULL_NAME, DATE_OF_BIRTH, POSITION, RATING, INITIATIVE,
            INITIATIVE_LEVEL, RESEARCH, RESEARCH_LEVEL, DISCIPLINE, DAYS_ABSENT, MATERNITY_LEAVE, MONTHS_IN_POST,
            MEMBERS, MEMBERS_COMPLETED, MEMBERS_LDTT, MEMBERS_CSTDCS, MEMBERS_DISCIPLINED, SCORE, REQUESTED_TITLE,
            ACHIEVEMENTS);

    /** Values that fill a blank row's selects by default: they alone do not make a row worth reading. */
    private static final Set<String> DEFAULT_ONLY = Set.of(KIND, INITIATIVE_LEVEL, RESEARCH_LEVEL, DISCIPLINE);

    /** What the user reads in an error for each field. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry(KIND, "loại đề nghị"), Map.entry(FULL_NAME, "họ và tên / tên tập thể"),
            Map.entry(DATE_OF_BIRTH, "ngày sinh"), Map.entry(POSITION, "chức vụ"),
            Map.entry(RATING, "xếp loại"), Map.entry(INITIATIVE, "sáng kiến"),
            Map.entry(INITIATIVE_LEVEL, "cấp công nhận sáng kiến"), Map.entry(RESEARCH, "đề tài"),
            Map.entry(RESEARCH_LEVEL, "cấp nghiệm thu đề tài"), Map.entry(DISCIPLINE, "kỷ luật"),
            Map.entry(DAYS_ABSENT, "số ngày nghỉ"), Map.entry(MATERNITY_LEAVE, "nghỉ thai sản"),
            Map.entry(MONTHS_IN_POST, "số tháng công tác"), Map.entry(MEMBERS, "số thành viên"),
            Map.entry(MEMBERS_COMPLETED, "số thành viên hoàn thành nhiệm vụ"),
            Map.entry(MEMBERS_LDTT, "số thành viên Lao động tiên tiến"),
            Map.entry(MEMBERS_CSTDCS, "số thành viên Chiến sĩ thi đua cơ sở"),
            Map.entry(MEMBERS_DISCIPLINED, "số thành viên bị kỷ luật"), Map.entry(SCORE, "điểm thi đua"),
            Map.entry(REQUESTED_TITLE, "danh hiệu đề nghị"), Map.entry(ACHIEVEMENTS, "tóm tắt thành tích"));

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

    /** The rows of the editor's form, in order, from parameters named {@code row.<index>.<field>}. */
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

    /** A saved nomination as the editor shows it. */
    public static Row of(int number, Nomination n) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(KIND, n.kind().name());
        v.put(FULL_NAME, text(n.fullName()));
        v.put(DATE_OF_BIRTH, DayInput.format(n.dateOfBirth()));
        v.put(POSITION, text(n.position()));
        v.put(RATING, n.rating() == null ? "" : n.rating().name());
        v.put(INITIATIVE, text(n.initiative()));
        v.put(INITIATIVE_LEVEL, n.initiativeLevel() == null ? RecognitionLevel.NONE.name() : n.initiativeLevel().name());
        v.put(RESEARCH, text(n.research()));
        v.put(RESEARCH_LEVEL, n.researchLevel() == null ? RecognitionLevel.NONE.name() : n.researchLevel().name());
        v.put(DISCIPLINE, n.discipline() == null ? Discipline.NONE.name() : n.discipline().name());
        v.put(DAYS_ABSENT, text(n.daysAbsent()));
        v.put(MATERNITY_LEAVE, Boolean.TRUE.equals(n.maternityLeave()) ? "true" : "");
        v.put(MONTHS_IN_POST, text(n.monthsInPost()));
        v.put(MEMBERS, text(n.members()));
        v.put(MEMBERS_COMPLETED, text(n.membersCompleted()));
        v.put(MEMBERS_LDTT, text(n.membersLdtt()));
        v.put(MEMBERS_CSTDCS, text(n.membersCstdcs()));
        v.put(MEMBERS_DISCIPLINED, text(n.membersDisciplined()));
        v.put(SCORE, text(n.score()));
        v.put(REQUESTED_TITLE, text(n.requestedTitle()));
        v.put(ACHIEVEMENTS, text(n.achievements()));
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
     * @throws InvalidInputException listing every problem, each as "Đề nghị số N, field: message" with the row
     *                               number as line
     */
    public static List<Nomination> read(List<Row> rows, String unitCode, List<TitleRule> titles) {
        List<InputError> errors = new ArrayList<>();
        List<Nomination> list = new ArrayList<>();
        if (rows.size() > MAX_ROWS) {
            throw new InvalidInputException("Danh sách đề nghị quá dài.", List.of(new InputError(0, 0, null,
                    "Danh sách có " + rows.size() + " dòng; mỗi lần lưu tối đa " + MAX_ROWS + " đề nghị.")));
        }
        Set<String> seen = new HashSet<>();
        for (Row row : rows) {
            if (row.isBlank()) {
                continue;
            }
            RowReader reader = new RowReader(row, errors);
            Nomination n = reader.read(unitCode, titles);
            if (n != null) {
                if (!seen.add(n.nomineeKey() + "|" + n.requestedTitle())) {
                    reader.error(FULL_NAME, "trùng với một đề nghị ở dòng trên (cùng người/tập thể, cùng danh hiệu).");
                } else {
                    list.add(n);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException("Danh sách đề nghị có " + errors.size()
                    + " lỗi; chưa lưu gì. Hãy sửa các dòng được nêu rồi lưu lại.", errors);
        }
        return list;
    }

    /** Reads one row, collecting its errors; answers null when the row has any. */
    private static final class RowReader {
        private final Row row;
        private final List<InputError> errors;
        private final int before;

        RowReader(Row row, List<InputError> errors) {
            this.row = row;
            this.errors = errors;
            this.before = errors.size();
        }

        void error(String field, String message) {
            errors.add(new InputError(row.number(), FIELDS.indexOf(field) + 1, field,
                    "Đề nghị số " + row.number() + ", " + LABELS.get(field) + ": " + message));
        }

        Nomination read(String unitCode, List<TitleRule> titles) {
            NomineeKind kind = choice(KIND, NomineeKind.class, null, "hãy chọn Cá nhân hoặc Tập thể.");
            String fullName = required(FULL_NAME, MAX_NAME);
            Rating rating = choice(RATING, Rating.class, null, "hãy chọn xếp loại.");
            Integer score = number(SCORE, 0, 100);
            String achievements = optional(ACHIEVEMENTS, MAX_TEXT);
            TitleRule title = title(titles, kind);
            if (kind == null) {
                return null;
            }
            Nomination nomination;
            if (kind == NomineeKind.PERSON) {
                LocalDate dateOfBirth = dateOfBirth();
                String position = required(POSITION, MAX_NAME);
                String initiative = optional(INITIATIVE, MAX_NAME);
                RecognitionLevel initiativeLevel = level(INITIATIVE_LEVEL, initiative, "sáng kiến");
                String research = optional(RESEARCH, MAX_NAME);
                RecognitionLevel researchLevel = level(RESEARCH_LEVEL, research, "đề tài");
                Discipline discipline = choice(DISCIPLINE, Discipline.class, Discipline.NONE, "giá trị không hợp lệ.");
                Integer daysAbsent = number(DAYS_ABSENT, 0, 366);
                Integer monthsInPost = number(MONTHS_IN_POST, 0, 12);
                if (errors.size() > before) {
                    return null;
                }
                nomination = new Nomination(NomineeKeys.person(unitCode, fullName, dateOfBirth), kind, unitCode,
                        fullName, dateOfBirth, position, rating, initiative, initiativeLevel, research, researchLevel,
                        discipline, daysAbsent == null ? 0 : daysAbsent, checked(row.get(MATERNITY_LEAVE)),
                        monthsInPost == null ? 12 : monthsInPost, null, null, null, null, null, score,
                        title.code(), achievements);
            } else {
                Integer members = number(MEMBERS, 1, 100_000);
                if (members == null && errors.size() == before) {
                    error(MEMBERS, "chưa nhập số thành viên của tập thể.");
                }
                Integer completed = count(MEMBERS_COMPLETED, members);
                Integer ldtt = count(MEMBERS_LDTT, members);
                Integer cstdcs = count(MEMBERS_CSTDCS, members);
                Integer disciplined = count(MEMBERS_DISCIPLINED, members);
                if (errors.size() > before) {
                    return null;
                }
                nomination = new Nomination(NomineeKeys.collective(unitCode, fullName), kind, unitCode, fullName,
                        null, null, rating, null, null, null, null, null, null, null, null, members,
                        completed == null ? 0 : completed, ldtt == null ? 0 : ldtt, cstdcs == null ? 0 : cstdcs,
                        disciplined == null ? 0 : disciplined, score, title.code(), achievements);
            }
            return nomination;
        }

        private String required(String field, int max) {
            String value = row.get(field).strip();
            if (value.isEmpty()) {
                error(field, "chưa nhập.");
                return null;
            }
            if (value.length() > max) {
                error(field, "dài quá " + max + " ký tự.");
                return null;
            }
            return value.replaceAll("\\s+", " ");
        }

        private String optional(String field, int max) {
            String value = row.get(field).strip();
            if (value.length() > max) {
                error(field, "dài quá " + max + " ký tự.");
            }
            return value.isEmpty() ? null : value;
        }

        private <E extends Enum<E>> E choice(String field, Class<E> type, E whenBlank, String message) {
            String value = row.get(field).strip();
            if (value.isEmpty()) {
                if (whenBlank == null) {
                    error(field, message);
                }
                return whenBlank;
            }
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            error(field, "giá trị \"" + value + "\" không có trong danh sách; " + message);
            return null;
        }

        private RecognitionLevel level(String field, String name, String what) {
            RecognitionLevel level = choice(field, RecognitionLevel.class, RecognitionLevel.NONE,
                    "hãy chọn cấp trong danh sách.");
            if (level != null && level != RecognitionLevel.NONE && name == null) {
                error(field, "đã chọn cấp công nhận nhưng chưa ghi tên " + what + ".");
            }
            return level;
        }

        private Integer number(String field, int min, int max) {
            String value = row.get(field).strip();
            if (value.isEmpty()) {
                return null;
            }
            int parsed;
            try {
                parsed = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                error(field, "\"" + value + "\" không phải số nguyên.");
                return null;
            }
            if (parsed < min || parsed > max) {
                error(field, "phải từ " + min + " đến " + max + " (đã nhập " + parsed + ").");
                return null;
            }
            return parsed;
        }

        private Integer count(String field, Integer members) {
            Integer count = number(field, 0, 100_000);
            if (count != null && members != null && count > members) {
                error(field, "không thể lớn hơn số thành viên (" + members + ").");
            }
            return count;
        }

        private LocalDate dateOfBirth() {
            String value = row.get(DATE_OF_BIRTH).strip();
            if (value.isEmpty()) {
                error(DATE_OF_BIRTH, "chưa nhập.");
                return null;
            }
            LocalDate date;
            try {
                date = DayInput.parse(value, null);
            } catch (InvalidInputException e) {
                error(DATE_OF_BIRTH, e.getMessage());
                return null;
            }
            if (date.getYear() < 1900 || date.isAfter(LocalDate.now().minusYears(15))) {
                error(DATE_OF_BIRTH, "ngày " + DayInput.format(date) + " không hợp lý cho một người đang công tác.");
                return null;
            }
            return date;
        }

        private TitleRule title(List<TitleRule> titles, NomineeKind kind) {
            String code = row.get(REQUESTED_TITLE).strip();
            if (code.isEmpty()) {
                error(REQUESTED_TITLE, "hãy chọn danh hiệu đề nghị.");
                return null;
            }
            Optional<TitleRule> title = titles.stream().filter(t -> t.code().equalsIgnoreCase(code)).findFirst();
            if (title.isEmpty()) {
                error(REQUESTED_TITLE, "\"" + code + "\" không có trong bộ tiêu chuẩn của phong trào.");
                return null;
            }
            if (kind != null && title.get().kind() != kind) {
                error(REQUESTED_TITLE, "\"" + title.get().name() + "\" là danh hiệu cho "
                        + (title.get().kind() == NomineeKind.PERSON ? "cá nhân" : "tập thể") + ", không dùng cho "
                        + (kind == NomineeKind.PERSON ? "cá nhân" : "tập thể") + ".");
                return null;
            }
            return title.get();
        }
    }

    static boolean checked(String value) {
        return value != null && (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on")
                || value.equals("1"));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
