package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.problem.InvalidInputException;

/** Task listener (complete) of {@code Task_ApproveReport}: the head signs, or sends the report back with a comment. */
@Component("recordHeadDecision")
public class RecordHeadDecision implements TaskListener {

    private final ReportRepository reports;

    public RecordHeadDecision(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = FormValues.text(task, Vars.HEAD_DECISION);
        long reportId = ((Number) task.getVariable(Vars.REPORT_ID)).longValue();
        if (UnitReportProcess.HEAD_SEND_BACK.equals(decision)) {
            String comment = FormValues.longText(task, FormFields.HEAD_COMMENT, "nội dung cần chỉnh sửa");
            if (comment == null) {
                throw new InvalidInputException("Hãy ghi nội dung cần chỉnh sửa để cán bộ phụ trách biết phải sửa gì.");
            }
            reports.sendBackToStaff(reportId, comment);
        } else if (!UnitReportProcess.HEAD_APPROVE.equals(decision)) {
            throw new InvalidInputException("Hãy chọn: ký duyệt và gửi cấp trên, hoặc trả lại cán bộ phụ trách.");
        }
        task.getExecution().setVariable(Vars.HEAD_DECISION, decision);
    }
}
