package vn.thidua.rules;

/** A launch or campaign names a rule set that is not deployed. */
public class UnknownRuleSetException extends RuntimeException {

    private final String ruleSetId;

    public UnknownRuleSetException(String ruleSetId) {
        super("No rule set deployed with id " + ruleSetId);
        this.ruleSetId = ruleSetId;
    }

    public String ruleSetId() {
        return ruleSetId;
    }
}
