package vn.thidua.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignProcess.Vars;

/**
 * Start of {@code Start_Phase}: a yearly evaluation round of a campaign over several school years runs as the
 * campaign of its school year, phase 1. Within this instance of {@code Sub_Phase} the round's campaign and phase
 * number stand in for the campaign's (local variables), so the timer, the business key and the report chain read
 * that campaign's. Any other round runs as itself.
 */
@Component("enterReportRound")
public class EnterReportRound implements ExecutionListener {

    private final CampaignRepository campaigns;

    public EnterReportRound(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        long campaignId = CampaignVariables.of(execution).campaignId();
        int phaseNo = ((Number) execution.getVariable(Vars.PHASE_NO)).intValue();
        ReportRound round = campaigns.round(campaignId, phaseNo);
        if (round.roundCampaignId() != null) {
            execution.setVariableLocal(Vars.CAMPAIGN_ID, round.reportCampaignId());
            execution.setVariableLocal(Vars.PHASE_NO, round.reportPhaseNo());
        }
    }
}
