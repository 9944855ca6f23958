package vn.thidua.report;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.report.ReportReceiptProcess.Vars;

/** {@code Task_QueueReceiptOverdueMail}: the other body's due time passed unanswered; its staff are told. */
@Component("queueReceiptOverdueMail")
class QueueReceiptOverdueMail implements JavaDelegate {

    private final ReportReceipts receipts;
    private final ReportMails mails;

    QueueReceiptOverdueMail(ReportReceipts receipts, ReportMails mails) {
        this.receipts = receipts;
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ((Number) execution.getVariable(Vars.REPORT_ID)).longValue();
        String body = (String) execution.getVariable(Vars.BODY_CODE);
        int round = ((Number) execution.getVariable(Vars.ROUND)).intValue();
        OffsetDateTime due = DeadlineCalendar.parseIso((String) execution.getVariable(Vars.RECEIPT_DUE));
        if (receipts.find(reportId, body).map(r -> r.status() == ReceiptStatus.WAITING).orElse(false)) {
            mails.receiptNotice(ReportMails.ReceiptNotice.OVERDUE, reportId, body, round, due,
                    execution.getProcessInstanceId());
        }
    }
}
