package vn.thidua.campaign;

import java.time.LocalDate;

/**
 * A report round of a campaign with what a campaign over several school years adds to its phase row.
 *
 * @param schoolYear      the school year the round reports on; null: the campaign's
 * @param opensOn         the day its report opens
 * @param roundCampaignId the campaign of the school year that runs a yearly evaluation round (its reports,
 *                        dossiers and decisions are that campaign's, phase 1); null when this campaign runs it
 * @param receivers       who receives the round's reports ({@link vn.thidua.org.Receivers} name): the round's own,
 *                        else the campaign's
 */
public record ReportRound(CampaignPhase phase, String schoolYear, LocalDate opensOn, Long roundCampaignId,
                          String receivers) {

    /** A round whose reports go to the parent only. */
    public ReportRound(CampaignPhase phase, String schoolYear, LocalDate opensOn, Long roundCampaignId) {
        this(phase, schoolYear, opensOn, roundCampaignId, vn.thidua.org.Receivers.PARENT.name());
    }

    /** What users read of {@link #receivers}. */
    public String receiversLabel() {
        return CampaignReceivers.label(receivers);
    }

    /** The campaign and phase number under which the round's reports are filed. */
    public long reportCampaignId() {
        return roundCampaignId == null ? phase.campaignId() : roundCampaignId;
    }

    public int reportPhaseNo() {
        return roundCampaignId == null ? phase.phaseNo() : 1;
    }
}
