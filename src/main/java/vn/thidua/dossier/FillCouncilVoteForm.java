package vn.thidua.dossier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.FormVariableUse;
import vn.thidua.report.Report;
import vn.thidua.report.ReportFormFields;
import vn.thidua.report.ReportVariables;
import vn.thidua.report.TaskForm;
import vn.thidua.report.UnitReportProcess.FormFields;

/**
 * Task listener (create) of {@code Task_CouncilVote}: the report's deadline, the dossier as the council votes on it,
 * and the confirmation still open.
 */
@Component("fillCouncilVoteForm")
class FillCouncilVoteForm implements TaskListener {

    private final FormVariableUse forms;
    private final ReportFormFields reportFields;
    private final DossierForms dossierForms;

    FillCouncilVoteForm(FormVariableUse forms, ReportFormFields reportFields, DossierForms dossierForms) {
        this.forms = forms;
        this.reportFields = reportFields;
        this.dossierForms = dossierForms;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.form(task);
        Report report = reportFields.fill(form);
        dossierForms.fill(form, report.id(), ReportVariables.of(task).dossier(), () -> report, false);
        form.set(FormFields.COUNCIL_CONFIRMED, () -> null);
    }
}
