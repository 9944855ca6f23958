package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * {@code Task_ReturnReport}: the report goes back to the unit's staff with the reviewer's reasons and new deadline;
 * due dates, reminders and the overdue notice follow the new deadline.
 */
@Component("returnReport")
public class ReturnReport implements JavaDelegate {

    private final ReportRepository reports;
    private final ReportMails mails;
    private final ReportDeadlines deadlines;

    public ReturnReport(ReportRepository reports, ReportMails mails, ReportDeadlines deadlines) {
        this.reports = reports;
        this.mails = mails;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ((Number) execution.getVariable(Vars.REPORT_ID)).longValue();
        ReportRepository.Return last = reports.lastReturn(reportId).orElseThrow(
                () -> new IllegalStateException("Report " + reportId + " has no return to act on"));
        reports.markReturned(reportId, last.newDeadline());
        DeadlineCalendar.Due due = new DeadlineCalendar.Due(last.newDeadline(),
                DeadlineCalendar.parseDay(execution.getVariable(Vars.RETURN_REQUESTED_DAY)));
        deadlines.set(execution, ((Number) execution.getVariable(Vars.CAMPAIGN_ID)).longValue(), due);
        mails.returned(reportId, last.reasons(), due);
    }
}
