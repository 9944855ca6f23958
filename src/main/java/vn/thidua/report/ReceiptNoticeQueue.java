package vn.thidua.report;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.report.ReportReceiptProcess.Vars;

/**
 * What the receipt's reminder, overdue and escalation steps share: read the receipt from its process and queue the
 * notice only while the other body has still not answered.
 */
@Component
class ReceiptNoticeQueue {

    private final ReportReceipts receipts;
    private final ReportMails mails;

    ReceiptNoticeQueue(ReportReceipts receipts, ReportMails mails) {
        this.receipts = receipts;
        this.mails = mails;
    }

    /** The receipt's due time, as its process keeps it. */
    static OffsetDateTime due(DelegateExecution execution) {
        return DeadlineCalendar.parseIso((String) execution.getVariable(Vars.RECEIPT_DUE));
    }

    void queueWhileWaiting(DelegateExecution execution, ReportMails.ReceiptNotice notice) {
        long reportId = ((Number) execution.getVariable(Vars.REPORT_ID)).longValue();
        String body = (String) execution.getVariable(Vars.BODY_CODE);
        int round = ((Number) execution.getVariable(Vars.ROUND)).intValue();
        if (receipts.find(reportId, body).map(r -> r.status() == ReceiptStatus.WAITING).orElse(false)) {
            mails.receiptNotice(notice, reportId, body, round, due(execution), execution.getProcessInstanceId());
        }
    }
}
