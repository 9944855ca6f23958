package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;

/**
 * {@code Task_AcceptReport}: the parent accepted the report (for the root: its head signed it); it is final. Publishes
 * {@link ReportAccepted} (a tổng kết's nominations still proposed move up into the parent's dossier).
 */
@Component("acceptReport")
class AcceptReport implements JavaDelegate {

    private final ReportRepository reports;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;

    AcceptReport(ReportRepository reports, EngineClock clock, ApplicationEventPublisher events) {
        this.reports = reports;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ReportVariables vars = ReportVariables.of(execution);
        long reportId = vars.reportId();
        reports.markAccepted(reportId, clock.now());
        events.publishEvent(new ReportAccepted(reportId, vars.dossier()));
    }
}
