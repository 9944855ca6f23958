package vn.thidua.rules;

import java.util.List;

/**
 * The rule sets (bộ quy tắc) the product judges dossiers by. A rule set has an id and a legal basis, holds DMN
 * decision tables in {@code processes/} and the numbers (quotas, vote thresholds, which level decides which
 * title). A campaign is pinned to one deployed version of one rule set at launch and is judged by it until it
 * closes, even after a newer version is deployed.
 */
public interface RuleBook {

    /** Id of the rule set used when a launch names none (configuration). */
    String defaultRuleSetId();

    /** Every rule set available to launch with, newest version of each. */
    List<RuleSetInfo> available();

    /**
     * Pins the newest deployed version of {@code ruleSetId}; the campaign stores the returned reference.
     *
     * @throws vn.thidua.problem.InvalidInputException if no such rule set is deployed (field {@code ruleSetId})
     */
    RuleSetRef pin(String ruleSetId);

    /** The pinned version, exactly as it was when pinned. */
    PinnedRuleSet open(RuleSetRef ref);
}
