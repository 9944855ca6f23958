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
     * @param rounds     the report rounds with their school year, opening day, the campaign of a yearly round and
     *                   who receives their reports
     * @param receiversLabel who receives the reports ({@code campaign.receivers}), in words
     * @param yearly     the campaigns of the school years of a campaign over several (each runs that year's
     *                   evaluation round); empty otherwise
     */
    record CampaignView(Campaign campaign, List<CampaignPhase> phases, CampaignReminders reminders,
                        List<CampaignPhase> planPhases, List<ReportRound> rounds, String receiversLabel,
                        List<YearlyCampaign> yearly) {
    }

    /** A school year's campaign of a campaign over several. */
    record YearlyCampaign(long id, String schoolYear, String status) {
    }

    CampaignView view(SignedInUser user, long id) {
        Campaign campaign = campaigns.get(id);
        access.requireCanSee(user, campaign.rootUnitCode());
        return new CampaignView(campaign, campaigns.phases(id), campaigns.reminders(id), campaigns.planPhases(id),
                campaigns.rounds(id), campaign.receiversLabel(), campaigns.yearly(id).stream()
                .map(y -> new YearlyCampaign(y.id(), y.schoolYear(), y.status())).toList());
    }
}
