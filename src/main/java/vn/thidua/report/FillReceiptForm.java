package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.report.ReportReceiptProcess.FormFields;
import vn.thidua.report.ReportReceiptProcess.Vars;
import vn.thidua.text.Messages;

/**
 * Task listener (create) of {@code Task_AcknowledgeReport}: the submitted report for the other body's staff, with
 * the link to its history (the parent's and the other bodies' answers); the decision and reasons still open.
 */
@Component("fillReceiptForm")
class FillReceiptForm implements TaskListener {

    private final FormVariableUse forms;
    private final ReportFormFields fields;
    private final OrgDirectory org;

    FillReceiptForm(FormVariableUse forms, ReportFormFields fields, OrgDirectory org) {
        this.forms = forms;
        this.fields = fields;
        this.org = org;
    }

    @Override
    public void notify(DelegateTask task) {
        // The title is at most ReportContext.View.MAX_TITLE characters: with the prefix it fits a task's name.
        task.setName(Messages.get("report.receipt.taskName", task.getVariable(Vars.REPORT_TITLE)));
        TaskForm form = forms.form(task);
        Report report = fields.fill(form);
        String body = (String) task.getVariable(Vars.BODY_CODE);
        form.set(FormFields.BODY_NAME, () -> org.findUnit(body).map(Unit::name).orElse(body));
        form.set(FormFields.HISTORY_URL, () -> "/reports/" + report.id() + "/history");
        form.set(Vars.RECEIPT_DECISION, () -> null);
        form.set(FormFields.RECEIPT_REASONS, () -> null);
    }
}
