package vn.thidua.campaign;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CloseCampaign}: every phase's report has reached the root; the campaign is over. */
@Component("closeCampaign")
class CloseCampaign implements JavaDelegate {

    private final CampaignRepository campaigns;

    CloseCampaign(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.close(CampaignVariables.of(execution).campaignId());
    }
}
