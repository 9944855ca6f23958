package vn.thidua.report;

import java.util.Objects;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.report.UnitReportProcess.FormFields;

/**
 * Task listener (create) of {@code Task_PrepareReport}: the report as it stands, and why it came back when the parent
 * returned it or the head sent it back.
 */
@Component("fillPrepareForm")
class FillPrepareForm implements TaskListener {

    private final FormVariableUse forms;
    private final ReportFormFields fields;
    private final ReportRepository reports;

    FillPrepareForm(FormVariableUse forms, ReportFormFields fields, ReportRepository reports) {
        this.forms = forms;
        this.fields = fields;
        this.reports = reports;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.form(task);
        Report report = fields.fill(form);
        form.set(FormFields.RETURN_REASONS, () -> report.status() == ReportStatus.RETURNED
                ? reports.lastReturn(report.id()).map(ReportRepository.Return::reasons).orElse("") : "");
        form.set(FormFields.HEAD_COMMENT, () -> Objects.toString(report.headComment(), ""));
    }
}
