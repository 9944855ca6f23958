package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;

/**
 * {@code Task_QueueReminderMail}: a reminder before the deadline to whoever still owes the report; then the watch's
 * reminder timer moves on to the next reminder time, if any is left ({@code Gateway_ReminderAhead}).
 */
@Component("queueReminderMail")
class QueueReminderMail implements JavaDelegate {

    private final ReportMails mails;
    private final EngineClock clock;

    QueueReminderMail(ReportMails mails, EngineClock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportVariables vars = ReportVariables.of(execution);
        String reminderAt = vars.reminderAt();
        mails.remind(vars.reportId(), reminderAt);
        vars.setReminderAt(ReportDeadlines.nextReminder(vars.reminderTimes(), reminderAt, clock.now()));
    }
}
