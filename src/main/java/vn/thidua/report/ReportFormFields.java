package vn.thidua.report;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.thidua.campaign.ReportKind;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.org.OrgDirectory;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.text.Messages;

/**
 * The report's part of every task form of {@code unit-report.bpmn}: what the report says, its deadline, attachments
 * and children, those its form names only ({@link TaskForm}). The report's content lives in our tables; task-local
 * copies vanish with the task. Each task's own create listener adds what its step needs.
 */
@Component
public class ReportFormFields {

    private final ReportContext context;
    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final OrgDirectory org;
    private final ChildrenSummary childrenSummary;

    ReportFormFields(ReportContext context, ReportRepository reports, AttachmentRepository attachments,
                     OrgDirectory org, ChildrenSummary childrenSummary) {
        this.context = context;
        this.reports = reports;
        this.attachments = attachments;
        this.org = org;
        this.childrenSummary = childrenSummary;
    }

    /** "Hạn nộp: 17:00 ngày 15/12/2026", with why it moved when the day asked for was a day off. */
    static String deadlineLabel(java.time.OffsetDateTime deadline, java.time.LocalDate requestedDay) {
        return Messages.get("report.form.deadline", DeadlineCalendar.label(deadline, requestedDay));
    }

    /** The report's fields of a form its unit works on. */
    public Report fill(TaskForm form) {
        return fill(form, false);
    }

    /**
     * The report's fields; the reviewer (the parent's staff) reads the overview of the parent's unit, the unit's own
     * people that of their unit.
     */
    Report fill(TaskForm form, boolean review) {
        ReportVariables vars = ReportVariables.of(form.task());
        long reportId = vars.reportId();
        ReportContext.View view = context.of(reportId);
        Report report = view.report();
        Supplier<List<Report>> children = SingletonSupplier.of(
                () -> reports.children(report.campaignId(), report.phaseNo(), report.unitCode()));

        form.set(FormFields.UNIT_NAME, () -> view.unit().name());
        form.set(FormFields.DEADLINE_LABEL, () -> deadlineLabel(report.deadline(), vars.deadlineRequestedDay()));
        form.set(FormFields.SUMMARY, report::summary);
        form.set(FormFields.STAFF_COUNT, () -> report.staffCount() != null ? report.staffCount()
                : ChildrenSummary.acceptedTotal(children.get(), Report::staffCount));
        form.set(FormFields.REGISTERED_COUNT, () -> report.registeredCount() != null
                ? report.registeredCount() : ChildrenSummary.acceptedTotal(children.get(), Report::registeredCount));
        form.set(FormFields.HIGHLIGHTS, report::highlights);
        form.set(FormFields.ATTACHMENTS_URL, () -> "/reports/" + reportId + "/attachments");
        if (review || !children.get().isEmpty()) {
            form.set(FormFields.OVERVIEW_URL, () -> "/campaigns/" + report.campaignId() + "/overview?unit="
                    + (review && report.parentUnitCode() != null ? report.parentUnitCode() : report.unitCode()));
        }
        form.set(FormFields.ATTACHMENT_NAMES, () -> AttachmentSummary.markdown(attachments.list(reportId), org));
        form.set(FormFields.CHILDREN_SUMMARY, () -> childrenSummary.markdown(children.get()));
        form.set(FormFields.SUBMITTED_LABEL, () -> report.submittedAt() == null ? ""
                : Messages.get("report.form.submittedAt", DeadlineCalendar.label(report.submittedAt())));
        form.set(Vars.DOSSIER, vars::dossier);
        form.set(FormFields.REGISTRATION, () -> report.kind() == ReportKind.REGISTRATION);
        return report;
    }
}
