package vn.thidua.report;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.ReportKind;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * Task listener (complete) of {@code Task_PrepareReport}: checks and stores the report the staff prepared. A
 * tổng kết goes to the council next; {@link ReportPrepared}'s listeners may still refuse it (the dossier: a nomination
 * that fails a criterion and is not justified).
 */
@Component("saveReportDraft")
class SaveReportDraft implements TaskListener {

    private final ReportRepository reports;
    private final ApplicationEventPublisher events;
    private final ReportRequests requests;

    SaveReportDraft(ReportRepository reports, ApplicationEventPublisher events, ReportRequests requests) {
        this.reports = reports;
        this.events = events;
        this.requests = requests;
    }

    @Override
    public void notify(DelegateTask task) {
        ReportVariables registrationVars = ReportVariables.of(task);
        if (reports.get(registrationVars.reportId()).kind() == ReportKind.REGISTRATION) {
            // A registration's content lives on its own page; its listeners check it is complete.
            long reportId = registrationVars.reportId();
            events.publishEvent(new ReportPrepared(reportId, false));
            reports.saveContent(reportId, new Report.Content(null, null, null, null), ReportStatus.WAITING_HEAD);
            return;
        }
        String summary = FormValues.longText(task, FormFields.SUMMARY, Messages.get("report.field.summary"));
        if (summary == null) {
            throw new InvalidInputException(
                    Messages.get("report.field.missing", Messages.get("report.field.summary")));
        }
        String highlights = FormValues.longText(task, FormFields.HIGHLIGHTS,
                Messages.get("report.field.highlights"));
        ReportVariables vars = ReportVariables.of(task);
        Integer staff = null;
        Integer registered = null;
        // A periodic or ad-hoc round may leave the counts out; the form then hides them
        if (requests.asksCounts(vars.campaignId(), vars.phaseNo())) {
            staff = FormValues.count(task, FormFields.STAFF_COUNT, Messages.get("report.field.staffCount"));
            registered = FormValues.count(task, FormFields.REGISTERED_COUNT,
                    Messages.get("report.field.registeredCount"));
            if (registered > staff) {
                throw new InvalidInputException(
                        Messages.get("report.field.registeredAboveStaff", registered, staff));
            }
        }
        long reportId = vars.reportId();
        boolean dossier = vars.dossier();
        events.publishEvent(new ReportPrepared(reportId, dossier));
        reports.saveContent(reportId, new Report.Content(summary, staff, registered, highlights),
                dossier ? ReportStatus.WAITING_COUNCIL : ReportStatus.WAITING_HEAD);
    }
}
