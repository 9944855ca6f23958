package vn.thidua.rules;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.rules.RuleSetDeployment.Deployed;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/** The rule sets as people see them: anyone signed in lists them, an administrator deploys a new version. */
@Service
class RuleSets {

    private final RuleSetRepository repository;
    private final RuleSetDeployment deployment;
    private final RuleBook ruleBook;

    RuleSets(RuleSetRepository repository, RuleSetDeployment deployment, RuleBook ruleBook) {
        this.repository = repository;
        this.deployment = deployment;
        this.ruleBook = ruleBook;
    }

    /**
     * A rule set's newest version as the API shows it.
     *
     * @param ref       what a launch pins, e.g. "giao-duc-2025:2"
     * @param isDefault whether launches that name no rule set use it
     * @param legalBasis the legal bases on one line
     * @param legalBases the legal bases as a decision prints them, one "Căn cứ …;" line each
     * @param created   on a deploy: false when the content equals the newest version (nothing new was made)
     */
    record RuleSetView(String id, int version, String ref, String name, String legalBasis,
                       List<String> legalBases, OffsetDateTime deployedAt, String deployedBy, boolean isDefault,
                       Boolean created) {

        static RuleSetView of(RuleSetVersion v, String defaultId, Boolean created) {
            return new RuleSetView(v.ruleSetId(), v.version(), v.ref().toString(), v.name(), v.legalBasis(),
                    RuleSetDefinition.parseDeployed(v.definition().getBytes(StandardCharsets.UTF_8)).legalBases(),
                    v.deployedAt(), v.deployedBy(), v.ruleSetId().equals(defaultId), created);
        }
    }

    List<RuleSetView> list(SignedInUser user) {
        return repository.latestOfEach().stream()
                .map(v -> RuleSetView.of(v, ruleBook.defaultRuleSetId(), null)).toList();
    }

    /**
     * Deploys ruleset.json with eligibility.dmn as the rule set's next version (none when both equal the newest).
     *
     * @param ruleset     the file's content, null or empty when none was sent
     * @param eligibility the file's content, null or empty when none was sent
     */
    RuleSetView deploy(SignedInUser user, byte[] ruleset, byte[] eligibility) {
        SignedInUser admin = user.requireAdmin();
        List<InputError> errors = new ArrayList<>();
        if (ruleset == null || ruleset.length == 0) {
            errors.add(new InputError(0, 0, "ruleset", Messages.get("rules.upload.rulesetMissing")));
        }
        if (eligibility == null || eligibility.length == 0) {
            errors.add(new InputError(0, 0, EligibilityDmn.FIELD, Messages.get("rules.upload.dmnMissing")));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("rules.upload.invalid", errors.size()), errors);
        }
        Deployed deployed = deployment.deploy(ruleset, eligibility, null, admin.username());
        return RuleSetView.of(deployed.version(), ruleBook.defaultRuleSetId(), deployed.created());
    }
}
