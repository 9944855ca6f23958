package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;

/**
 * {@code Task_ApplyDeadlineExtension}: the deadline was extended; reminders, the overdue notice and the parent
 * head's notice are computed again from the new deadline, which our table already holds, before the watch restarts.
 */
@Component("applyDeadlineExtension")
class ApplyDeadlineExtension implements JavaDelegate {

    private final ReportRepository reports;
    private final DeadlineExtensionRepository extensions;
    private final ReportDeadlines deadlines;

    ApplyDeadlineExtension(ReportRepository reports, DeadlineExtensionRepository extensions,
                                  ReportDeadlines deadlines) {
        this.reports = reports;
        this.extensions = extensions;
        this.deadlines = deadlines;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Report report = reports.get(ReportVariables.of(execution).reportId());
        DeadlineCalendar.Due due = new DeadlineCalendar.Due(report.deadline(),
                extensions.latest(report.id()).map(DeadlineExtension::requestedDay).orElse(null));
        deadlines.set(execution, report.campaignId(), due);
    }
}
