package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportReceiptProcess.FormFields;
import vn.thidua.report.ReportReceiptProcess.Vars;
import vn.thidua.text.Messages;

/**
 * Task listener (complete) of {@code Task_AcknowledgeReport}: the other body acknowledges the report (tiếp nhận) or
 * returns it with reasons. Every answer is kept for the report's history; the report's own flow does not change.
 */
@Component("recordReceipt")
class RecordReceipt implements TaskListener {

    private final ReportReceipts receipts;
    private final EngineClock clock;

    RecordReceipt(ReportReceipts receipts, EngineClock clock) {
        this.receipts = receipts;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = FormValues.text(task, Vars.RECEIPT_DECISION);
        long reportId = ((Number) task.getVariable(Vars.REPORT_ID)).longValue();
        String body = (String) task.getVariable(Vars.BODY_CODE);
        String by = who(task);
        if (ReportReceiptProcess.RETURN.equals(decision)) {
            String reasons = FormValues.longText(task, FormFields.RECEIPT_REASONS,
                    Messages.get("report.field.receiptReasons"));
            if (reasons == null || reasons.length() < RecordReview.MIN_REASONS) {
                throw new InvalidInputException(Messages.get("report.receipt.reasonsShort", RecordReview.MIN_REASONS));
            }
            receipts.decide(reportId, body, ReceiptStatus.RETURNED, reasons, by, clock.now());
        } else if (ReportReceiptProcess.ACKNOWLEDGE.equals(decision)) {
            receipts.decide(reportId, body, ReceiptStatus.ACKNOWLEDGED, null, by, clock.now());
        } else {
            throw new InvalidInputException(Messages.get("report.receipt.decisionMissing"));
        }
        task.getExecution().setVariable(Vars.RECEIPT_DECISION, decision);
    }

    private static String who(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "?";
    }
}
