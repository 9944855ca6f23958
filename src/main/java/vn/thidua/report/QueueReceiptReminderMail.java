package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;

/**
 * {@code Task_QueueReceiptReminderMail}: the other body has not answered the day before its due time; its staff
 * are reminded. A reminder time that was not ahead of the sending is the due time itself: then nothing goes out.
 */
@Component("queueReceiptReminderMail")
class QueueReceiptReminderMail implements JavaDelegate {

    private final ReceiptNoticeQueue notices;
    private final EngineClock clock;

    QueueReceiptReminderMail(ReceiptNoticeQueue notices, EngineClock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        if (!clock.now().isBefore(ReceiptNoticeQueue.due(execution))) {
            return;
        }
        notices.queueWhileWaiting(execution, ReportMails.ReceiptNotice.REMINDER);
    }
}
