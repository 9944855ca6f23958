package vn.thidua.report;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * {@code Task_QueueReminderMail}: a reminder before the deadline to whoever still owes the report; then the watch's
 * reminder timer moves on to the next reminder time, if any is left ({@code Gateway_ReminderAhead}).
 */
@Component("queueReminderMail")
public class QueueReminderMail implements JavaDelegate {

    private final ReportMails mails;
    private final EngineClock clock;

    public QueueReminderMail(ReportMails mails, EngineClock clock) {
        this.mails = mails;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String reminderAt = (String) execution.getVariable(Vars.REMINDER_AT);
        mails.remind(((Number) execution.getVariable(Vars.REPORT_ID)).longValue(), reminderAt);
        @SuppressWarnings("unchecked")
        List<String> reminderTimes = (List<String>) execution.getVariable(Vars.REMINDER_TIMES);
        execution.setVariable(Vars.REMINDER_AT, ReportDeadlines.nextReminder(reminderTimes, reminderAt, clock.now()));
    }
}
