package vn.thidua.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.thidua.campaign.Campaign;
import vn.thidua.org.Unit;
import vn.thidua.report.Report;
import vn.thidua.rules.TitleRule;

/**
 * A unit's tổng kết dossier as one person sees it: the nominations its dossier holds (its own and those its
 * children forwarded), the verdicts, the council's meeting and votes, and what this person may do now.
 *
 * @param report        the unit's tổng kết report
 * @param campaign      its campaign
 * @param unit          the unit
 * @param ruleSetName   name and legal basis of the campaign's rule set
 * @param titles        the rule set's titles, lowest rank first
 * @param entries       every nomination the unit's dossier holds
 * @param votes         this unit's council votes by nomination id
 * @param meeting       this unit's council meeting, if recorded
 * @param decisions     award decisions this unit issued in the campaign
 * @param canEditList   the unit's staff are preparing the report
 * @param canVote       the unit's council is to record its meeting
 * @param canReject     the parent's staff are reviewing the report
 */
public record DossierView(Report report, Campaign campaign, Unit unit, String ruleSetName, List<TitleRule> titles,
                          List<DossierEntry> entries, Map<Long, CouncilRepository.Vote> votes,
                          Optional<CouncilMeeting> meeting, List<IssuedDecision> decisions, boolean canEditList,
                          boolean canVote, boolean canReject) {

    /** The unit's own nominations, in its order. */
    public List<DossierEntry> own() {
        return entries.stream().filter(e -> e.originReportId() == report.id()).toList();
    }

    /** What the unit's council votes on: every nomination still proposed in its dossier. */
    public List<DossierEntry> toVote() {
        return entries.stream().filter(e -> e.status() == NominationStatus.PROPOSED).toList();
    }

    public String titleName(String code) {
        return titles.stream().filter(t -> t.code().equals(code)).map(TitleRule::name).findFirst().orElse(code);
    }
}
