package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.report.UnitReportProcess.Vars;

/** {@code Task_QueueReminderMail}: a reminder before the deadline to whoever still owes the report. */
@Component("queueReminderMail")
public class QueueReminderMail implements JavaDelegate {

    private final ReportMails mails;

    public QueueReminderMail(ReportMails mails) {
        this.mails = mails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mails.remind(((Number) execution.getVariable(Vars.REPORT_ID)).longValue(),
                (String) execution.getVariable(Vars.REMINDER_AT), OpenTask.of(execution));
    }
}
