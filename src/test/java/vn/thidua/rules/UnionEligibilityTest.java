package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.Nominee.collective;
import static vn.thidua.rules.Nominee.unionMember;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.thidua.nomination.Discipline;

/** The shipped {@code cong-doan-2024/eligibility.dmn}: score bands and the union's disqualifiers. */
class UnionEligibilityTest {

    static final DmnRuleSet RULES = RuleSetFiles.open("cong-doan-2024");
    static final Set<String> SEEN = new LinkedHashSet<>();
    static final List<UnmetCriterion> ALL_UNMET = new ArrayList<>();

    static List<String> unmet(Nominee nominee) {
        List<UnmetCriterion> unmet = RULES.eligibility(nominee.build());
        ALL_UNMET.addAll(unmet);
        List<String> codes = unmet.stream().map(UnmetCriterion::code).toList();
        SEEN.addAll(codes);
        return codes;
    }

    @Test
    void scoreBands() {
        assertThat(unmet(unionMember("DVCDXS").score(90))).isEmpty();
        assertThat(unmet(unionMember("DVCDXS").score(89))).containsExactly("SCORE_BELOW_BAND");
        assertThat(unmet(unionMember("GKCD").score(85))).isEmpty();
        assertThat(unmet(unionMember("GKCD").score(84))).containsExactly("SCORE_BELOW_BAND");
        assertThat(unmet(unionMember("BKCD").score(95))).isEmpty();
        assertThat(unmet(unionMember("BKCD").score(94))).containsExactly("SCORE_BELOW_BAND");
        assertThat(unmet(collective("CDCSVM").score(80))).isEmpty();
        assertThat(unmet(collective("CDCSVM").score(79))).containsExactly("SCORE_BELOW_BAND");
        assertThat(unmet(collective("CDCSVM"))).containsExactly("SCORE_MISSING");
    }

    @Test
    void absenceOfFortyDaysDisqualifiesUnlessMaternityLeave() {
        assertThat(unmet(unionMember("DVCDXS").absent(39, false))).isEmpty();
        assertThat(unmet(unionMember("DVCDXS").absent(40, false))).containsExactly("ABSENT_40_DAYS");
        assertThat(unmet(unionMember("DVCDXS").absent(40, null))).as("not said: not maternity")
                .containsExactly("ABSENT_40_DAYS");
        assertThat(unmet(unionMember("DVCDXS").absent(120, true))).as("maternity leave").isEmpty();
        assertThat(unmet(unionMember("DVCDXS").absent(null, null))).containsExactly("DAYS_ABSENT_MISSING");
    }

    @Test
    void tenMonthsInPostAndNoDiscipline() {
        assertThat(unmet(unionMember("GKCD").monthsInPost(10))).isEmpty();
        assertThat(unmet(unionMember("GKCD").monthsInPost(9))).containsExactly("MONTHS_IN_POST_BELOW_10");
        assertThat(unmet(unionMember("GKCD").monthsInPost(null))).containsExactly("MONTHS_IN_POST_MISSING");
        assertThat(unmet(unionMember("BKCD").score(98).discipline(Discipline.REPRIMAND))).containsExactly("DISCIPLINED");
        assertThat(unmet(unionMember("BKCD").score(98).discipline(null))).containsExactly("DISCIPLINE_MISSING");
    }

    @Test
    void everyUnmetCriterionComesBackAtOnce() {
        assertThat(unmet(unionMember("DVCDXS").score(null).discipline(Discipline.WARNING).absent(45, false)
                .monthsInPost(6))).containsExactlyInAnyOrder("SCORE_MISSING", "DISCIPLINED", "ABSENT_40_DAYS",
                "MONTHS_IN_POST_BELOW_10");
        assertThat(unmet(collective("DVCDXS").score(95))).containsExactly(DmnRuleSet.KIND_MISMATCH);
        assertThat(unmet(unionMember("LDTT"))).containsExactly(DmnRuleSet.TITLE_UNKNOWN);
    }

    @AfterAll
    static void everyRowIsCoveredAndEveryMessageIsVietnamese() throws IOException {
        assertThat(SEEN).containsAll(EducationEligibilityTest.outputCodes("cong-doan-2024"));
        assertThat(ALL_UNMET).isNotEmpty().allSatisfy(EducationEligibilityTest::isVietnamese);
    }
}
