package vn.thidua.dossier;

import vn.thidua.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.report.Report;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportRepository;
import vn.thidua.rules.CouncilVote;
import vn.thidua.rules.PinnedRuleSet;
import vn.thidua.rules.UnmetCriterion;
import vn.thidua.rules.VoteOutcome;

/**
 * What the process steps of a tổng kết do to the dossier: open a new round, apply the council's votes (decide
 * what is in the level's power, keep the rest proposed with the level's opinion), and move what is still
 * proposed up to the parent when the parent accepts the dossier.
 */
@Component
class DossierFlow {

    private final ReportRepository reports;
    private final NominationRepository nominations;
    private final CouncilRepository council;
    private final CampaignRules campaignRules;
    private final OrgDirectory org;

    DossierFlow(ReportRepository reports, NominationRepository nominations, CouncilRepository council,
                       CampaignRules campaignRules, OrgDirectory org) {
        this.reports = reports;
        this.nominations = nominations;
        this.council = council;
        this.campaignRules = campaignRules;
        this.org = org;
    }

    /** The staff prepare again: what this unit's council decided, but no decision granted yet, is voted anew. */
    public void openRound(long reportId) {
        Report report = reports.get(reportId);
        nominations.reopenUndecided(report.campaignId(), report.unitCode());
    }

    /** Before the council: the staff may not send a failing nomination without saying why. */
    void checkReadyForCouncil(long reportId) {
        List<String> missing = nominations.ofOriginReport(reportId, reports.get(reportId).unitCode()).stream()
                .filter(DossierEntry::needsJustification)
                .map(e -> e.position() + ". " + e.nomination().fullName()).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException(Messages.get("flow.justificationMissing", String.join("; ", missing)));
        }
    }

    /**
     * The council's meeting is recorded: every proposed nomination gets the outcome of its vote by the rule set.
     * Passed and in this level's power: approved here. Passed and above it: stays proposed, forwarded with the
     * vote as the level's opinion. Not passed: stops here.
     *
     * @return how many nominations this level approved and has yet to grant in a decision
     */
    public int applyCouncil(long reportId) {
        Report report = reports.get(reportId);
        Unit unit = org.unit(report.unitCode());
        List<DossierEntry> open = nominations.heldBy(report.campaignId(), unit.code()).stream()
                .filter(e -> e.status() == NominationStatus.PROPOSED).toList();
        if (!open.isEmpty()) {
            CouncilMeeting meeting = council.meeting(reportId).orElseThrow(() -> new InvalidInputException(
                    Messages.get("flow.noMeeting")));
            Map<Long, CouncilRepository.Vote> votes = council.votesAt(report.campaignId(), unit.code());
            List<String> missing = open.stream().filter(e -> !votes.containsKey(e.id()))
                    .map(e -> e.nomination().fullName()).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Messages.get("flow.votesMissing", String.join("; ", missing)));
            }
            PinnedRuleSet rules = campaignRules.of(report.campaignId());
            List<CouncilRepository.Outcome> outcomes = new ArrayList<>();
            List<NominationRepository.StatusChange> statuses = new ArrayList<>();
            for (DossierEntry entry : open) {
                String title = entry.nomination().requestedTitle();
                VoteOutcome outcome = rules.count(title, new CouncilVote(meeting.membersTotal(), meeting.present(),
                        votes.get(entry.id()).votesFor(), meeting.secretBallot()));
                String reasons = String.join(" ", outcome.unmet().stream().map(UnmetCriterion::message).toList());
                outcomes.add(new CouncilRepository.Outcome(entry.id(), outcome.passed(), outcome.share(),
                        reasons.isEmpty() ? null : reasons));
                if (!outcome.passed()) {
                    statuses.add(new NominationRepository.StatusChange(entry.id(), NominationStatus.NOT_PASSED, reasons));
                } else if (rules.decides(unit.level(), unit.isRoot(), title)) {
                    statuses.add(new NominationRepository.StatusChange(entry.id(), NominationStatus.APPROVED, null));
                }
            }
            council.saveOutcomes(unit.code(), outcomes);
            nominations.setStatuses(statuses, unit.code());
        }
        return toGrant(report).size();
    }

    /** Approved by this unit's council and not yet in a decision. */
    public List<DossierEntry> toGrant(Report report) {
        return nominations.heldBy(report.campaignId(), report.unitCode()).stream()
                .filter(e -> e.status() == NominationStatus.APPROVED && e.decisionId() == null
                        && report.unitCode().equals(e.statusByUnitCode()))
                .toList();
    }

    /** The parent accepted the unit's dossier: what is still proposed goes up to the parent's. */
    int forwardAccepted(long reportId) {
        Report report = reports.get(reportId);
        if (report.parentUnitCode() == null) {
            return 0;
        }
        return nominations.forward(report.campaignId(), report.unitCode(), report.parentUnitCode());
    }
}
