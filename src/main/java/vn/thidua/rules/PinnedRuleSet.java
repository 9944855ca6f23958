package vn.thidua.rules;

import java.util.List;
import java.util.Optional;

import vn.thidua.nomination.Nomination;

/** One version of one rule set: everything a level needs to judge, count votes and know its power. */
public interface PinnedRuleSet {

    RuleSetRef ref();

    String name();

    /** The legal documents a decision under this version cites, one per "Căn cứ …;" line; never its name. */
    List<String> legalBases();

    /** The titles of this set, lowest rank first. */
    List<TitleRule> titles();

    Optional<TitleRule> title(String code);

    /**
     * Judges a unit's whole list: eligibility per nomination (DMN), quotas over the list (e.g. CSTĐCS at most a
     * share of LĐTT), consecutive-year requirements against {@code history}. One verdict per nomination, same
     * order.
     *
     * @param schoolYear the campaign's school year, e.g. "2026-2027"; "consecutive" counts back from it
     */
    List<Verdict> judge(List<Nomination> nominations, String schoolYear, TitleHistory history);

    /** Applies the title's quorum, approval share, denominator and ballot rule to a council vote. */
    VoteOutcome count(String titleCode, CouncilVote vote);

    /**
     * Whether a unit at {@code levelLabel} (the level column of units.csv: truong, quan, phuong, thanh_pho …)
     * decides {@code titleCode}. A root unit decides every title no level below it decides.
     */
    boolean decides(String levelLabel, boolean isRoot, String titleCode);

    /** Whether a nominee for the title must have registered for it (đăng ký thi đua); false unless the set says so. */
    default boolean registrationRequired(String titleCode) {
        return false;
    }

    /** Fields and criteria of exemplary models (điển hình tiên tiến) under this version. */
    ModelRules models();

    /** The bloc scoring table, leading units, tie rule and linked award under this version. */
    default BlocRules blocs() {
        return BlocRules.NONE;
    }
}
