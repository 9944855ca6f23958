package vn.thidua.rules;

import java.util.List;

/**
 * The rule set's verdict on one nomination: eligibility (DMN), quotas over the unit's list and history
 * (consecutive years). Never a bare yes/no: every unmet criterion comes back with its message.
 *
 * @param index the nomination's position in the judged list, from 0
 * @param unmet every criterion not met; empty means eligible
 */
public record Verdict(int index, List<UnmetCriterion> unmet) {

    public boolean eligible() {
        return unmet.isEmpty();
    }
}
