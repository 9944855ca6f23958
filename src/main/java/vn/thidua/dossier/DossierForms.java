package vn.thidua.dossier;

import vn.thidua.text.Messages;
import static vn.thidua.process.FormStrings.tableCell;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.process.FormStrings;
import vn.thidua.registration.RegistrationApi;
import vn.thidua.report.Report;
import vn.thidua.report.TaskForm;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.rules.PinnedRuleSet;
import vn.thidua.rules.TitleRule;
import vn.thidua.rules.UnmetCriterion;
import vn.thidua.text.VietnameseNumbers;

/** What the tổng kết task forms show of the dossier: a link to its page and the list as a Markdown table. */
@Component
class DossierForms {

    private final NominationRepository nominations;
    private final CouncilRepository council;
    private final CampaignRules campaignRules;
    private final DossierFlow flow;
    private final OrgDirectory org;
    private final RegistrationApi registrations;
    private final TaskService taskService;

    DossierForms(NominationRepository nominations, CouncilRepository council, CampaignRules campaignRules,
                        DossierFlow flow, OrgDirectory org, TaskService taskService, RegistrationApi registrations) {
        this.registrations = registrations;
        this.taskService = taskService;
        this.nominations = nominations;
        this.council = council;
        this.campaignRules = campaignRules;
        this.flow = flow;
        this.org = org;
    }

    public static String pageUrl(long reportId) {
        return "/dossiers/" + reportId;
    }

    /**
     * The dossier's fields of a report task's form: the link to its page and the list (for the decision, what the
     * head is about to grant); empty for a report without a dossier.
     */
    void fill(TaskForm form, long reportId, boolean dossier, Supplier<Report> report, boolean decision) {
        form.set(FormFields.DOSSIER_URL, () -> dossier ? pageUrl(reportId) : null);
        form.set(FormFields.NOMINATION_SUMMARY, () -> decision ? toGrant(report.get())
                : dossier ? summary(report.get()) : null);
    }

    /**
     * Every nomination the unit's dossier holds, with the verdict, this level's vote and where it stands: a narrow
     * table (form-js does not wrap table cells), then the unmet criteria as a list.
     */
    public String summary(Report report) {
        List<DossierEntry> held = nominations.heldBy(report.campaignId(), report.unitCode());
        if (held.isEmpty()) {
            return Messages.get("form.summary.empty");
        }
        PinnedRuleSet rules = campaignRules.of(report.campaignId());
        Map<Long, CouncilRepository.Vote> votes = council.votesAt(report.campaignId(), report.unitCode());
        long failing = held.stream().filter(e -> !e.eligible()).count();
        StringBuilder md = new StringBuilder(Messages.get("form.summary.head",
                VietnameseNumbers.integer(held.size()), VietnameseNumbers.integer(held.size() - failing),
                VietnameseNumbers.integer(failing))).append("\n\n").append(Messages.get("form.summary.columns"))
                .append("\n|---:|---|---|---|---|---|\n");
        StringBuilder unmet = new StringBuilder();
        int row = 0;
        int rowsLeftOut = 0;
        for (DossierEntry e : held) {
            row++;
            if (rowsLeftOut > 0) {
                rowsLeftOut++;
                continue;
            }
            CouncilRepository.Vote vote = votes.get(e.id());
            String name = e.nomination().fullName() + (e.originUnitCode().equals(report.unitCode()) ? ""
                    : " (" + org.findUnit(e.originUnitCode()).map(Unit::name).orElse(e.originUnitCode()) + ")");
            StringBuilder line = new StringBuilder("| ").append(row).append(" | ").append(tableCell(name))
                    .append(" | ").append(tableCell(rules.title(e.nomination().requestedTitle()).map(TitleRule::name)
                            .orElse(e.nomination().requestedTitle())))
                    .append(" | ").append(e.eligible() ? Messages.get("form.summary.eligible")
                            : Messages.get("form.summary.notEligible", e.unmet().size()))
                    .append(" | ").append(vote == null ? "" : vote.votesFor() + (vote.share() == null ? ""
                            : " (" + VietnameseNumbers.percent(vote.share(), 1) + ")"))
                    .append(" | ").append(tableCell(e.status().label())).append(" |\n");
            StringBuilder why = new StringBuilder();
            if (!e.eligible() || e.statusReason() != null) {
                String unmetCriteria = e.unmet().stream().map(UnmetCriterion::message)
                        .collect(Collectors.joining(" "));
                why.append("- **").append(row).append(". ").append(tableCell(e.nomination().fullName()))
                        .append("**: ").append(tableCell(unmetCriteria))
                        .append(e.justification() == null ? ""
                                : " " + Messages.get("form.summary.justification", tableCell(e.justification())))
                        .append(e.statusReason() == null ? ""
                                : " " + tableCell(e.status().label() + ": " + e.statusReason()))
                        .append("\n");
            }
            if (md.length() + unmet.length() + line.length() + why.length() > ROOM_FOR_ROWS) {
                rowsLeftOut++;
                continue;
            }
            md.append(line);
            unmet.append(why);
        }
        if (!unmet.isEmpty()) {
            md.append("\n").append(unmet);
        }
        return md.append(leftOut(rowsLeftOut)).toString();
    }

    /** The dossier changed outside the forms: the open tasks of the report show it as it is now. */
    public void refresh(Report report) {
        if (report.processInstanceId() == null) {
            return;
        }
        for (Task task : taskService.createTaskQuery().processInstanceId(report.processInstanceId()).list()) {
            taskService.setVariableLocal(task.getId(), FormFields.NOMINATION_SUMMARY,
                    UnitReportProcess.ISSUE_DECISION.equals(task.getTaskDefinitionKey()) ? toGrant(report)
                            : summary(report));
        }
        // The registered targets the system counts from nominations are shown on the same forms.
        registrations.outcomesChanged(report.campaignId(), report.unitCode());
    }

    /** What the head is about to grant, for the decision form. */
    public String toGrant(Report report) {
        List<DossierEntry> granted = flow.toGrant(report);
        PinnedRuleSet rules = campaignRules.of(report.campaignId());
        StringBuilder md = new StringBuilder(Messages.get("form.toGrant.columns")).append("\n|---:|---|---|---|\n");
        int row = 0;
        int rowsLeftOut = 0;
        for (DossierEntry e : granted) {
            if (rowsLeftOut > 0) {
                rowsLeftOut++;
                continue;
            }
            String line = "| " + ++row + " | " + tableCell(e.nomination().fullName()) + " | "
                    + tableCell(org.findUnit(e.originUnitCode()).map(Unit::name).orElse(e.originUnitCode())) + " | "
                    + tableCell(rules.title(e.nomination().requestedTitle()).map(TitleRule::name)
                            .orElse(e.nomination().requestedTitle())) + " |\n";
            if (md.length() + line.length() > ROOM_FOR_ROWS) {
                rowsLeftOut++;
                continue;
            }
            md.append(line);
        }
        return md.append(leftOut(rowsLeftOut)).toString();
    }

    /**
     * A district's or the city's dossier holds thousands of nominations, a form's variable 4,000 characters: the form
     * shows the rows that fit and sends the reader to the dossier page for the rest, which lists them all.
     */
    static final int ROOM_FOR_ROWS = FormStrings.ROOM_FOR_ROWS;

    private static String leftOut(int rows) {
        return rows == 0 ? "" : "\n" + Messages.get("form.leftOut", VietnameseNumbers.integer(rows)) + "\n";
    }
}
