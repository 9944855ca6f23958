package vn.thidua.report;

import static vn.thidua.process.FormStrings.tableCell;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.dossier.AwardDecisionService;
import vn.thidua.dossier.DossierForms;
import vn.thidua.org.OrgDirectory;
import vn.thidua.process.FormStrings;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.text.Messages;
import vn.thidua.text.VietnameseNumbers;

/**
 * Task listener (create) of every report task: puts what the form shows into task-local variables, those its form
 * names only ({@link FormVariableUse}). The report's content lives in our tables; task-local copies vanish with the
 * task, and whatever the user submits stays local to the task until the complete listener stores it.
 */
@Component("fillReportForm")
public class FillReportForm implements TaskListener {

    private final ReportContext context;
    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final OrgDirectory org;
    private final DossierForms dossierForms;
    private final AwardDecisionService decisions;
    private final FormVariableUse formUse;

    public FillReportForm(ReportContext context, ReportRepository reports, AttachmentRepository attachments,
                          OrgDirectory org, DossierForms dossierForms, AwardDecisionService decisions,
                          FormVariableUse formUse) {
        this.context = context;
        this.reports = reports;
        this.attachments = attachments;
        this.org = org;
        this.dossierForms = dossierForms;
        this.decisions = decisions;
        this.formUse = formUse;
    }

    /** "Hạn nộp: 17:00 ngày 15/12/2026", with why it moved when the day asked for was a day off. */
    static String deadlineLabel(java.time.OffsetDateTime deadline, java.time.LocalDate requestedDay) {
        return Messages.get("report.form.deadline", DeadlineCalendar.label(deadline, requestedDay));
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ((Number) task.getVariable(Vars.REPORT_ID)).longValue();
        ReportContext.View view = context.of(reportId);
        Report report = view.report();
        Local local = new Local(task, formUse);
        Supplier<List<Report>> children = SingletonSupplier.of(
                () -> reports.children(report.campaignId(), report.phaseNo(), report.unitCode()));

        local.set(FormFields.UNIT_NAME, () -> view.unit().name());
        local.set(FormFields.DEADLINE_LABEL, () -> deadlineLabel(report.deadline(),
                DeadlineCalendar.parseDay(task.getVariable(Vars.DEADLINE_REQUESTED_DAY))));
        local.set(FormFields.SUMMARY, report::summary);
        local.set(FormFields.STAFF_COUNT, () -> report.staffCount() != null ? report.staffCount()
                : acceptedTotal(children.get(), Report::staffCount));
        local.set(FormFields.REGISTERED_COUNT, () -> report.registeredCount() != null
                ? report.registeredCount() : acceptedTotal(children.get(), Report::registeredCount));
        local.set(FormFields.HIGHLIGHTS, report::highlights);
        local.set(FormFields.ATTACHMENTS_URL, () -> "/reports/" + reportId + "/attachments");
        boolean review = UnitReportProcess.REVIEW_REPORT.equals(task.getTaskDefinitionKey());
        if (review || !children.get().isEmpty()) {
            local.set(FormFields.OVERVIEW_URL, () -> "/campaigns/" + report.campaignId() + "/overview?unit="
                    + (review && report.parentUnitCode() != null ? report.parentUnitCode() : report.unitCode()));
        }
        local.set(FormFields.ATTACHMENT_NAMES, () -> AttachmentSummary.markdown(attachments.list(reportId), org));
        local.set(FormFields.CHILDREN_SUMMARY, () -> childrenSummary(children.get()));
        local.set(FormFields.SUBMITTED_LABEL, () -> report.submittedAt() == null ? ""
                : Messages.get("report.form.submittedAt", DeadlineCalendar.label(report.submittedAt())));

        boolean dossier = Boolean.TRUE.equals(task.getVariable(Vars.DOSSIER));
        local.set(Vars.DOSSIER, () -> dossier);
        local.set(FormFields.DOSSIER_URL, () -> dossier ? DossierForms.pageUrl(reportId) : null);
        boolean decision = UnitReportProcess.ISSUE_DECISION.equals(task.getTaskDefinitionKey());
        local.set(FormFields.NOMINATION_SUMMARY, () -> decision ? dossierForms.toGrant(report)
                : dossier ? dossierForms.summary(report) : null);

        switch (task.getTaskDefinitionKey()) {
            case UnitReportProcess.PREPARE_REPORT -> {
                local.set(FormFields.RETURN_REASONS, () -> report.status() == ReportStatus.RETURNED
                        ? reports.lastReturn(reportId).map(ReportRepository.Return::reasons).orElse("") : "");
                local.set(FormFields.HEAD_COMMENT, () -> Objects.toString(report.headComment(), ""));
            }
            case UnitReportProcess.APPROVE_REPORT -> {
                local.set(Vars.HEAD_DECISION, () -> null);
                local.set(FormFields.HEAD_COMMENT, () -> null);
            }
            case UnitReportProcess.COUNCIL_VOTE -> local.set(FormFields.COUNCIL_CONFIRMED, () -> null);
            case UnitReportProcess.ISSUE_DECISION -> {
                local.set(FormFields.DECISION_NUMBER, () -> null);
                local.set(FormFields.DECISION_SIGNED_ON, () -> null);
                local.set(FormFields.SIGNER_NAME, () -> decisions.headName(report.unitCode()));
                local.set(FormFields.SIGNER_POSITION, () -> decisions.headPosition(report.unitCode()));
            }
            case UnitReportProcess.REVIEW_REPORT -> {
                local.set(Vars.REVIEW_DECISION, () -> null);
                local.set(FormFields.RETURN_REASONS, () -> null);
                local.set(FormFields.NEW_DEADLINE, () -> null);
            }
            default -> throw new IllegalStateException("No report form for " + task.getTaskDefinitionKey());
        }
    }

