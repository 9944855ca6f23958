package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.rules.TitleRule;
import vn.thidua.rules.VoteDenominator;

class TypedNominationRowsTest {

    /** The day ages are counted at, as the engine's clock gives it. */
    static final LocalDate TODAY = LocalDate.of(2027, 5, 25);

    static final String UNIT = "Q1THLELOI";
    static final List<TitleRule> TITLES = List.of(
            new TitleRule("LDTT", "Lao động tiên tiến", NomineeKind.PERSON, 0.6667, 0.7, VoteDenominator.PRESENT, false, 1),
            new TitleRule("CSTDCS", "Chiến sĩ thi đua cơ sở", NomineeKind.PERSON, 0.6667, 0.7, VoteDenominator.PRESENT, false, 2),
            new TitleRule("TTLDTT", "Tập thể lao động tiên tiến", NomineeKind.COLLECTIVE, 0.6667, 0.7, VoteDenominator.PRESENT, false, 3));

    static Map<String, String> teacher(int index) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("row." + index + ".kind", "PERSON");
        p.put("row." + index + ".fullName", "  Nguyễn Thị   Hoa ");
        p.put("row." + index + ".dateOfBirth", "1985-03-27");
        p.put("row." + index + ".position", "Giáo viên");
        p.put("row." + index + ".rating", "EXCELLENT");
        p.put("row." + index + ".initiative", "Dạy đọc hiểu qua trò chơi");
        p.put("row." + index + ".initiativeLevel", "DISTRICT");
        p.put("row." + index + ".researchLevel", "NONE");
        p.put("row." + index + ".discipline", "NONE");
        p.put("row." + index + ".daysAbsent", "45");
        p.put("row." + index + ".maternityLeave", "true");
        p.put("row." + index + ".monthsInPost", "12");
        p.put("row." + index + ".requestedTitle", "CSTDCS");
        p.put("row." + index + ".achievements", "Giáo viên dạy giỏi cấp quận.");
        return p;
    }

    static Map<String, String> team(int index) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("row." + index + ".kind", "COLLECTIVE");
        p.put("row." + index + ".fullName", "Tổ Toán – Tin");
        p.put("row." + index + ".rating", "GOOD");
        p.put("row." + index + ".members", "12");
        p.put("row." + index + ".membersCompleted", "12");
        p.put("row." + index + ".membersLdtt", "9");
        p.put("row." + index + ".membersCstdcs", "2");
        p.put("row." + index + ".membersDisciplined", "0");
        p.put("row." + index + ".score", "92");
        p.put("row." + index + ".requestedTitle", "TTLDTT");
        return p;
    }

    static Map<String, String> blank(int index) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("row." + index + ".kind", "PERSON");
        p.put("row." + index + ".fullName", " ");
        p.put("row." + index + ".initiativeLevel", "NONE");
        p.put("row." + index + ".researchLevel", "NONE");
        p.put("row." + index + ".discipline", "NONE");
        p.put("row." + index + ".rating", "");
        p.put("row." + index + ".requestedTitle", "");
        return p;
    }

    static List<Nomination> read(Map<String, String> params) {
        return TypedNominationRows.read(TypedNominationRows.fromForm(params), UNIT, TITLES, TODAY);
    }

    static List<InputError> errorsOf(Map<String, String> params) {
        return catchThrowableOfType(InvalidInputException.class, () -> read(params)).errors();
    }

    @Test
    void readsPersonAndCollectiveInFormOrderAndSkipsBlankRows() {
        Map<String, String> params = new HashMap<>();
        params.putAll(team(10));
        params.putAll(blank(2));
        params.putAll(teacher(0));
        params.put("_csrf", "ignored");

        List<Nomination> list = read(params);

        assertThat(list).hasSize(2);
        Nomination hoa = list.get(0);
        assertThat(hoa).isEqualTo(new Nomination.Person("Q1THLELOI:nguyen thi hoa:1985-03-27", UNIT,
                "Nguyễn Thị Hoa", LocalDate.of(1985, 3, 27), "Giáo viên", Rating.EXCELLENT,
                "Dạy đọc hiểu qua trò chơi", RecognitionLevel.DISTRICT, "", RecognitionLevel.NONE, Discipline.NONE,
                45, true, 12, null, "CSTDCS", "Giáo viên dạy giỏi cấp quận."));
        Nomination toan = list.get(1);
        assertThat(toan).isEqualTo(new Nomination.Collective("Q1THLELOI:to toan – tin", UNIT, "Tổ Toán – Tin",
                Rating.GOOD, 12, 12, 9, 2, 0, 92, "TTLDTT", ""));
    }

    @Test
    void blankNumbersOfAPersonMeanNoAbsenceAndMonthsInPostUnknown() {
        Map<String, String> params = teacher(0);
        params.put("row.0.daysAbsent", "");
        params.remove("row.0.maternityLeave");
        params.remove("row.0.monthsInPost");
        Nomination.Person n = (Nomination.Person) read(params).get(0);
        assertThat(n.daysAbsent()).isZero();
        assertThat(n.maternityLeave()).isFalse();
        // Unknown, as an uploaded file says it: the union rules ask for it instead of taking a full year.
        assertThat(n.monthsInPost()).isNull();
    }

    @Test
    void personNeedsNameDateOfBirthPositionRatingAndTitle() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("row.0.kind", "PERSON");
        params.put("row.0.position", "");
        params.put("row.0.achievements", "Có thành tích");
        assertThat(errorsOf(params)).extracting(InputError::line, InputError::column, InputError::field,
                InputError::message).containsExactly(
                tuple(1, 3, "Họ và tên / Tên tập thể", "Chưa ghi họ và tên."),
                tuple(1, 4, "Ngày sinh", "Chưa ghi ngày sinh (ngày/tháng/năm, ví dụ 05/09/1985)."),
                tuple(1, 5, "Chức vụ", "Chưa ghi chức vụ (ví dụ Giáo viên, Tổ trưởng chuyên môn)."),
                tuple(1, 6, "Xếp loại", "Chưa ghi xếp loại (Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, "
                        + "Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ)."),
                tuple(1, 21, "Danh hiệu đề nghị", "Chưa ghi danh hiệu đề nghị."));
    }

    @Test
    void badNumbersAndDatesAreNamedWithTheRowNumberTheUserSees() {
        Map<String, String> params = new LinkedHashMap<>(team(0));
        params.putAll(teacher(1));
        params.put("row.1.dateOfBirth", "31/02/1985");
        params.put("row.1.daysAbsent", "mười");
        params.put("row.1.monthsInPost", "13");
        List<InputError> errors = errorsOf(params);
        assertThat(errors).extracting(InputError::message).containsExactly(
                "Ngày sinh 31/02/1985 không có thật (kiểm tra ngày và tháng).",
                "\"Số ngày nghỉ\" phải là số nguyên, không phải \"mười\".",
                "\"Số tháng công tác\" phải từ 0 đến 12, không phải 13.");
        assertThat(errors).allSatisfy(e -> assertThat(e.line()).isEqualTo(2));
        assertThat(errors).extracting(InputError::field)
                .containsExactly("Ngày sinh", "Số ngày nghỉ", "Số tháng công tác");
        assertThat(errors).extracting(TypedNominationRows::located).first()
                .isEqualTo("Đề nghị số 2 (Ngày sinh): Ngày sinh 31/02/1985 không có thật (kiểm tra ngày và tháng).");
    }

    @Test
    void dateOfBirthIsTypedDayFirstAndNeverShifted() {
        Map<String, String> params = teacher(0);
        params.put("row.0.dateOfBirth", "31/12/1985");
        assertThat(((Nomination.Person) read(params).get(0)).dateOfBirth()).isEqualTo(LocalDate.of(1985, 12, 31));
        params.put("row.0.dateOfBirth", "12/31/1985");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "Ngày sinh 12/31/1985 không có thật (kiểm tra ngày và tháng).");
        params.put("row.0.dateOfBirth", "mm/dd/31985");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "Ngày sinh \"mm/dd/31985\" phải ghi dạng ngày/tháng/năm, ví dụ 05/09/1985.");
    }

    @Test
    void dateOfBirthMustBeBelievable() {
        Map<String, String> params = teacher(0);
        params.put("row.0.dateOfBirth", TODAY.minusYears(3).toString());
        assertThat(errorsOf(params)).singleElement().extracting(InputError::message).isEqualTo(
                "Ngày sinh 25/05/2024: người này mới 3 tuổi; cá nhân được đề nghị phải từ đủ 18 tuổi. "
                        + "Hãy kiểm tra năm sinh.");
        params.put("row.0.dateOfBirth", "01/06/1955");
        assertThat(errorsOf(params)).singleElement().extracting(InputError::message).isEqualTo(
                "Ngày sinh 01/06/1955: người này đã 71 tuổi; hệ thống chỉ nhận người từ 18 đến 70 tuổi. "
                        + "Hãy kiểm tra năm sinh.");
    }

    @Test
    void agesAreCountedAtTheDayGivenNotTheMachinesDay() {
        Map<String, String> params = teacher(0);
        params.put("row.0.dateOfBirth", "01/09/2020");
        LocalDate in2040 = LocalDate.of(2040, 1, 1);
        assertThat(TypedNominationRows.read(TypedNominationRows.fromForm(params), UNIT, TITLES, in2040))
                .singleElement().extracting(n -> ((Nomination.Person) n).dateOfBirth())
                .isEqualTo(LocalDate.of(2020, 9, 1));
        params.put("row.0.dateOfBirth", "01/09/1965");
        assertThatThrownBy(() -> TypedNominationRows.read(TypedNominationRows.fromForm(params), UNIT, TITLES, in2040))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .extracting(InputError::message).asString().startsWith("Ngày sinh 01/09/1965: người này đã 74"));
    }

    @Test
    void collectiveNeedsMembersAndCountsWithinMembers() {
        Map<String, String> params = team(0);
        params.put("row.0.membersLdtt", "13");
        params.put("row.0.membersCstdcs", "-1");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "\"Số LĐTT\" là 13, lớn hơn số thành viên (12).",
                "\"Số CSTĐCS\" không được âm (-1).");

        Map<String, String> noMembers = team(0);
        noMembers.remove("row.0.members");
        assertThat(errorsOf(noMembers)).extracting(InputError::message)
                .containsExactly("Chưa ghi số thành viên của tập thể.");
    }

    @Test
    void aCollectivesBlankCountIsAskedForNotTakenAsZero() {
        Map<String, String> params = team(0);
        params.put("row.0.membersDisciplined", "");
        params.remove("row.0.membersCompleted");
        assertThat(errorsOf(params)).extracting(InputError::column, InputError::message).containsExactly(
                tuple(16, "Chưa ghi \"Số hoàn thành nhiệm vụ\" (ghi 0 nếu không có)."),
                tuple(19, "Chưa ghi \"Số bị kỷ luật\" (ghi 0 nếu không có)."));
    }

    @Test
    void titleMustExistAndSuitTheKind() {
        Map<String, String> person = teacher(0);
        person.put("row.0.requestedTitle", "TTLDTT");
        assertThat(errorsOf(person)).extracting(InputError::message).containsExactly(
                "Danh hiệu \"Tập thể lao động tiên tiến\" dành cho tập thể, không đề nghị cho cá nhân.");

        Map<String, String> collective = team(0);
        collective.put("row.0.requestedTitle", "LDTT");
        assertThat(errorsOf(collective)).extracting(InputError::message).containsExactly(
                "Danh hiệu \"Lao động tiên tiến\" dành cho cá nhân, không đề nghị cho tập thể.");

        Map<String, String> unknown = teacher(0);
        unknown.put("row.0.requestedTitle", "CSTDTQ");
        assertThat(errorsOf(unknown)).extracting(InputError::message).containsExactly(
                "Danh hiệu \"CSTDTQ\" không có trong bộ tiêu chí của phong trào; chỉ ghi: Lao động tiên tiến (LDTT), "
                        + "Chiến sĩ thi đua cơ sở (CSTDCS).");
    }

    @Test
    void titleByCodeNameOrAbbreviation() {
        Map<String, String> params = new LinkedHashMap<>(teacher(0));
        params.putAll(teacher(1));
        params.putAll(teacher(2));
        params.put("row.0.requestedTitle", "cstdcs");
        params.put("row.1.requestedTitle", "Lao động tiên tiến");
        params.put("row.1.fullName", "Trần Văn Nam");
        params.put("row.2.requestedTitle", "CSTĐCS");
        params.put("row.2.fullName", "Lê Thị Mai");
        assertThat(read(params)).extracting(Nomination::requestedTitle).containsExactly("CSTDCS", "LDTT", "CSTDCS");
    }

    @Test
    void levelWithoutInitiativeAndUnknownChoicesAreRefused() {
        Map<String, String> params = teacher(0);
        params.put("row.0.initiative", "");
        params.put("row.0.rating", "XUAT_SAC");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "Xếp loại \"XUAT_SAC\" không hợp lệ: chỉ ghi Hoàn thành xuất sắc nhiệm vụ, Hoàn thành tốt nhiệm vụ, "
                        + "Hoàn thành nhiệm vụ, Không hoàn thành nhiệm vụ (hoặc viết tắt HTXS, HTT, HT, KHT).",
                "Đã ghi cấp Quận-huyện nhưng chưa ghi tên sáng kiến ở cột \"Sáng kiến\".");
    }

    @Test
    void theSamePersonForTheSameTitleTwiceIsRefused() {
        Map<String, String> params = new LinkedHashMap<>(teacher(0));
        params.putAll(teacher(1));
        params.put("row.1.fullName", "NGUYỄN THỊ HOA");
        assertThat(errorsOf(params)).extracting(InputError::line, InputError::message).containsExactly(
                tuple(1, "Trùng với dòng 2: cùng một cá nhân (họ tên và ngày sinh) hoặc tập thể (tên) chỉ được đề "
                        + "nghị một danh hiệu trên một dòng."),
                tuple(2, "Trùng với dòng 1: cùng một cá nhân (họ tên và ngày sinh) hoặc tập thể (tên) chỉ được đề "
                        + "nghị một danh hiệu trên một dòng."));
    }

    @Test
    void theSamePersonMayBeProposedForTwoTitles() {
        Map<String, String> params = new LinkedHashMap<>(teacher(0));
        params.putAll(teacher(1));
        params.put("row.1.requestedTitle", "LDTT");
        assertThat(read(params)).extracting(Nomination::nomineeKey, Nomination::requestedTitle).containsExactly(
                tuple("Q1THLELOI:nguyen thi hoa:1985-03-27", "CSTDCS"),
                tuple("Q1THLELOI:nguyen thi hoa:1985-03-27", "LDTT"));
    }

    @Test
    void theHiddenFieldsOfTheOtherKindAreNotRead() {
        Map<String, String> params = team(0);
        params.put("row.0.dateOfBirth", "01/01/1990");
        params.put("row.0.discipline", "NONE");
        params.put("row.0.initiativeLevel", "NONE");
        assertThat(read(params)).singleElement().isInstanceOf(Nomination.Collective.class);
    }

    @Test
    void textFitsTheColumnsItIsSavedIn() {
        Map<String, String> params = teacher(0);
        params.put("row.0.initiative", "ư".repeat(500));
        params.put("row.0.achievements", "ư".repeat(4000));
        assertThat(read(params)).singleElement().satisfies(n -> assertThat(n.achievements()).hasSize(4000));
        params.put("row.0.initiative", "ư".repeat(501));
        params.put("row.0.achievements", "ư".repeat(4001));
        params.put("row.0.position", "ư".repeat(201));
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "\"Chức vụ\" dài 201 ký tự, tối đa 200 ký tự.",
                "\"Sáng kiến\" dài 501 ký tự, tối đa 500 ký tự.",
                "\"Tóm tắt thành tích\" dài 4001 ký tự, tối đa 4000 ký tự.");
    }

    @Test
    void everyRowIsCheckedBeforeTheListIsRefused() {
        Map<String, String> params = new LinkedHashMap<>();
        params.putAll(teacher(0));
        params.putAll(team(1));
        params.putAll(teacher(2));
        params.put("row.0.position", "");
        params.put("row.1.members", "0");
        params.put("row.2.fullName", "Trần Văn Nam");
        params.put("row.2.score", "101");
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(params));
        assertThat(e.getMessage()).isEqualTo(
                "Danh sách đề nghị có 3 lỗi; chưa lưu gì. Hãy sửa các dòng được nêu rồi lưu lại.");
        assertThat(e.errors()).extracting(InputError::line).containsExactly(1, 2, 3);
    }

    @Test
    void aSavedNominationComesBackAsTheSameRow() {
        Nomination hoa = read(teacher(0)).get(0);
        TypedNominationRows.Row row = TypedNominationRows.of(1, hoa);
        assertThat(row.get("dateOfBirth")).isEqualTo("27/03/1985");
        assertThat(row.get("maternityLeave")).isEqualTo("true");
        Map<String, String> params = new LinkedHashMap<>();
        row.values().forEach((field, value) -> params.put("row.0." + field, value));
        assertThat(read(params)).containsExactly(hoa);
        assertThat(TypedNominationRows.blank(4).isBlank()).isTrue();
    }

    @Test
    void jsonObjectsReadLikeTypedRows() {
        Map<String, Object> person = new LinkedHashMap<>();
        person.put("kind", "PERSON");
        person.put("fullName", "Lê Văn Bình");
        person.put("dateOfBirth", "1979-11-02");
        person.put("position", "Tổ trưởng");
        person.put("rating", "GOOD");
        person.put("daysAbsent", 3);
        person.put("maternityLeave", false);
        person.put("requestedTitle", "LDTT");
        person.put("nomineeKey", "ignored");
        List<Nomination> list = TypedNominationRows.read(TypedNominationRows.fromJson(List.of(person)), UNIT, TITLES,
                TODAY);
        assertThat(list).singleElement().satisfies(n -> {
            assertThat(n.nomineeKey()).isEqualTo("Q1THLELOI:le van binh:1979-11-02");
            assertThat(((Nomination.Person) n).daysAbsent()).isEqualTo(3);
            assertThat(((Nomination.Person) n).maternityLeave()).isFalse();
        });

        Map<String, Object> broken = new LinkedHashMap<>(person);
        broken.put("daysAbsent", 2.5);
        assertThatThrownBy(() -> TypedNominationRows.read(TypedNominationRows.fromJson(List.of(broken)), UNIT, TITLES,
                TODAY))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(t -> assertThat(((InvalidInputException) t).errors()).extracting(InputError::message)
                        .containsExactly("\"Số ngày nghỉ\" phải là số nguyên, không phải \"2.5\"."));
    }
}
