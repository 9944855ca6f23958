package vn.thidua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class EngineRefusalsTest {

    @Test
    void aRefusalWrappedByTheEngineIsFoundInTheCauseChain() {
        InvalidInputException refusal = new InvalidInputException("Chưa nhập tóm tắt kết quả thực hiện phong trào.");
        ProcessEngineException wrapped = new ProcessEngineException("Cannot submit task form",
                new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener",
                        refusal));
        assertThat(InvalidInputException.in(wrapped)).isSameAs(refusal);
        assertThat(InvalidInputException.in(new ProcessEngineException("ENGINE-01009"))).isNull();
    }

    @Test
    void tasklistReadsTheSummaryAndEveryErrorThatSaysMore() {
        InvalidInputException one = new InvalidInputException("Hãy chọn hạn nộp bổ sung (ngày/tháng/năm).");
        assertThat(EngineRefusals.sentence(one)).isEqualTo("Hãy chọn hạn nộp bổ sung (ngày/tháng/năm).");
        assertThat(one.errors()).containsExactly(
                new InputError(0, 0, null, "Hãy chọn hạn nộp bổ sung (ngày/tháng/năm)."));

        InvalidInputException launch = new InvalidInputException("Chưa thể phát động phong trào: có 2 lỗi cần sửa.",
                List.of(new InputError(0, 0, "name", "Chưa nhập tên phong trào."),
                        new InputError(0, 0, "phases", "Phong trào cần ít nhất một đợt.")));
        assertThat(EngineRefusals.sentence(launch)).isEqualTo("Chưa thể phát động phong trào: có 2 lỗi cần sửa. "
                + "Chưa nhập tên phong trào. Phong trào cần ít nhất một đợt.");
        InvalidInputException said = new InvalidInputException(EngineRefusals.sentence(launch), launch.errors());
        assertThat(EngineRefusals.sentence(said)).isEqualTo(EngineRefusals.sentence(launch));
    }

    @Test
    void theDenialOfSomethingNotYoursIsOneSentence() {
        assertThat(new AccessDeniedException().getMessage())
                .isEqualTo("Bạn không có quyền xem nội dung này, hoặc nội dung không tồn tại.");
    }
}
