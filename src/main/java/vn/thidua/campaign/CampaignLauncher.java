package vn.thidua.campaign;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.campaign.CampaignLaunchValidator.ValidLaunch;
import vn.thidua.campaign.CampaignProcess.Vars;
import vn.thidua.security.SignedInUser;

/**
 * Launches a campaign for automation and the demo exactly as the Tasklist start form does: the same process,
 * the same variables, the launcher as initiator. Checks first, so a bad launch gets every error at once.
 */
@Service
public class CampaignLauncher {

    private final CampaignLaunchValidator validator;
    private final RuntimeService runtimeService;
    private final IdentityService identityService;
    private final ObjectMapper json;

    CampaignLauncher(CampaignLaunchValidator validator, RuntimeService runtimeService,
                            IdentityService identityService, ObjectMapper json) {
        this.validator = validator;
        this.runtimeService = runtimeService;
        this.identityService = identityService;
        this.json = json;
    }

    public record Launched(long id, String processInstanceId) {
    }

    public Launched launch(CampaignLaunch launch, SignedInUser user) {
        ValidLaunch valid = validator.validate(launch, user.username(), user.isAdmin());
        Map<String, Object> variables;
        try {
            variables = Variables.createVariables()
                    .putValue(Vars.CAMPAIGN_NAME, valid.launch().name())
                    .putValue(Vars.SCHOOL_YEAR, valid.launch().schoolYear())
                    .putValue(Vars.ROOT_UNIT_CODE, valid.rootUnit().code())
                    .putValue(Vars.LEAD_DAYS, valid.launch().leadDays())
                    .putValue(Vars.RULE_SET_ID, valid.launch().ruleSetId())
                    .putValue(Vars.REMINDER_DAYS_BEFORE, valid.launch().reminderDaysBefore())
                    .putValue(Vars.DUE_DAY_REMINDER_AT, valid.launch().dueDayReminderAt())
                    .putValue(Vars.ESCALATE_AFTER_WORKING_DAYS, valid.launch().escalateAfterWorkingDays())
                    .putValue(Vars.PHASE_LINES, valid.launch().phaseLines())
                    .putValue(Vars.YEARLY_REPORT_DEADLINE, valid.launch().yearlyReportDeadline())
                    .putValue(Vars.RECEIVERS, valid.launch().receivers())
                    .putValue(Vars.PHASES, SpinValues.jsonValue(json.writeValueAsString(launch.phases())).create());
            if (valid.launch().withRegistration()) {
                variables.put(Vars.REGISTRATION, true);
                variables.put(Vars.REGISTRATION_DEADLINE, valid.launch().registrationDeadline());
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write phases as JSON", e);
        }
        var previous = identityService.getCurrentAuthentication();
        identityService.setAuthentication(user.username(), user.groupIds());
        try {
            ProcessInstanceWithVariables instance = runtimeService.createProcessInstanceByKey(CampaignProcess.KEY)
                    .setVariables(variables)
                    .executeWithVariablesInReturn();
            long id = CampaignVariables.campaignId(instance.getVariables());
            return new Launched(id, instance.getId());
        } finally {
            if (previous == null) {
                identityService.clearAuthentication();
            } else {
                identityService.setAuthentication(previous);
            }
        }
    }

    /** Groups of a user as Camunda knows them, for launching on someone's behalf (demo, tests). */
    public SignedInUser asUser(String username) {
        List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(g -> g.getId()).toList();
        return new SignedInUser(username, groups);
    }
}
