package vn.thidua.campaign;

import java.time.LocalDate;

/**
 * A report round of a campaign with what a campaign over several school years adds to its phase row.
 *
 * @param schoolYear      the school year the round reports on; null: the campaign's
 * @param opensOn         the day its report opens
 * @param roundCampaignId the campaign of the school year that runs a yearly evaluation round (its reports,
 *                        dossiers and decisions are that campaign's, phase 1); null when this campaign runs it
 */
public record ReportRound(CampaignPhase phase, String schoolYear, LocalDate opensOn, Long roundCampaignId) {

    /** The campaign and phase number under which the round's reports are filed. */
    public long reportCampaignId() {
        return roundCampaignId == null ? phase.campaignId() : roundCampaignId;
    }

    public int reportPhaseNo() {
        return roundCampaignId == null ? phase.phaseNo() : 1;
    }
}
