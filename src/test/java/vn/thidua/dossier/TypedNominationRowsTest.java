package vn.thidua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.rules.TitleRule;
import vn.thidua.rules.VoteDenominator;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

class TypedNominationRowsTest {

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
        p.put("row." + index + ".membersDisciplined", "");
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
        return TypedNominationRows.read(TypedNominationRows.fromForm(params), UNIT, TITLES);
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
        assertThat(hoa).isEqualTo(new Nomination("Q1THLELOI:nguyen thi hoa:1985-03-27", NomineeKind.PERSON, UNIT,
                "Nguyễn Thị Hoa", LocalDate.of(1985, 3, 27), "Giáo viên", Rating.EXCELLENT,
                "Dạy đọc hiểu qua trò chơi", RecognitionLevel.DISTRICT, null, RecognitionLevel.NONE, Discipline.NONE,
                45, true, 12, null, null, null, null, null, null, "CSTDCS", "Giáo viên dạy giỏi cấp quận."));
        Nomination toan = list.get(1);
        assertThat(toan).isEqualTo(new Nomination("Q1THLELOI:to toan – tin", NomineeKind.COLLECTIVE, UNIT,
                "Tổ Toán – Tin", null, null, Rating.GOOD, null, null, null, null, null, null, null, null, 12, 12, 9,
                2, 0, 92, "TTLDTT", null));
    }

    @Test
    void blankNumbersOfAPersonMeanNoAbsenceAndAFullYear() {
        Map<String, String> params = teacher(0);
        params.put("row.0.daysAbsent", "");
        params.remove("row.0.maternityLeave");
        params.remove("row.0.monthsInPost");
        Nomination n = read(params).get(0);
        assertThat(n.daysAbsent()).isZero();
        assertThat(n.maternityLeave()).isFalse();
        assertThat(n.monthsInPost()).isEqualTo(12);
    }

    @Test
    void personNeedsNameDateOfBirthPositionRatingAndTitle() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("row.0.kind", "PERSON");
        params.put("row.0.position", "");
        params.put("row.0.achievements", "Có thành tích");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactlyInAnyOrder(
                "Đề nghị số 1, họ và tên / tên tập thể: chưa nhập.",
                "Đề nghị số 1, xếp loại: hãy chọn xếp loại.",
                "Đề nghị số 1, danh hiệu đề nghị: hãy chọn danh hiệu đề nghị.",
                "Đề nghị số 1, ngày sinh: chưa nhập.",
                "Đề nghị số 1, chức vụ: chưa nhập.");
    }

    @Test
    void badNumbersAndDatesAreNamedWithTheRowNumberTheUserSees() {
        Map<String, String> params = new LinkedHashMap<>(team(0));
        params.putAll(teacher(1));
        params.put("row.1.dateOfBirth", "31/02/1985");
        params.put("row.1.daysAbsent", "mười");
        params.put("row.1.monthsInPost", "13");
        List<InputError> errors = errorsOf(params);
        assertThat(errors).extracting(InputError::message).containsExactlyInAnyOrder(
                "Đề nghị số 2, ngày sinh: \"31/02/1985\" không phải ngày có thật: tháng 2 năm 1985 có 28 ngày.",
                "Đề nghị số 2, số ngày nghỉ: \"mười\" không phải số nguyên.",
                "Đề nghị số 2, số tháng công tác: phải từ 0 đến 12 (đã nhập 13).");
        assertThat(errors).allSatisfy(e -> assertThat(e.line()).isEqualTo(2));
        assertThat(errors).extracting(InputError::field)
                .containsExactlyInAnyOrder("dateOfBirth", "daysAbsent", "monthsInPost");
    }

    @Test
    void dateOfBirthIsTypedDayFirstAndNeverShifted() {
        Map<String, String> params = teacher(0);
        params.put("row.0.dateOfBirth", "31/12/1985");
        assertThat(read(params).get(0).dateOfBirth()).isEqualTo(LocalDate.of(1985, 12, 31));
        params.put("row.0.dateOfBirth", "12/31/1985");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "Đề nghị số 1, ngày sinh: \"12/31/1985\" không phải ngày có thật: không có tháng 31.");
        params.put("row.0.dateOfBirth", "mm/dd/31985");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "Đề nghị số 1, ngày sinh: \"mm/dd/31985\" không đúng dạng ngày/tháng/năm (ví dụ 31/12/1985).");
    }

    @Test
    void dateOfBirthMustBeBelievable() {
        Map<String, String> params = teacher(0);
        params.put("row.0.dateOfBirth", LocalDate.now().minusYears(3).toString());
        assertThat(errorsOf(params)).singleElement().extracting(InputError::message).asString()
                .startsWith("Đề nghị số 1, ngày sinh: ngày ").endsWith("không hợp lý cho một người đang công tác.");
    }

    @Test
    void collectiveNeedsMembersAndCountsWithinMembers() {
        Map<String, String> params = team(0);
        params.put("row.0.membersLdtt", "13");
        params.put("row.0.membersCstdcs", "-1");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactlyInAnyOrder(
                "Đề nghị số 1, số thành viên Lao động tiên tiến: không thể lớn hơn số thành viên (12).",
                "Đề nghị số 1, số thành viên Chiến sĩ thi đua cơ sở: phải từ 0 đến 100000 (đã nhập -1).");

        Map<String, String> noMembers = team(0);
        noMembers.remove("row.0.members");
        assertThat(errorsOf(noMembers)).extracting(InputError::message)
                .containsExactly("Đề nghị số 1, số thành viên: chưa nhập số thành viên của tập thể.");
    }

    @Test
    void titleMustExistAndSuitTheKind() {
        Map<String, String> person = teacher(0);
        person.put("row.0.requestedTitle", "TTLDTT");
        assertThat(errorsOf(person)).extracting(InputError::message).containsExactly(
                "Đề nghị số 1, danh hiệu đề nghị: \"Tập thể lao động tiên tiến\" là danh hiệu cho tập thể, không dùng "
                        + "cho cá nhân.");

        Map<String, String> collective = team(0);
        collective.put("row.0.requestedTitle", "LDTT");
        assertThat(errorsOf(collective)).extracting(InputError::message).containsExactly(
                "Đề nghị số 1, danh hiệu đề nghị: \"Lao động tiên tiến\" là danh hiệu cho cá nhân, không dùng cho tập thể.");

        Map<String, String> unknown = teacher(0);
        unknown.put("row.0.requestedTitle", "CSTDTQ");
        assertThat(errorsOf(unknown)).extracting(InputError::message).containsExactly(
                "Đề nghị số 1, danh hiệu đề nghị: \"CSTDTQ\" không có trong bộ tiêu chuẩn của phong trào.");
    }

    @Test
    void levelWithoutInitiativeAndUnknownChoicesAreRefused() {
        Map<String, String> params = teacher(0);
        params.put("row.0.initiative", "");
        params.put("row.0.rating", "XUAT_SAC");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactlyInAnyOrder(
                "Đề nghị số 1, cấp công nhận sáng kiến: đã chọn cấp công nhận nhưng chưa ghi tên sáng kiến.",
                "Đề nghị số 1, xếp loại: giá trị \"XUAT_SAC\" không có trong danh sách; hãy chọn xếp loại.");
    }

    @Test
    void theSamePersonForTheSameTitleTwiceIsRefused() {
        Map<String, String> params = new LinkedHashMap<>(teacher(0));
        params.putAll(teacher(1));
        params.put("row.1.fullName", "NGUYỄN THỊ HOA");
        assertThat(errorsOf(params)).extracting(InputError::message).containsExactly(
                "Đề nghị số 2, họ và tên / tên tập thể: trùng với một đề nghị ở dòng trên (cùng người/tập thể, "
                        + "cùng danh hiệu).");
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
        List<Nomination> list = TypedNominationRows.read(TypedNominationRows.fromJson(List.of(person)), UNIT, TITLES);
        assertThat(list).singleElement().satisfies(n -> {
            assertThat(n.nomineeKey()).isEqualTo("Q1THLELOI:le van binh:1979-11-02");
            assertThat(n.daysAbsent()).isEqualTo(3);
            assertThat(n.maternityLeave()).isFalse();
        });

        Map<String, Object> broken = new LinkedHashMap<>(person);
        broken.put("daysAbsent", 2.5);
        assertThatThrownBy(() -> TypedNominationRows.read(TypedNominationRows.fromJson(List.of(broken)), UNIT, TITLES))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(t -> assertThat(((InvalidInputException) t).errors()).extracting(InputError::message)
                        .containsExactly("Đề nghị số 1, số ngày nghỉ: \"2.5\" không phải số nguyên."));
    }
}
