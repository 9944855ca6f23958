package vn.thidua.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.thidua.report.FormVariableUse;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportVariables;

/**
 * Task listener (create) of the report's own tasks ({@code Task_PrepareReport}, {@code Task_ApproveReport},
 * {@code Task_ReviewReport}), beside the report's: in a tổng kết their forms link to the dossier and list it.
 */
@Component("showDossierOnReportForm")
class ShowDossierOnReportForm implements TaskListener {

    private final FormVariableUse forms;
    private final DossierForms dossierForms;
    private final ReportRepository reports;

    ShowDossierOnReportForm(FormVariableUse forms, DossierForms dossierForms, ReportRepository reports) {
        this.forms = forms;
        this.dossierForms = dossierForms;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        ReportVariables vars = ReportVariables.of(task);
        long reportId = vars.reportId();
        dossierForms.fill(forms.form(task), reportId, vars.dossier(), SingletonSupplier.of(() -> reports.get(reportId)),
                false);
    }
}
