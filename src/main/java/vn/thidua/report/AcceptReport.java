package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;
import vn.thidua.dossier.DossierFlow;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * {@code Task_AcceptReport}: the parent accepted the report (for the root: its head signed it); it is final. A
 * tổng kết's nominations still proposed move up into the parent's dossier.
 */
@Component("acceptReport")
public class AcceptReport implements JavaDelegate {

    private final ReportRepository reports;
    private final EngineClock clock;
    private final DossierFlow dossiers;

    public AcceptReport(ReportRepository reports, EngineClock clock, DossierFlow dossiers) {
        this.reports = reports;
        this.clock = clock;
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long reportId = ((Number) execution.getVariable(Vars.REPORT_ID)).longValue();
        reports.markAccepted(reportId, clock.now());
        if (Boolean.TRUE.equals(execution.getVariable(Vars.DOSSIER))) {
            dossiers.forwardAccepted(reportId);
        }
    }
}
