package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;

/**
 * {@code Task_ReturnReport}: the report goes back to the unit's staff with the reviewer's reasons and new deadline;
 * due dates, reminders and the overdue notice follow the new deadline. Publishes {@link ReportReturned}.
 */
@Component("returnReport")
class ReturnReport implements JavaDelegate {

    private final ReportRepository reports;
    private final ReportMails mails;
    private final ReportDeadlines deadlines;
    private final ApplicationEventPublisher events;

    ReturnReport(ReportRepository reports, ReportMails mails, ReportDeadlines deadlines,
                        ApplicationEventPublisher events) {
        this.reports = reports;
        this.mails = mails;
        this.deadlines = deadlines;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportVariables vars = ReportVariables.of(execution);
        long reportId = vars.reportId();
        ReportRepository.Return last = reports.lastReturn(reportId).orElseThrow(
                () -> new IllegalStateException("Report " + reportId + " has no return to act on"));
        reports.markReturned(reportId, last.newDeadline());
        DeadlineCalendar.Due due = new DeadlineCalendar.Due(last.newDeadline(),
                vars.returnRequestedDay());
        deadlines.set(execution, vars.campaignId(), due);
        mails.returned(reportId, last.reasons(), due);
        events.publishEvent(new ReportReturned(reportId, vars.dossier()));
    }
}
