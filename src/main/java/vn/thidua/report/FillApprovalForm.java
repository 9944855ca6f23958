package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;

/** Task listener (create) of {@code Task_ApproveReport}: the report for the head to sign, the decision still open. */
@Component("fillApprovalForm")
class FillApprovalForm implements TaskListener {

    private final FormVariableUse forms;
    private final ReportFormFields fields;

    FillApprovalForm(FormVariableUse forms, ReportFormFields fields) {
        this.forms = forms;
        this.fields = fields;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.form(task);
        fields.fill(form);
        form.set(Vars.HEAD_DECISION, () -> null);
        form.set(FormFields.HEAD_COMMENT, () -> null);
    }
}
