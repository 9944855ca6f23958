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
 * Task listener (create) of {@code Task_IssueDecision}: what the head is about to grant, the signer proposed from the
 * unit's head, the decision's number and date still open.
 */
@Component("fillDecisionForm")
class FillDecisionForm implements TaskListener {

    private final FormVariableUse forms;
    private final ReportFormFields reportFields;
    private final DossierForms dossierForms;
    private final AwardDecisionService decisions;

    FillDecisionForm(FormVariableUse forms, ReportFormFields reportFields, DossierForms dossierForms,
                     AwardDecisionService decisions) {
        this.forms = forms;
        this.reportFields = reportFields;
        this.dossierForms = dossierForms;
        this.decisions = decisions;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.form(task);
        Report report = reportFields.fill(form);
        dossierForms.fill(form, report.id(), ReportVariables.of(task).dossier(), () -> report, true);
        form.set(FormFields.DECISION_NUMBER, () -> null);
        form.set(FormFields.DECISION_SIGNED_ON, () -> null);
        form.set(FormFields.SIGNER_NAME, () -> decisions.headName(report.unitCode()));
        form.set(FormFields.SIGNER_POSITION, () -> decisions.headPosition(report.unitCode()));
    }
}
