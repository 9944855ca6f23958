package vn.thidua.campaign;

import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.thidua.campaign.CampaignProcess.Vars;

/**
 * Typed access to the variables of {@code processes/campaign.bpmn} that its delegates read (the names are those of
 * {@link Vars}; the launch form's own fields are read by {@link LaunchVariables}).
 */
final class CampaignVariables {

    private final VariableScope scope;

    private CampaignVariables(VariableScope scope) {
        this.scope = scope;
    }

    static CampaignVariables of(VariableScope scope) {
        return new CampaignVariables(scope);
    }

    /** The campaign's id, set once it is registered. */
    long campaignId() {
        return ((Number) scope.getVariable(Vars.CAMPAIGN_ID)).longValue();
    }

    /** The campaign's id among an instance's variables (as a start returns them). */
    static long campaignId(Map<String, Object> variables) {
        return ((Number) variables.get(Vars.CAMPAIGN_ID)).longValue();
    }

    /** Username of whoever started the launch; null when the process was started without one. */
    String launchedBy() {
        return (String) scope.getVariable(Vars.LAUNCHED_BY);
    }
}
