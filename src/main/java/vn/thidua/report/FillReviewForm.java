package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * Task listener (create) of {@code Task_ReviewReport}: the submitted report for the parent's staff, with the
 * overview of their own unit, the decision, reasons and new deadline still open.
 */
@Component("fillReviewForm")
class FillReviewForm implements TaskListener {

    private final FormVariableUse forms;
    private final ReportFormFields fields;

    FillReviewForm(FormVariableUse forms, ReportFormFields fields) {
        this.forms = forms;
        this.fields = fields;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.form(task);
        fields.fill(form, true);
        form.set(Vars.REVIEW_DECISION, () -> null);
        form.set(FormFields.RETURN_REASONS, () -> null);
        form.set(FormFields.NEW_DEADLINE, () -> null);
    }
}
