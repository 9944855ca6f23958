package vn.thidua.report;

import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.report.ReportReceiptProcess.Vars;

/**
 * {@code Task_QueueReceiptReminderMail}: the other body has not answered the day before its due time; its staff
 * are reminded. A reminder time that was not ahead of the sending is the due time itself: then nothing goes out.
 */
@Component("queueReceiptReminderMail")
class QueueReceiptReminderMail implements JavaDelegate {

    private final ReportReceipts receipts;
    private final ReportMails mails;
    private final EngineClock clock;

    QueueReceiptReminderMail(ReportReceipts receipts, ReportMails mails, EngineClock clock) {
        this.receipts = receipts;
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ((Number) execution.getVariable(Vars.REPORT_ID)).longValue();
        String body = (String) execution.getVariable(Vars.BODY_CODE);
        int round = ((Number) execution.getVariable(Vars.ROUND)).intValue();
        OffsetDateTime due = DeadlineCalendar.parseIso((String) execution.getVariable(Vars.RECEIPT_DUE));
        if (!clock.now().isBefore(due)) {
            return;
        }
        if (receipts.find(reportId, body).map(r -> r.status() == ReceiptStatus.WAITING).orElse(false)) {
            mails.receiptNotice(ReportMails.ReceiptNotice.REMINDER, reportId, body, round, due,
                    execution.getProcessInstanceId());
        }
    }
}
