package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.dossier.DossierFlow;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * Task listener (complete) of {@code Task_PrepareReport}: checks and stores the report the staff prepared. A
 * tổng kết goes to the council next, and only once every nomination that fails a criterion is justified.
 */
@Component("saveReportDraft")
public class SaveReportDraft implements TaskListener {

    private final ReportRepository reports;
    private final DossierFlow dossiers;

    public SaveReportDraft(ReportRepository reports, DossierFlow dossiers) {
        this.reports = reports;
        this.dossiers = dossiers;
    }

    @Override
    public void notify(DelegateTask task) {
        String summary = FormValues.longText(task, FormFields.SUMMARY, Messages.get("report.field.summary"));
        if (summary == null) {
            throw new InvalidInputException(
                    Messages.get("report.field.missing", Messages.get("report.field.summary")));
        }
        String highlights = FormValues.longText(task, FormFields.HIGHLIGHTS,
                Messages.get("report.field.highlights"));
        int staff = FormValues.count(task, FormFields.STAFF_COUNT, Messages.get("report.field.staffCount"));
        int registered = FormValues.count(task, FormFields.REGISTERED_COUNT,
                Messages.get("report.field.registeredCount"));
        if (registered > staff) {
            throw new InvalidInputException(
                    Messages.get("report.field.registeredAboveStaff", registered, staff));
        }
        long reportId = ((Number) task.getVariable(Vars.REPORT_ID)).longValue();
        boolean dossier = Boolean.TRUE.equals(task.getVariable(Vars.DOSSIER));
        if (dossier) {
            dossiers.checkReadyForCouncil(reportId);
        }
        reports.saveContent(reportId, new Report.Content(summary, staff, registered, highlights),
                dossier ? ReportStatus.WAITING_COUNCIL : ReportStatus.WAITING_HEAD);
    }
}
