package vn.thidua.dossier.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static vn.thidua.dossier.NominationField.*;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.dossier.NominationField;
import vn.thidua.dossier.NominationVocabulary;
import vn.thidua.dossier.TypedNominations;
import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.rules.EligibilityVerdicts;
import vn.thidua.rules.TitleRule;
import vn.thidua.rules.VoteDenominator;
import vn.thidua.web.DayInput;

/**
 * One union school's nomination list sent the four ways a unit can send it: an Excel file, a CSV file, the dossier
 * page's form and the JSON API. Each way writes the values as its users do (Vietnamese labels and title names in a
 * file, the selects' codes on the page and in JSON, Excel's own date and number cells), and every way gives the
 * same nominations to save, the same verdicts of the union rules and the same errors.
 */
class NominationWaysInTest {

    static final String UNIT = "Q5THCHUVANAN";
    static final LocalDate TODAY = LocalDate.of(2027, 5, 20);
    static final List<TitleRule> UNION_TITLES = List.of(
            title("DVCDXS", "Đoàn viên công đoàn xuất sắc", NomineeKind.PERSON, 1),
            title("GKCD", "Giấy khen của Công đoàn Giáo dục quận", NomineeKind.PERSON, 2),
            title("BKCD", "Bằng khen của Công đoàn Giáo dục thành phố", NomineeKind.PERSON, 3),
            title("CDCSVM", "Công đoàn cơ sở vững mạnh", NomineeKind.COLLECTIVE, 1));

    static DmnEngine dmn;
    static DmnDecision unionEligibility;

    @BeforeAll
    static void unionRules() throws Exception {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        unionEligibility = dmn.parseDecision("Eligibility_congdoan2024", new ByteArrayInputStream(
                Files.readAllBytes(Path.of("processes", "rules", "cong-doan-2024", "eligibility.dmn"))));
    }

    private static TitleRule title(String code, String name, NomineeKind kind, int rank) {
        return new TitleRule(code, name, kind, 2.0 / 3, 0.7, VoteDenominator.PRESENT, false, rank);
    }

