package vn.thidua.campaign;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import vn.thidua.org.Receivers;

/**
 * Campaigns launched before their receivers were kept on their row (V23__campaign_receivers.sql) get them at start,
 * from the launch's process variable {@code receivers} (the campaign's, or an ad-hoc request's); none found: the
 * parent only, as every report went before. Each campaign once: later starts find nothing to do.
 */
@Component
class CampaignReceiversBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(CampaignReceiversBackfill.class);

    private final CampaignRepository campaigns;
    private final HistoryService history;

    CampaignReceiversBackfill(CampaignRepository campaigns, HistoryService history) {
        this.campaigns = campaigns;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CampaignRepository.Unknown campaign : campaigns.withoutReceivers()) {
            Receivers receivers = campaign.processInstanceId() == null ? Receivers.PARENT
                    : history.createHistoricVariableInstanceQuery().processInstanceId(campaign.processInstanceId())
                    .variableName(CampaignProcess.Vars.RECEIVERS).list().stream()
                    .map(HistoricVariableInstance::getValue).filter(v -> v != null && Receivers.isValid(v))
                    .map(Receivers::of).findFirst().orElse(Receivers.PARENT);
            campaigns.setReceivers(campaign.id(), receivers.name());
            log.info("Campaign {}: its reports go to {} (from its launch)", campaign.id(), receivers);
        }
        campaigns.copyReceiversToYearly();
    }
}
