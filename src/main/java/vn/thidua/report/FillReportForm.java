package vn.thidua.report;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.dossier.AwardDecisionService;
import vn.thidua.dossier.DossierForms;
import vn.thidua.org.OrgDirectory;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * Task listener (create) of every report task: puts what the form shows into task-local variables. The report's
 * content lives in our tables; task-local copies vanish with the task, and whatever the user submits stays local
 * to the task until the complete listener stores it.
 */
@Component("fillReportForm")
public class FillReportForm implements TaskListener {

    private final ReportContext context;
    private final ReportRepository reports;
    private final AttachmentRepository attachments;
    private final OrgDirectory org;
    private final DossierForms dossierForms;
    private final AwardDecisionService decisions;

    public FillReportForm(ReportContext context, ReportRepository reports, AttachmentRepository attachments,
                          OrgDirectory org, DossierForms dossierForms, AwardDecisionService decisions) {
        this.context = context;
        this.reports = reports;
        this.attachments = attachments;
        this.org = org;
        this.dossierForms = dossierForms;
        this.decisions = decisions;
    }

    /** "Hạn nộp: 17:00 ngày 15/12/2026", with why it moved when the day asked for was a day off. */
    static String deadlineLabel(java.time.OffsetDateTime deadline, java.time.LocalDate requestedDay) {
        return "Hạn nộp: " + DeadlineCalendar.label(deadline, requestedDay);
    }

    @Override
    public void notify(DelegateTask task) {
        long reportId = ((Number) task.getVariable(Vars.REPORT_ID)).longValue();
        ReportContext.View view = context.of(reportId);
        Report report = view.report();
        List<Report> children = reports.children(report.campaignId(), report.phaseNo(), report.unitCode());

        task.setVariableLocal(FormFields.UNIT_NAME, view.unit().name());
        task.setVariableLocal(FormFields.DEADLINE_LABEL, deadlineLabel(report.deadline(),
                DeadlineCalendar.parseDay(task.getVariable(Vars.DEADLINE_REQUESTED_DAY))));
        task.setVariableLocal(FormFields.SUMMARY, report.summary());
        task.setVariableLocal(FormFields.STAFF_COUNT, report.staffCount() != null ? report.staffCount()
                : sum(children.stream().map(Report::staffCount).toList()));
        task.setVariableLocal(FormFields.REGISTERED_COUNT, report.registeredCount() != null
                ? report.registeredCount() : sum(children.stream().map(Report::registeredCount).toList()));
        task.setVariableLocal(FormFields.HIGHLIGHTS, report.highlights());
        task.setVariableLocal(FormFields.ATTACHMENTS_URL, "/reports/" + reportId + "/attachments");
        boolean review = UnitReportProcess.REVIEW_REPORT.equals(task.getTaskDefinitionKey());
        task.setVariableLocal(FormFields.OVERVIEW_URL, "/campaigns/" + report.campaignId() + "/overview?unit="
                + (review && report.parentUnitCode() != null ? report.parentUnitCode() : report.unitCode()));
        task.setVariableLocal(FormFields.ATTACHMENT_NAMES, attachments.list(reportId).stream()
                .map(Attachment::fileName).collect(Collectors.joining(", ")));
        task.setVariableLocal(FormFields.CHILDREN_SUMMARY, childrenSummary(children));
        task.setVariableLocal(FormFields.SUBMITTED_LABEL, report.submittedAt() == null ? ""
                : "Đã nộp lúc " + DeadlineCalendar.label(report.submittedAt()));

        boolean dossier = Boolean.TRUE.equals(task.getVariable(Vars.DOSSIER));
        task.setVariableLocal(Vars.DOSSIER, dossier);
        task.setVariableLocal(FormFields.DOSSIER_URL, dossier ? DossierForms.pageUrl(reportId) : null);
        task.setVariableLocal(FormFields.NOMINATION_SUMMARY, dossier ? dossierForms.summary(report) : null);

        switch (task.getTaskDefinitionKey()) {
            case UnitReportProcess.PREPARE_REPORT -> {
                task.setVariableLocal(FormFields.RETURN_REASONS, report.status() == ReportStatus.RETURNED
                        ? reports.lastReturn(reportId).map(ReportRepository.Return::reasons).orElse("") : "");
                task.setVariableLocal(FormFields.HEAD_COMMENT, Objects.toString(report.headComment(), ""));
            }
            case UnitReportProcess.APPROVE_REPORT -> {
                task.setVariableLocal(Vars.HEAD_DECISION, null);
                task.setVariableLocal(FormFields.HEAD_COMMENT, null);
            }
            case UnitReportProcess.COUNCIL_VOTE -> task.setVariableLocal(FormFields.COUNCIL_CONFIRMED, null);
            case UnitReportProcess.ISSUE_DECISION -> {
                task.setVariableLocal(FormFields.NOMINATION_SUMMARY, dossierForms.toGrant(report));
                task.setVariableLocal(FormFields.DECISION_NUMBER, null);
                task.setVariableLocal(FormFields.DECISION_SIGNED_ON, null);
                task.setVariableLocal(FormFields.SIGNER_NAME, decisions.headName(report.unitCode()));
                task.setVariableLocal(FormFields.SIGNER_POSITION, null);
            }
            case UnitReportProcess.REVIEW_REPORT -> {
                task.setVariableLocal(Vars.REVIEW_DECISION, null);
                task.setVariableLocal(FormFields.RETURN_REASONS, null);
                task.setVariableLocal(FormFields.NEW_DEADLINE, null);
            }
            default -> throw new IllegalStateException("No report form for " + task.getTaskDefinitionKey());
        }
    }

    private static Integer sum(List<Integer> values) {
        return values.isEmpty() || values.stream().anyMatch(Objects::isNull) ? null
                : values.stream().mapToInt(Integer::intValue).sum();
    }

    /** A Markdown table of the children's accepted reports, for the consolidating unit. */
    private String childrenSummary(List<Report> children) {
        if (children.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("| Đơn vị | Tổng số CB-GV-NV | Đăng ký thi đua | Nộp lúc | Số lần trả |\n")
                .append("|---|---:|---:|---|---:|\n");
        for (Report child : children) {
            md.append("| ").append(org.findUnit(child.unitCode()).map(u -> u.name()).orElse(child.unitCode()))
                    .append(" | ").append(Objects.toString(child.staffCount(), ""))
                    .append(" | ").append(Objects.toString(child.registeredCount(), ""))
                    .append(" | ").append(child.submittedAt() == null ? "" : DeadlineCalendar.label(child.submittedAt()))
                    .append(" | ").append(child.returnCount()).append(" |\n");
        }
        Integer staff = sum(children.stream().map(Report::staffCount).toList());
        Integer registered = sum(children.stream().map(Report::registeredCount).toList());
        md.append("| **Tổng cộng** | ").append(Objects.toString(staff, "")).append(" | ")
                .append(Objects.toString(registered, "")).append(" |  |  |\n");
        return md.toString();
    }
}