    /**
     * The task's local variables, only those its form names: a field's key must exist locally (whatever the user
     * submits then stays on the task until the complete listener stores it), a value only shown is computed only
     * when shown.
     */
    private record Local(DelegateTask task, String form, FormVariableUse use) {

        Local(DelegateTask task, FormVariableUse use) {
            this(task, FormVariableUse.formOf(task), use);
        }

        void set(String name, Supplier<Object> value) {
            if (use.uses(form, name)) {
                task.setVariableLocal(name, value.get());
            }
        }
    }

    /**
     * A figure summed over the children's accepted reports, for the consolidating unit's own report (its staff may
     * still correct it); null only when no accepted report gives the figure.
     */
    static Integer acceptedTotal(List<Report> children, Function<Report, Integer> figure) {
        List<Integer> values = children.stream().filter(c -> c.status() == ReportStatus.ACCEPTED).map(figure)
                .filter(Objects::nonNull).toList();
        return values.isEmpty() ? null : values.stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A Markdown table of the children's accepted reports, for the consolidating unit: the rows that fit in a form
     * variable ({@link FormStrings}), then how many were left out, then the total over all of them. A district of a
     * hundred schools sees about forty rows here and the rest on the overview page the form links to.
     */
    String childrenSummary(List<Report> children) {
        if (children.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder(Messages.get("report.form.children.header")).append('\n')
                .append("|---|---:|---:|---|---:|\n");
        String total = "| **" + Messages.get("report.form.children.total") + "** | " + VietnameseNumbers.integer(acceptedTotal(children, Report::staffCount))
                + " | " + VietnameseNumbers.integer(acceptedTotal(children, Report::registeredCount)) + " |  |  |\n";
        int leftOut = 0;
        for (Report child : children) {
            if (leftOut > 0) {
                leftOut++;
                continue;
            }
            String name = org.findUnit(child.unitCode()).map(u -> u.name()).orElse(child.unitCode());
            String row = "| " + tableCell(name)
                    + " | " + VietnameseNumbers.integer(child.staffCount())
                    + " | " + VietnameseNumbers.integer(child.registeredCount())
                    + " | " + (child.submittedAt() == null ? "" : DeadlineCalendar.label(child.submittedAt()))
                    + " | " + child.returnCount() + " |\n";
            if (md.length() + row.length() + total.length() > FormStrings.ROOM_FOR_ROWS) {
                leftOut++;
                continue;
            }
            md.append(row);
        }
        if (leftOut > 0) {
            md.append("| _").append(Messages.get("report.form.children.leftOut", VietnameseNumbers.integer(leftOut)))
                    .append("_ |  |  |  |  |\n");
        }
        return md.append(total).toString();
    }
}
