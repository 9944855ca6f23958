package vn.thidua.dossier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.rules.PinnedRuleSet;
import vn.thidua.rules.RuleBook;
import vn.thidua.rules.RuleSetRef;

/**
 * The rule set a campaign is judged by: the version pinned when it was launched. A campaign launched before
 * rule sets were pinned gets the default set's newest version, pinned on first use so it never changes again.
 */
@Component
public class CampaignRules {

    private final RuleBook ruleBook;
    private final JdbcClient jdbc;

    public CampaignRules(RuleBook ruleBook, JdbcClient jdbc) {
        this.ruleBook = ruleBook;
        this.jdbc = jdbc;
    }

    public PinnedRuleSet of(long campaignId) {
        String pinned = jdbc.sql("select rule_set_id from campaign where id = :id").param("id", campaignId)
                .query(String.class).optional().orElse(null);
        if (pinned == null || !pinned.contains(":")) {
            RuleSetRef ref = ruleBook.pin(pinned == null ? ruleBook.defaultRuleSetId() : pinned);
            jdbc.sql("update campaign set rule_set_id = :ref where id = :id")
                    .param("ref", ref.toString()).param("id", campaignId).update();
            return ruleBook.open(ref);
        }
        return ruleBook.open(RuleSetRef.parse(pinned));
    }
}
