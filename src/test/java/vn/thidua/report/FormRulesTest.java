package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.problem.InvalidInputException;

/** The rules of processes/forms/, read from the forms themselves and held against submitted values. */
class FormRulesTest {

    final FormRules rules = new FormRules(new FormVariableUse());

    @Test
    void thePrepareFormsRulesWithTheFormsWords() {
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "ngắn", FormFields.STAFF_COUNT, 30L,
                FormFields.REGISTERED_COUNT, 20L)))
                .containsExactly("Tóm tắt kết quả thực hiện phong trào: cần nhập ít nhất 20 ký tự.");
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "x".repeat(20), FormFields.STAFF_COUNT,
                30L, FormFields.REGISTERED_COUNT, 20L))).isEmpty();
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "  " + "x".repeat(19) + "  ",
                FormFields.STAFF_COUNT, 30L, FormFields.REGISTERED_COUNT, 20L))).as("spaces do not count").hasSize(1);
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "x".repeat(30))))
                .containsExactly("Tổng số cán bộ, giáo viên, nhân viên: mục này bắt buộc, không được để trống.",
                        "Số người đăng ký thi đua: mục này bắt buộc, không được để trống.");
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "x".repeat(30),
                FormFields.STAFF_COUNT, 100_001L, FormFields.REGISTERED_COUNT, 20L)))
                .containsExactly("Tổng số cán bộ, giáo viên, nhân viên: giá trị không được lớn hơn 100.000.");
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "x".repeat(30),
                FormFields.STAFF_COUNT, "12,5", FormFields.REGISTERED_COUNT, 2.5)))
                .containsExactly("Tổng số cán bộ, giáo viên, nhân viên: giá trị phải là một số.",
                        "Số người đăng ký thi đua: giá trị phải là số nguyên.");
    }

    @Test
    void aBoundNamingAnotherFieldTakesItsValueUnlessThatFieldIsWrongItself() {
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "x".repeat(30),
                FormFields.STAFF_COUNT, "20", FormFields.REGISTERED_COUNT, 21)))
                .containsExactly("Số người đăng ký thi đua: giá trị không được lớn hơn 20.");
        assertThat(rules.problems("report-prepare", values(FormFields.SUMMARY, "x".repeat(30),
                FormFields.STAFF_COUNT, -3, FormFields.REGISTERED_COUNT, 0)))
                .containsExactly("Tổng số cán bộ, giáo viên, nhân viên: giá trị không được nhỏ hơn 0.");
    }

    @Test
    void aFieldHiddenByItsConditionIsNotRequired() {
        assertThat(rules.problems("report-review", values(Vars.REVIEW_DECISION, "accept"))).isEmpty();
        assertThat(rules.problems("report-review", values(Vars.REVIEW_DECISION, "return")))
                .containsExactly("Lý do trả và nội dung cần bổ sung: mục này bắt buộc, không được để trống.",
                        "Hạn nộp bổ sung: mục này bắt buộc, không được để trống.");
        assertThat(rules.problems("report-review", values(Vars.REVIEW_DECISION, "return",
                FormFields.RETURN_REASONS, "Bổ sung biên bản họp.", FormFields.NEW_DEADLINE, "2027-02-31")))
                .containsExactly("Hạn nộp bổ sung: ngày không hợp lệ, hãy chọn ngày trên lịch (ngày/tháng/năm).");
        assertThat(rules.problems("report-review", values(Vars.REVIEW_DECISION, "maybe")))
                .containsExactly("Quyết định: hãy chọn một trong các lựa chọn của biểu mẫu.");
        assertThat(rules.problems("report-review", values())).containsExactly(
                "Quyết định: mục này bắt buộc, không được để trống.");
        // The head's comment is asked for only when the report goes back.
        assertThat(rules.problems("report-approve", values(Vars.HEAD_DECISION, "sendBack")))
                .singleElement().asString().endsWith(": mục này bắt buộc, không được để trống.");
        assertThat(rules.problems("report-approve", values(Vars.HEAD_DECISION, "approve"))).isEmpty();
    }

    @Test
    void patternsChoicesAndCheckboxes() {
        Map<String, Object> decision = new HashMap<>(Map.of(FormFields.DECISION_NUMBER, "sai số",
                FormFields.DECISION_SIGNED_ON, "2026-10-01", FormFields.SIGNER_NAME, "Võ Thanh Sơn",
                FormFields.SIGNER_POSITION, "Trưởng phòng"));
        assertThat(rules.problems("issue-decision", decision::get)).singleElement().asString()
                .isEqualTo("Số quyết định ghi theo dạng số/ký hiệu, ví dụ 125/QĐ-GDĐT.");
        decision.put(FormFields.DECISION_NUMBER, "45/QĐ-GDĐT");
        assertThat(rules.problems("issue-decision", decision::get)).isEmpty();
        assertThat(rules.problems("council-vote", values(FormFields.COUNCIL_CONFIRMED, false))).hasSize(1);
        assertThat(rules.problems("council-vote", values(FormFields.COUNCIL_CONFIRMED, true))).isEmpty();
    }

    @Test
    void checkRefusesWithEveryProblemAndAnUnknownFormHasNoRules() {
        assertThatThrownBy(() -> rules.check("report-review", values(Vars.REVIEW_DECISION, "return")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Lý do trả và nội dung cần bổ sung: mục này bắt buộc, không được để trống. "
                        + "Hạn nộp bổ sung: mục này bắt buộc, không được để trống.");
        assertThat(rules.problems("no-such-form", values())).isEmpty();
        assertThat(rules.knows("no-such-form")).isFalse();
    }

    @Test
    void everyConditionOfOurFormsIsOneTheServerEvaluates() {
        for (String form : new String[] {"campaign-launch", "council-vote", "issue-decision", "report-approve",
                "report-prepare", "report-review"}) {
            for (FormRules.Field field : rules.fieldsOf(form)) {
                for (String condition : field.hide()) {
                    assertThat(FeelCondition.evaluate(condition, name -> null)).as(form + ": " + condition)
                            .isNotNull();
                }
            }
        }
    }

    @Test
    void feelComparisonsAsFormJsEvaluatesThem() {
        Map<String, Object> v = new HashMap<>(Map.of("a", "return", "n", 3L, "flag", true));
        assertThat(FeelCondition.evaluate("=a != \"return\"", v::get)).isFalse();
        assertThat(FeelCondition.evaluate("=missing != \"return\"", v::get)).isTrue();
        assertThat(FeelCondition.evaluate("=missing = null or missing = \"\"", v::get)).isTrue();
        assertThat(FeelCondition.evaluate("=flag != true", v::get)).isFalse();
        assertThat(FeelCondition.evaluate("=n >= 3 and not(a = \"x\")", v::get)).isTrue();
        assertThat(FeelCondition.evaluate("=n < 3", v::get)).isFalse();
        assertThat(FeelCondition.evaluate("=count(items) > 0", v::get)).as("outside the subset").isNull();
        assertThat(FeelCondition.evaluate("=a.b = 1", v::get)).isNull();
    }

    private static java.util.function.Function<String, Object> values(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map::get;
    }
}
