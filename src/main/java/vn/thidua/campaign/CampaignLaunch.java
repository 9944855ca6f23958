package vn.thidua.campaign;

import java.util.List;

/**
 * What the launch form or {@code POST /api/campaigns} says. Dates are yyyy-MM-dd strings as the form sends
 * them; {@link CampaignLaunchValidator} turns them into a checked {@link ValidLaunch} or lists every problem.
 *
 * @param rootUnitCode unit whose subtree runs the campaign; the launcher's own unit when null
 * @param leadDays     days each level reports before its parent; configuration's default when null
 */
public record CampaignLaunch(String name, String schoolYear, String rootUnitCode, Integer leadDays,
                             List<Phase> phases) {

    public CampaignLaunch {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    public record Phase(String name, String startsOn, String endsOn, String reportDeadline) {
    }
}
