package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_QueueReceiptOverdueMail}: the other body's due time passed unanswered; its staff are told. */
@Component("queueReceiptOverdueMail")
class QueueReceiptOverdueMail implements JavaDelegate {

    private final ReceiptNoticeQueue notices;

    QueueReceiptOverdueMail(ReceiptNoticeQueue notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.queueWhileWaiting(execution, ReportMails.ReceiptNotice.OVERDUE);
    }
}
