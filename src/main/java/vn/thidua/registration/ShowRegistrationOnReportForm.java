package vn.thidua.registration;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.ReportKind;
import vn.thidua.report.FormVariableUse;
import vn.thidua.report.Report;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportVariables;
import vn.thidua.report.TaskForm;

/**
 * Task listener (create) of the report's own tasks ({@code Task_PrepareReport}, {@code Task_ApproveReport},
 * {@code Task_ReviewReport}), beside the report's: on the registration round their forms link to the registration
 * page and say what it holds; on a later report of a campaign that opened with registration, they show the
 * registered targets against what was reached.
 */
@Component("showRegistrationOnReportForm")
class ShowRegistrationOnReportForm implements TaskListener {

    static final String REGISTRATION_URL = "registrationUrl";
    static final String REGISTRATION_SUMMARY = "registrationSummary";
    static final String REGISTERED_TARGETS = "registeredTargets";

    private final FormVariableUse forms;
    private final ReportRepository reports;
    private final RegistrationForms registrationForms;

    ShowRegistrationOnReportForm(FormVariableUse forms, ReportRepository reports,
                                 RegistrationForms registrationForms) {
        this.forms = forms;
        this.reports = reports;
        this.registrationForms = registrationForms;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = forms.form(task);
        Report report = reports.get(ReportVariables.of(task).reportId());
        if (report.kind() == ReportKind.REGISTRATION) {
            form.set(REGISTRATION_URL, () -> RegistrationForms.pageUrl(report.id()));
            form.set(REGISTRATION_SUMMARY, () -> registrationForms.summary(report));
            return;
        }
        registrationForms.registrationOf(report.campaignId(), report.unitCode()).ifPresent(registration -> {
            form.set(REGISTRATION_URL, () -> RegistrationForms.pageUrl(registration.id()));
            form.set(REGISTERED_TARGETS, () -> registrationForms.targets(report));
        });
    }
}
