package vn.thidua.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What a rule set says about emulation blocs (khối thi đua): the scoring table of the end-of-year evaluation
 * (criteria and their maximum points; the ones the product knows are computed, the others typed), how many leading
 * units (đơn vị dẫn đầu) a bloc proposes, how a tie in the vote for next year's leader is resolved, and the
 * collective title the leading units may be nominated for. Empty in a version deployed before the section existed.
 *
 * @param leadingAward code of a collective title of the set, or null
 */
public record BlocRules(List<Criterion> criteria, int leadingUnits, TieRule tieRule, String leadingAward) {

    public static final BlocRules NONE = new BlocRules(List.of(), 1, TieRule.HIGHER_RANK, null);

    public BlocRules {
        criteria = List.copyOf(criteria);
    }

    /** Where a criterion's points come from. */
    public enum Source {
        /** Typed: the member's self-score, then the score the bloc meeting agreed. */
        TYPED,
        /** Computed: the share of the member's reports of the campaign sent by their deadline. */
        ON_TIME_REPORTS,
        /** Computed: the share of the meetings the member hosted as planned and attended. */
        MEETINGS
    }

    /** How a tie in the vote for next year's leader is resolved. */
    public enum TieRule {
        /** The candidate ranked higher in this year's ranking leads. */
        HIGHER_RANK,
        /** The parent's council chooses among the tied candidates when it confirms the result. */
        PARENT_DECIDES
    }

    public record Criterion(String code, String name, BigDecimal maxPoints, Source source) {
    }

    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    public BigDecimal maxTotal() {
        return criteria.stream().map(Criterion::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
