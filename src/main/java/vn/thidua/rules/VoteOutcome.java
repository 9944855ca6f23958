package vn.thidua.rules;

import java.util.List;

/**
 * What the rule set makes of a council vote.
 *
 * @param passed  quorum met, ballot form right and share reached
 * @param share   votes for divided by the title's denominator (0..1)
 * @param unmet   why it did not pass (quorum, secret ballot required, share below threshold), Vietnamese
 */
public record VoteOutcome(boolean passed, double share, List<UnmetCriterion> unmet) {
}
