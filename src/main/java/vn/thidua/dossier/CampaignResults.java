package vn.thidua.dossier;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignRepository;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.rules.TitleRule;
import vn.thidua.security.SignedInUser;

/**
 * The results of a campaign as one user may see them: every nomination from the user's units and below, where
 * it stands and which decision grants it (the page "Kết quả thi đua, khen thưởng" and its API).
 */
@Component
class CampaignResults {

    private final AwardDecisionService decisions;
    private final CampaignRules campaignRules;
    private final CampaignRepository campaigns;
    private final OrgDirectory org;

    CampaignResults(AwardDecisionService decisions, CampaignRules campaignRules, CampaignRepository campaigns,
                           OrgDirectory org) {
        this.decisions = decisions;
        this.campaignRules = campaignRules;
        this.campaigns = campaigns;
        this.org = org;
    }

    /**
     * One nomination's outcome, flat, as the results table and the JSON show it.
     *
     * @param exemplaryModel proposed by a models review: an exemplary model (điển hình tiên tiến)
     */
    public record Line(long nominationId, String originUnitCode, String originUnitName, String fullName,
                       NomineeKind kind, String requestedTitle, String requestedTitleName, NominationStatus status,
                       String statusLabel, String reason, Long decisionId, boolean exemplaryModel) {

        public Line(long nominationId, String originUnitCode, String originUnitName, String fullName,
                    NomineeKind kind, String requestedTitle, String requestedTitleName, NominationStatus status,
                    String statusLabel, String reason, Long decisionId) {
            this(nominationId, originUnitCode, originUnitName, fullName, kind, requestedTitle, requestedTitleName,
                    status, statusLabel, reason, decisionId, false);
        }
    }

    /** The campaign's name, its lines and the decisions the user may read. */
    public record Results(long campaignId, String campaignName, List<Line> lines, List<IssuedDecision> decisions) {
    }

    public Results of(SignedInUser user, long campaignId) {
        List<DossierEntry> entries = decisions.results(user, campaignId);
        String campaignName = campaigns.get(campaignId).name();
        Map<String, String> titleNames = entries.isEmpty() ? Map.of() : campaignRules.of(campaignId).titles()
                .stream().collect(Collectors.toMap(TitleRule::code, TitleRule::name, (a, b) -> a));
        Map<String, String> unitNames = entries.stream().map(DossierEntry::originUnitCode).distinct()
                .collect(Collectors.toMap(code -> code,
                        code -> org.findUnit(code).map(Unit::name).orElse(code)));
        List<Line> lines = entries.stream().map(e -> new Line(e.id(), e.originUnitCode(),
                unitNames.get(e.originUnitCode()), e.nomination().fullName(), e.nomination().kind(),
                e.nomination().requestedTitle(),
                titleNames.getOrDefault(e.nomination().requestedTitle(), e.nomination().requestedTitle()),
                e.status(), e.status().label(), e.statusReason(), e.decisionId(), e.isModel())).toList();
        return new Results(campaignId, campaignName, lines, decisions.ofCampaign(user, campaignId));
    }
}
