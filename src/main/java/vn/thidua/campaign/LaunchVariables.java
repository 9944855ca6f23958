package vn.thidua.campaign;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;

import vn.thidua.campaign.CampaignProcess.Vars;

/** Reads a {@link CampaignLaunch} from the launch form's variables (phases arrive as a Json list). */
final class LaunchVariables {

    private LaunchVariables() {
    }

    static CampaignLaunch read(VariableScope scope) {
        return new CampaignLaunch(
                string(scope.getVariable(Vars.CAMPAIGN_NAME)),
                string(scope.getVariable(Vars.SCHOOL_YEAR)),
                string(scope.getVariable(Vars.ROOT_UNIT_CODE)),
                integer(scope.getVariable(Vars.LEAD_DAYS)),
                scope.hasVariable(Vars.PHASES) ? phases(scope.getVariable(Vars.PHASES)) : formPhases(scope),
                string(scope.getVariable(Vars.RULE_SET_ID)),
                string(scope.getVariable(Vars.REMINDER_DAYS_BEFORE)),
                string(scope.getVariable(Vars.DUE_DAY_REMINDER_AT)),
                integer(scope.getVariable(Vars.ESCALATE_AFTER_WORKING_DAYS)),
                string(scope.getVariable(Vars.PHASE_LINES)),
                string(scope.getVariable(Vars.YEARLY_REPORT_DEADLINE)),
                bool(scope.getVariable(Vars.REGISTRATION)),
                string(scope.getVariable(Vars.REGISTRATION_DEADLINE)),
                string(scope.getVariable(Vars.RECEIVERS)));
    }

    /** phase1Name, phase1StartsOn … phase2… as the launch form submits them, until a phase is absent. */
    private static List<CampaignLaunch.Phase> formPhases(VariableScope scope) {
        List<CampaignLaunch.Phase> phases = new ArrayList<>();
        for (int n = 1; ; n++) {
            String prefix = Vars.PHASE_FIELD_PREFIX + n;
            if (!scope.hasVariable(prefix + "Name") && !scope.hasVariable(prefix + "StartsOn")) {
                return phases;
            }
            phases.add(new CampaignLaunch.Phase(string(scope.getVariable(prefix + "Name")),
                    string(scope.getVariable(prefix + "StartsOn")), string(scope.getVariable(prefix + "EndsOn")),
                    string(scope.getVariable(prefix + "ReportDeadline"))));
        }
    }

    private static List<CampaignLaunch.Phase> phases(Object value) {
        List<CampaignLaunch.Phase> phases = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            for (SpinJsonNode p : json.elements()) {
                phases.add(new CampaignLaunch.Phase(text(p, "name"), text(p, "startsOn"), text(p, "endsOn"),
                        text(p, "reportDeadline")));
            }
        }
        return phases;
    }

    private static String text(SpinJsonNode node, String property) {
        if (!node.hasProp(property)) {
            return null;
        }
        SpinJsonNode value = node.prop(property);
        return value.isNull() ? null : value.isString() ? value.stringValue() : value.toString();
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }

    private static Boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value instanceof String s ? Boolean.valueOf(s.trim()) : null;
    }

    private static Integer integer(Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        if (value instanceof String s && !s.isBlank()) {
            try {
                return Integer.valueOf(s.trim());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        return null;
    }
}
