package vn.thidua.dossier;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import vn.thidua.campaign.Campaign;
import vn.thidua.org.Unit;
import vn.thidua.report.Report;
import vn.thidua.rules.TitleRule;

/**
 * A unit's tổng kết dossier as one person sees it: the nominations its dossier holds (its own and those its
 * children forwarded) and those it sent up, with where each stands now, the verdicts, the council's meeting and
 * votes, and what this person may do now.
 *
 * @param title         the report's title ("Tổng kết đợt 2 – Trường TH Lê Lợi – …")
 * @param report        the unit's tổng kết report
 * @param campaign      its campaign
 * @param unit          the unit
 * @param ruleSetName   name and legal basis of the campaign's rule set
 * @param titles        the rule set's titles, lowest rank first
 * @param entries       every nomination the unit's dossier holds or sent up to the levels above
 * @param votes         this unit's council votes by nomination id
 * @param meeting       this unit's council meeting, if recorded
 * @param decisions     award decisions this unit issued in the campaign
 * @param namingDecisions award decisions of other units that grant nominations of this page
 * @param canEditList   the unit's staff are preparing the report
 * @param canVote       the unit's council is to record its meeting
 * @param canReject     the parent's staff are reviewing the report
 */
record DossierView(String title, Report report, Campaign campaign, Unit unit, String ruleSetName, List<TitleRule> titles,
                          List<DossierEntry> entries, Map<Long, CouncilRepository.Vote> votes,
                          Optional<CouncilMeeting> meeting, List<IssuedDecision> decisions,
                          List<IssuedDecision> namingDecisions, boolean canEditList,
                          boolean canVote, boolean canReject) {

    /** The nominations the unit's dossier holds now. */
    public List<DossierEntry> held() {
        return entries.stream().filter(this::isHeld).toList();
    }

    /** True while the nomination is in this unit's dossier, not sent up. */
    public boolean isHeld(DossierEntry entry) {
        return entry.atUnitCode().equals(unit.code());
    }

    /** The unit's own nominations still in its dossier, in its order: what its list editor edits. */
    public List<DossierEntry> own() {
        return entries.stream().filter(e -> e.originReportId() == report.id() && isHeld(e) && !e.isModel()
                && e.originUnitCode().equals(unit.code())).toList();
    }

    /** What the unit's council votes on: every nomination still proposed in its dossier. */
    public List<DossierEntry> toVote() {
        return entries.stream().filter(e -> isHeld(e) && e.status() == NominationStatus.PROPOSED).toList();
    }

    /** The decision that grants the nomination, whoever issued it. */
    public Optional<IssuedDecision> decisionOf(DossierEntry entry) {
        return entry.decisionId() == null ? Optional.empty()
                : Stream.concat(decisions.stream(), namingDecisions.stream())
                        .filter(d -> d.id() == entry.decisionId()).findFirst();
    }

    public String titleName(String code) {
        return titles.stream().filter(t -> t.code().equals(code)).map(TitleRule::name).findFirst().orElse(code);
    }
}
