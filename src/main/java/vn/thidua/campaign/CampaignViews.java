package vn.thidua.campaign;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.security.SignedInUser;

/** A campaign as its readers see it: only to people of its tree and administrators ({@link CampaignAccess}). */
@Component
class CampaignViews {

    private final CampaignRepository campaigns;
    private final CampaignAccess access;

    CampaignViews(CampaignRepository campaigns, CampaignAccess access) {
        this.campaigns = campaigns;
        this.access = access;
    }

    /**
     * @param reminders  the schedule the launcher set; empty parts follow thidua.deadline
     * @param planPhases the phases as a campaign over several school years lists them (its {@code phases} are its
     *                   report rounds); empty otherwise
     * @param rounds     the report rounds with their school year, opening day and the campaign of a yearly round
     */
    record CampaignView(Campaign campaign, List<CampaignPhase> phases, CampaignReminders reminders,
                        List<CampaignPhase> planPhases, List<ReportRound> rounds) {
    }

    CampaignView view(SignedInUser user, long id) {
        Campaign campaign = campaigns.get(id);
        access.requireCanSee(user, campaign.rootUnitCode());
        return new CampaignView(campaign, campaigns.phases(id), campaigns.reminders(id), campaigns.planPhases(id),
                campaigns.rounds(id));
    }
}
