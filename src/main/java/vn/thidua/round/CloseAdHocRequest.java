package vn.thidua.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignRepository;
import vn.thidua.round.RoundProcess.Vars;

/** {@code Task_CloseAdHocRequest}: every report asked for has reached the asking level. */
@Component("closeAdHocRequest")
class CloseAdHocRequest implements JavaDelegate {

    private final CampaignRepository campaigns;

    CloseAdHocRequest(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.close(((Number) execution.getVariable(Vars.CAMPAIGN_ID)).longValue());
    }
}
