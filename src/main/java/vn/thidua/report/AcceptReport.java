package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;
import vn.thidua.report.UnitReportProcess.Vars;

/** {@code Task_AcceptReport}: the parent accepted the report (for the root: its head signed it); it is final. */
@Component("acceptReport")
public class AcceptReport implements JavaDelegate {

    private final ReportRepository reports;
    private final EngineClock clock;

    public AcceptReport(ReportRepository reports, EngineClock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        reports.markAccepted(((Number) execution.getVariable(Vars.REPORT_ID)).longValue(), clock.now());
    }
}
