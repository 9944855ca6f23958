package vn.thidua.dossier;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.rules.PinnedRuleSet;
import vn.thidua.rules.RuleBook;

/** The rule set a campaign is judged by: the version pinned when it was launched, whatever was deployed since. */
@Component
class CampaignRules {

    private final RuleBook ruleBook;
    private final CampaignRepository campaigns;

    CampaignRules(RuleBook ruleBook, CampaignRepository campaigns) {
        this.ruleBook = ruleBook;
        this.campaigns = campaigns;
    }

    public PinnedRuleSet of(long campaignId) {
        Campaign campaign = campaigns.get(campaignId);
        if (campaign.ruleSet() == null) {
            throw new IllegalStateException("Campaign " + campaignId + " has no rule set pinned");
        }
        return ruleBook.open(campaign.ruleSet());
    }
}
