package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.report.ReportReceiptProcess.Vars;

/** {@code Task_QueueReceiptReturnMail}: an other body returned the report; the unit's staff and head learn why. */
@Component("queueReceiptReturnMail")
class QueueReceiptReturnMail implements JavaDelegate {

    private final ReportReceipts receipts;
    private final ReportMails mails;

    QueueReceiptReturnMail(ReportReceipts receipts, ReportMails mails) {
        this.receipts = receipts;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ((Number) execution.getVariable(Vars.REPORT_ID)).longValue();
        String body = (String) execution.getVariable(Vars.BODY_CODE);
        receipts.events(reportId).stream()
                .filter(e -> e.bodyCode().equals(body) && e.decision() == ReceiptStatus.RETURNED)
                .reduce((first, second) -> second)
                .ifPresent(mails::receiptReturned);
    }
}
