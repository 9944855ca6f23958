package vn.thidua.rules;

import vn.thidua.nomination.NomineeKind;

/**
 * A title (danh hiệu thi đua) or commendation form (hình thức khen thưởng) of a rule set, with its council
 * vote rule.
 *
 * @param code          stable code used in nominations and files, e.g. {@code LDTT}, {@code CSTDCS}, {@code TTLDTT}
 * @param name          Vietnamese name, e.g. "Lao động tiên tiến"
 * @param kind          person or collective
 * @param quorum        share of all council members that must attend for the vote to count, e.g. 0.6667
 * @param approvalShare share of the denominator that must vote for, e.g. 0.70 or 0.90
 * @param denominator   whether the share counts those present or all members
 * @param secretBallot  whether the vote must be a secret ballot (bỏ phiếu kín)
 * @param rank          order for lists and for "higher than": 1 = lowest title
 */
public record TitleRule(String code, String name, NomineeKind kind, double quorum, double approvalShare,
                        VoteDenominator denominator, boolean secretBallot, int rank) {
}
