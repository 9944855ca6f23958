package vn.thidua.rules;

import java.time.OffsetDateTime;

/**
 * One deployed version of a rule set, as kept in table {@code rule_set}.
 *
 * @param legalBasis  the legal bases on one line ({@link RuleSetDefinition#legalBasesLine()}), for lists
 * @param definition  ruleset.json exactly as deployed
 * @param deployedBy  the administrator who uploaded it, null for the versions shipped with the application
 */
public record RuleSetVersion(String ruleSetId, int version, String deploymentId, String decisionKey,
                             String decisionDefinitionId, String name, String legalBasis, String definition,
                             String contentHash, String deployedBy, OffsetDateTime deployedAt) {

    public RuleSetRef ref() {
        return new RuleSetRef(ruleSetId, version);
    }
}
