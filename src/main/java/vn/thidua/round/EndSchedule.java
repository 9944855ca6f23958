package vn.thidua.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignRepository;
import vn.thidua.round.RoundProcess.Vars;

/** {@code Task_EndSchedule}: the schedule ended; no round opens any more (rounds already open run to their end). */
@Component("endSchedule")
class EndSchedule implements JavaDelegate {

    private final CampaignRepository campaigns;

    EndSchedule(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public void execute(DelegateExecution execution) {
        campaigns.close(((Number) execution.getVariable(Vars.CAMPAIGN_ID)).longValue());
    }
}
