package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/** Task listener (complete) of {@code Task_ApproveReport}: the head signs, or sends the report back with a comment. */
@Component("recordHeadDecision")
class RecordHeadDecision implements TaskListener {

    private final ReportRepository reports;

    RecordHeadDecision(ReportRepository reports) {
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = FormValues.text(task, Vars.HEAD_DECISION);
        ReportVariables vars = ReportVariables.of(task);
        long reportId = vars.reportId();
        if (UnitReportProcess.HEAD_SEND_BACK.equals(decision)) {
            String comment = FormValues.longText(task, FormFields.HEAD_COMMENT,
                    Messages.get("report.field.headComment"));
            if (comment == null) {
                throw new InvalidInputException(Messages.get("report.head.commentMissing"));
            }
            reports.sendBackToStaff(reportId, comment);
        } else if (!UnitReportProcess.HEAD_APPROVE.equals(decision)) {
            throw new InvalidInputException(Messages.get("report.head.decisionMissing"));
        }
        vars.setHeadDecision(decision);
    }
}
