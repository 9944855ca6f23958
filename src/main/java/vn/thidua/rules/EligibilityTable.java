package vn.thidua.rules;

import java.util.List;
import java.util.Map;

/**
 * A rule set's eligibility decision table (hit policy COLLECT): one matching row per unmet criterion, each with
 * outputs {@code code} and {@code message}.
 */
@FunctionalInterface
interface EligibilityTable {

    String OUTPUT_CODE = "code";
    String OUTPUT_MESSAGE = "message";

    List<UnmetCriterion> unmet(Map<String, Object> inputs);
}