    /** One row: each field's value as a Java value (enums, days, numbers, yes/no) or as raw text. */
    static Map<NominationField, Object> row(Object... fieldsAndValues) {
        Map<NominationField, Object> row = new EnumMap<>(NominationField.class);
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            row.put((NominationField) fieldsAndValues[i], fieldsAndValues[i + 1]);
        }
        return row;
    }

    static Map<NominationField, Object> member(String name, LocalDate born, String title) {
        return row(KIND, NomineeKind.PERSON, FULL_NAME, name, DATE_OF_BIRTH, born, POSITION, "Giáo viên",
                RATING, Rating.GOOD, DISCIPLINE, Discipline.NONE, DAYS_ABSENT, 2, MONTHS_IN_POST, 12, SCORE, 92,
                REQUESTED_TITLE, title, ACHIEVEMENTS, "Tích cực trong phong trào công đoàn.");
    }

    /** Rows a union school really sends: every one of them is good. */
    static List<Map<NominationField, Object>> goodRows() {
        Map<NominationField, Object> unknownMonths = member("Nguyễn Thị Lan", LocalDate.of(1985, 9, 5), "DVCDXS");
        unknownMonths.remove(MONTHS_IN_POST);
        Map<NominationField, Object> maternity = member("Trần Thị Bích", LocalDate.of(1990, 2, 28), "GKCD");
        maternity.put(DAYS_ABSENT, 120);
        maternity.put(MATERNITY_LEAVE, true);
        maternity.put(INITIATIVE, "Sổ tay điện tử của tổ công đoàn");
        maternity.put(INITIATIVE_LEVEL, RecognitionLevel.UNIT);
        Map<NominationField, Object> bothTitles = member("Trần Thị Bích", LocalDate.of(1990, 2, 28), "DVCDXS");
        Map<NominationField, Object> fewMonths = member("Lê Văn Hùng", LocalDate.of(1978, 12, 31), "BKCD");
        fewMonths.put(MONTHS_IN_POST, 8);
        fewMonths.put(SCORE, 96);
        Map<NominationField, Object> union = row(KIND, NomineeKind.COLLECTIVE, FULL_NAME, "Công đoàn trường",
                RATING, Rating.EXCELLENT, MEMBERS, 48, MEMBERS_COMPLETED, 48, MEMBERS_LDTT, 40, MEMBERS_CSTDCS, 6,
                MEMBERS_DISCIPLINED, 0, SCORE, 88, REQUESTED_TITLE, "CDCSVM",
                ACHIEVEMENTS, "Tổ chức tốt các hoạt động chăm lo đoàn viên; không có đoàn viên vi phạm.");
        return List.of(unknownMonths, maternity, bothTitles, fewMonths, union);
    }

    /** Rows with the mistakes units make, each refused with its own sentence. */
    static List<Map<NominationField, Object>> badRows() {
        Map<NominationField, Object> tooYoung = member("Phạm Minh Khoa", TODAY.minusYears(17), "DVCDXS");
        Map<NominationField, Object> tooLong = member("Võ Thị Hạnh", LocalDate.of(1988, 1, 1), "GKCD");
        tooLong.put(INITIATIVE, "Đổi mới sinh hoạt công đoàn ".repeat(20));
        tooLong.put(MONTHS_IN_POST, "13");
        Map<NominationField, Object> noCount = row(KIND, NomineeKind.COLLECTIVE, FULL_NAME, "Tổ Văn phòng",
                RATING, Rating.GOOD, MEMBERS, 6, MEMBERS_COMPLETED, 7, MEMBERS_LDTT, 4, MEMBERS_CSTDCS, 0,
                SCORE, 85, REQUESTED_TITLE, "CDCSVM");
        Map<NominationField, Object> unknownTitle = member("Đặng Văn Tài", LocalDate.of(1980, 4, 30), "CSTDTQ");
        Map<NominationField, Object> twice = member("Nguyễn Thị Lan", LocalDate.of(1985, 9, 5), "DVCDXS");
        twice.put(FULL_NAME, "NGUYỄN THỊ  LAN");
        return List.of(tooYoung, tooLong, noCount, unknownTitle, twice);
    }

    // ---- the four ways in ------------------------------------------------------------------------------------

    /** The titles as units write them in a file: by name or by its abbreviation, never by code. */
    static String titleInAFile(String code, int rowIndex) {
        return UNION_TITLES.stream().filter(t -> t.code().equals(code)).findFirst()
                .map(t -> rowIndex % 2 == 0 ? t.name() : initials(t.name())).orElse(code);
    }

    static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split(" ")) {
            letters.appendCodePoint(word.codePointAt(0));
        }
        return letters.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /** A row as a spreadsheet holds it, in template column order. */
    static Object[] sheetRow(int index, Map<NominationField, Object> row) {
        Object[] cells = TestSheets.row(index + 1);
        row.forEach((field, value) -> cells[field.column() - 1] = inAFile(field, value, index));
        return cells;
    }

    static Object inAFile(NominationField field, Object value, int index) {
        if (value instanceof NomineeKind kind) {
            return NominationVocabulary.label(kind);
        } else if (value instanceof Rating rating) {
            return NominationVocabulary.label(rating);
        } else if (value instanceof RecognitionLevel level) {
            return NominationVocabulary.label(level);
        } else if (value instanceof Discipline discipline) {
            return NominationVocabulary.label(discipline);
        } else if (value instanceof Boolean yes) {
            return yes ? "Có" : "Không";
        } else if (field == REQUESTED_TITLE) {
            return titleInAFile((String) value, index);
        }
        return value;
    }

    static List<Nomination> excel(List<Map<NominationField, Object>> rows) {
        Object[][] sheet = new Object[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            sheet[i] = sheetRow(i, rows.get(i));
        }
        return files().read("danh-sach.xlsx", TestSheets.xlsx(sheet), UNIT, UNION_TITLES);
    }

    static List<Nomination> csv(List<Map<NominationField, Object>> rows) {
        Object[][] sheet = new Object[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            sheet[i] = sheetRow(i, rows.get(i));
        }
        return files().read("danh-sach.csv", TestSheets.utf8(TestSheets.csv(';', sheet)), UNIT, UNION_TITLES);
    }

    static NominationFiles files() {
        return new NominationFiles(Clock.fixed(TODAY.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /**
     * The page's form as the browser posts it: every field of every card (the other kind's hidden ones too, with
     * their defaults), enum names and title codes from the selects, days as dd/mm/yyyy, and the spare blank cards.
     */
    static List<Nomination> page(List<Map<NominationField, Object>> rows) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("_csrf", "token");
        for (int i = 0; i < rows.size() + 3; i++) {
            Map<NominationField, Object> row = i < rows.size() ? rows.get(i) : row(KIND, NomineeKind.PERSON);
            for (NominationField field : NominationField.values()) {
                Object value = row.get(field);
                String text;
                if (value == null) {
                    // The selects of a blank or hidden field still send their first choice.
                    text = field == INITIATIVE_LEVEL || field == RESEARCH_LEVEL || field == DISCIPLINE ? "NONE" : "";
                } else if (value instanceof Enum<?> constant) {
                    text = constant.name();
                } else if (value instanceof LocalDate day) {
                    text = DayInput.format(day);
                } else if (value instanceof Boolean yes) {
                    text = yes ? "true" : null;
                } else {
                    text = value.toString();
                }
                if (text != null) {
                    params.put("row." + i + "." + field.key(), text);
                }
            }
        }
        return TypedNominations.fromForm(params, UNIT, UNION_TITLES, TODAY);
    }

    /** The JSON a client sends: enum names, title codes, ISO days, JSON numbers and booleans. */
    static List<Nomination> json(List<Map<NominationField, Object>> rows) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Map<NominationField, Object> row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            row.forEach((field, value) -> object.put(field.key(), value instanceof LocalDate day ? day.toString()
                    : value instanceof Enum<?> constant ? constant.name() : value));
            objects.add(object);
        }
        String body = mapper.writeValueAsString(objects);
        List<Map<String, Object>> received = mapper.readValue(body.getBytes(StandardCharsets.UTF_8),
                new TypeReference<>() {
                });
        return TypedNominations.fromJson(received, UNIT, UNION_TITLES, TODAY);
    }

    interface Way {
        List<Nomination> read(List<Map<NominationField, Object>> rows) throws Exception;
    }

    static final Map<String, Way> WAYS = new LinkedHashMap<>();
    static final java.util.regex.Pattern ROW_NAMED = java.util.regex.Pattern.compile("dòng (\\d+)");

    static {
        WAYS.put("Excel", NominationWaysInTest::excel);
        WAYS.put("CSV", NominationWaysInTest::csv);
        WAYS.put("page", NominationWaysInTest::page);
        WAYS.put("JSON", NominationWaysInTest::json);
    }

    // ---- the same everywhere ---------------------------------------------------------------------------------

    @Test
    void everyWayGivesTheSameNominationsAndVerdicts() throws Exception {
        Map<String, List<Nomination>> read = new LinkedHashMap<>();
        for (Map.Entry<String, Way> way : WAYS.entrySet()) {
            read.put(way.getKey(), way.getValue().read(goodRows()));
        }
        List<Nomination> excel = read.get("Excel");
        assertThat(excel).hasSize(5);
        read.forEach((way, list) -> assertThat(list).as(way).isEqualTo(excel));

        Map<String, List<List<String>>> verdicts = new LinkedHashMap<>();
        read.forEach((way, list) -> verdicts.put(way, list.stream().map(NominationWaysInTest::unmet).toList()));
        verdicts.forEach((way, list) -> assertThat(list).as(way).isEqualTo(verdicts.get("Excel")));
        // A blank months-in-post is unknown, however it came: the union rules ask for it, and take maternity leave
        // and a person's second title as they are.
        assertThat(verdicts.get("page")).containsExactly(List.of("MONTHS_IN_POST_MISSING"), List.of(), List.of(),
                List.of("MONTHS_IN_POST_BELOW_10"), List.of());
        assertThat(((Nomination.Person) excel.get(0)).monthsInPost()).isNull();
        assertThat(excel.get(1).requestedTitle()).isEqualTo("GKCD");
        assertThat(excel.get(2).nomineeKey()).isEqualTo(excel.get(1).nomineeKey());
    }

    @Test
    void everyWayRefusesTheSameRowsWithTheSameSentences() {
        List<Map<NominationField, Object>> rows = new ArrayList<>(goodRows());
        rows.addAll(badRows());
        Map<String, List<InputError>> errors = new LinkedHashMap<>();
        for (Map.Entry<String, Way> way : WAYS.entrySet()) {
            InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                    () -> way.getValue().read(rows));
            assertThat(refused).as(way.getKey()).isNotNull();
            // A file's rows count its header row: its row N + 1 is the page's and the JSON list's row N, in the
            // error's line and in a sentence that names another row ("Trùng với dòng 11").
            Function<InputError, InputError> asListRow = way.getKey().equals("Excel") || way.getKey().equals("CSV")
                    ? e -> new InputError(e.line() - 1, e.column(), e.field(), ROW_NAMED.matcher(e.message())
                            .replaceAll(m -> "dòng " + (Integer.parseInt(m.group(1)) - 1)))
                    : e -> e;
            errors.put(way.getKey(), refused.errors().stream().map(asListRow).toList());
        }
        errors.forEach((way, list) -> assertThat(list).as(way).isEqualTo(errors.get("page")));
        assertThat(errors.get("page")).extracting(InputError::line, InputError::column, InputError::field,
                InputError::message).containsExactly(
                org.assertj.core.api.Assertions.tuple(1, 3, "Họ và tên / Tên tập thể", "Trùng với dòng 10: cùng một "
                        + "cá nhân (họ tên và ngày sinh) hoặc tập thể (tên) chỉ được đề nghị một danh hiệu trên một dòng."),
                org.assertj.core.api.Assertions.tuple(6, 4, "Ngày sinh", "Ngày sinh 20/05/2010: người này mới 17 tuổi; "
                        + "cá nhân được đề nghị phải từ đủ 18 tuổi. Hãy kiểm tra năm sinh."),
                org.assertj.core.api.Assertions.tuple(7, 7, "Sáng kiến", "\"Sáng kiến\" dài 559 ký tự, tối đa 500 ký tự."),
                org.assertj.core.api.Assertions.tuple(7, 14, "Số tháng công tác",
                        "\"Số tháng công tác\" phải từ 0 đến 12, không phải 13."),
                org.assertj.core.api.Assertions.tuple(8, 16, "Số hoàn thành nhiệm vụ",
                        "\"Số hoàn thành nhiệm vụ\" là 7, lớn hơn số thành viên (6)."),
                org.assertj.core.api.Assertions.tuple(8, 19, "Số bị kỷ luật",
                        "Chưa ghi \"Số bị kỷ luật\" (ghi 0 nếu không có)."),
                org.assertj.core.api.Assertions.tuple(9, 21, "Danh hiệu đề nghị", "Danh hiệu \"CSTDTQ\" không có trong "
                        + "bộ tiêu chí của phong trào; chỉ ghi: Đoàn viên công đoàn xuất sắc (DVCDXS), Giấy khen của "
                        + "Công đoàn Giáo dục quận (GKCD), Bằng khen của Công đoàn Giáo dục thành phố (BKCD)."),
                org.assertj.core.api.Assertions.tuple(10, 3, "Họ và tên / Tên tập thể", "Trùng với dòng 1: cùng một "
                        + "cá nhân (họ tên và ngày sinh) hoặc tập thể (tên) chỉ được đề nghị một danh hiệu trên một dòng."));
    }

    /** The union table's verdict on one nomination: the codes of the criteria it does not meet. */
    static List<String> unmet(Nomination nomination) {
        return EligibilityVerdicts.unmet(dmn, unionEligibility, nomination);
    }
}
