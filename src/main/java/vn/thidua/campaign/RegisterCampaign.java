package vn.thidua.campaign;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignLaunchValidator.ValidLaunch;
import vn.thidua.campaign.CampaignProcess.Vars;
import vn.thidua.deadline.EngineClock;
import vn.thidua.problem.EngineRefusals;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.SignedInUser;

/**
 * {@code Task_RegisterCampaign}: checks what the launch form said and records the campaign and its phases.
 * A bad launch fails the start (nothing is kept) with every problem listed, so Tasklist shows them.
 */
@Component("registerCampaign")
class RegisterCampaign implements JavaDelegate {

    private static final Logger log = LoggerFactory.getLogger(RegisterCampaign.class);

    private final CampaignLaunchValidator validator;
    private final CampaignRepository campaigns;
    private final EngineClock clock;

    RegisterCampaign(CampaignLaunchValidator validator, CampaignRepository campaigns, EngineClock clock) {
        this.validator = validator;
        this.campaigns = campaigns;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String launchedBy = CampaignVariables.of(execution).launchedBy();
        var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        boolean admin = authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(SignedInUser.ADMIN_GROUP);
        ValidLaunch valid;
        try {
            valid = validator.validate(LaunchVariables.read(execution), launchedBy, admin);
        } catch (InvalidInputException e) {
            // Whoever started the process (Tasklist, the Java API, Cockpit) reads one sentence: put every error in it
            throw new InvalidInputException(EngineRefusals.sentence(e), e.errors());
        }
        long id = campaigns.insert(valid.launch(), valid.rootUnit().code(), launchedBy == null ? "" : launchedBy,
                clock.now(), execution.getProcessInstanceId(), valid.ruleSet(), valid.reminders());
        List<Integer> phaseNos = valid.phases().stream().map(p -> {
            campaigns.insertPhase(new CampaignPhase(id, p.phaseNo(), p.name(), p.kind(), p.startsOn(), p.endsOn(),
                    p.reportDeadline()));
            return p.phaseNo();
        }).toList();
        if (valid.multiYear() != null) {
            registerMultiYear(id, valid.multiYear());
        }
        execution.setVariable(Vars.CAMPAIGN_ID, id);
        execution.setVariable(Vars.ROOT_UNIT_CODE, valid.rootUnit().code());
        execution.setVariable(Vars.PHASE_NOS, phaseNos);
        execution.setVariable(Vars.CAMPAIGN_NAME, valid.launch().name());
        execution.setVariable(Vars.RULE_SET, valid.ruleSet().toString());
        execution.setVariable(Vars.RECEIVERS, valid.launch().receivers());
        log.info("Campaign {} launched for unit {} with {} phases on rule set {} (process {})", id,
                valid.rootUnit().code(), phaseNos.size(), valid.ruleSet(), execution.getProcessInstanceId());
    }

    /** The plan's phases, and each round's school year and opening day; a yearly round gets its year's campaign. */
    private void registerMultiYear(long id, MultiYearPlan plan) {
        plan.phases().forEach(phase -> campaigns.insertPlanPhase(id, phase));
        for (MultiYearPlan.Round round : plan.rounds()) {
            CampaignPhase p = round.phase();
            Long yearly = null;
            if (round.yearly()) {
                yearly = campaigns.insertYearly(id, round.schoolYear());
                campaigns.insertPhase(new CampaignPhase(yearly, 1, p.name(), p.kind(), p.startsOn(), p.endsOn(),
                        p.reportDeadline()));
                campaigns.describeRound(yearly, 1, round.schoolYear(), round.opensOn(), null);
            }
            campaigns.describeRound(id, p.phaseNo(), round.schoolYear(), round.opensOn(), yearly);
        }
    }
}
