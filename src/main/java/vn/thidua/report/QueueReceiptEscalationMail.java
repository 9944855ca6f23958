package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_QueueReceiptEscalationMail}: still unanswered some working days after the due time; the other
 * body's head is told.
 */
@Component("queueReceiptEscalationMail")
class QueueReceiptEscalationMail implements JavaDelegate {

    private final ReceiptNoticeQueue notices;

    QueueReceiptEscalationMail(ReceiptNoticeQueue notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.queueWhileWaiting(execution, ReportMails.ReceiptNotice.ESCALATION);
    }
}
