package vn.thidua.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;

import vn.thidua.problem.InputError;
import vn.thidua.text.Messages;

/**
 * A rule set's {@code eligibility.dmn}: the checks an uploaded table must pass, and how its rows become unmet
 * criteria.
 */
final class EligibilityDmn {

    static final String FIELD = "eligibility";

    private EligibilityDmn() {
    }

    /** Every matched row, in table order: its code and its message. */
    public static List<UnmetCriterion> unmet(DmnDecisionResult result) {
        List<UnmetCriterion> unmet = new ArrayList<>();
        for (DmnDecisionResultEntries row : result) {
            Object code = row.getEntry(EligibilityTable.OUTPUT_CODE);
            Object message = row.getEntry(EligibilityTable.OUTPUT_MESSAGE);
            unmet.add(new UnmetCriterion(code == null ? "UNNAMED" : code.toString(),
                    message == null ? "" : message.toString()));
        }
        return unmet;
    }

    /** The table evaluated in this JVM by {@code engine}, outside any process engine (tests, checks). */
    public static EligibilityTable local(DmnEngine engine, DmnDecision decision) {
        return inputs -> unmet(engine.evaluateDecision(decision, inputs));
    }

    /**
     * Checks an eligibility table and returns its decision key, or null with the problems added to {@code errors}:
     * well-formed DMN, exactly one decision, a decision table with hit policy COLLECT and outputs {@code code}
     * and {@code message}, a history time to live, and a key no other rule set uses.
     *
     * @param keysOfOtherSets decision keys already used by other rule sets
     */
    public static String check(DmnEngine engine, byte[] dmn, Collection<String> keysOfOtherSets, List<InputError> errors) {
        DmnModelInstance model;
        try {
            model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn));
        } catch (RuntimeException e) {
            errors.add(error(Messages.get("rules.dmn.unreadable", rootMessage(e))));
            return null;
        }
        Collection<Decision> decisions = model.getModelElementsByType(Decision.class);
        if (decisions.size() != 1) {
            errors.add(error(Messages.get("rules.dmn.oneDecision", decisions.size())));
            return null;
        }
        Decision decision = decisions.iterator().next();
        String key = decision.getId();
        int before = errors.size();
        if (keysOfOtherSets.contains(key)) {
            errors.add(error(Messages.get("rules.dmn.keyTaken", key)));
        }
        String ttl = decision.getCamundaHistoryTimeToLiveString();
        if (ttl == null || ttl.isBlank()) {
            errors.add(error(Messages.get("rules.dmn.historyTimeToLive", key)));
        }
        if (!(decision.getExpression() instanceof DecisionTable table)) {
            errors.add(error(Messages.get("rules.dmn.notATable", key)));
            return null;
        }
        if (table.getHitPolicy() != HitPolicy.COLLECT || table.getAggregation() != null) {
            errors.add(error(Messages.get("rules.dmn.hitPolicy", key)));
        }
        Set<String> outputs = table.getOutputs().stream().map(Output::getName).collect(Collectors.toSet());
        if (!outputs.equals(Set.of(EligibilityTable.OUTPUT_CODE, EligibilityTable.OUTPUT_MESSAGE))) {
            errors.add(error(Messages.get("rules.dmn.outputs", key)));
        }
        try {
            engine.parseDecisions(model);
        } catch (RuntimeException e) {
            errors.add(error(Messages.get("rules.dmn.invalid", key, rootMessage(e))));
        }
        return errors.size() == before ? key : null;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static InputError error(String message) {
        return new InputError(0, 0, FIELD, message);
    }
}
