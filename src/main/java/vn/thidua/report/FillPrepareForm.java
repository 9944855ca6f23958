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
    private final ReportRequests requests;

    FillPrepareForm(FormVariableUse forms, ReportFormFields fields, ReportRepository reports,
                    ReportRequests requests) {
        this.forms = forms;
        this.fields = fields;
        this.reports = reports;
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.form(task);
        Report report = fields.fill(form);
        form.set(FormFields.RETURN_REASONS, () -> report.status() == ReportStatus.RETURNED
                ? reports.lastReturn(report.id()).map(ReportRepository.Return::reasons).orElse("") : "");
        form.set(FormFields.HEAD_COMMENT, () -> Objects.toString(report.headComment(), ""));
        requests.find(report.campaignId(), report.phaseNo()).ifPresent(request -> {
            form.set(FormFields.REQUEST_INSTRUCTIONS, () -> Objects.toString(request.instructions(), ""));
            form.set(FormFields.REQUEST_TEMPLATE_URL, () -> Objects.toString(request.templateUrl(), ""));
            form.set(FormFields.ASK_COUNTS, request::askCounts);
        });
    }
}
