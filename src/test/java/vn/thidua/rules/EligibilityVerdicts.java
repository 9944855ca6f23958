package vn.thidua.rules;

import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;

import vn.thidua.nomination.Nomination;

/**
 * An eligibility table's verdict on one nomination, taken as the rule book takes it (the same inputs, the same
 * reading of the result), for tests of other modules that judge nominations by a table they parse themselves.
 */
public final class EligibilityVerdicts {

    private EligibilityVerdicts() {
    }

    /** The codes of the criteria the nomination does not meet, in the table's order. */
    public static List<String> unmet(DmnEngine engine, DmnDecision table, Nomination nomination) {
        return EligibilityDmn.unmet(engine.evaluateDecision(table, EligibilityInputs.of(nomination))).stream()
                .map(UnmetCriterion::code).toList();
    }
}
