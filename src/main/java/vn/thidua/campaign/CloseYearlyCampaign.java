package vn.thidua.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * End of {@code End_Phase}: the yearly evaluation round of one school year has reached the root, so that year's
 * campaign is over (the campaign over several school years closes at {@code Task_CloseCampaign}). Nothing for any
 * other round.
 */
@Component("closeYearlyCampaign")
public class CloseYearlyCampaign implements ExecutionListener {

    private final CampaignRepository campaigns;

    public CloseYearlyCampaign(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void notify(DelegateExecution execution) {
        campaigns.closeYearly(CampaignVariables.of(execution).campaignId());
    }
}
