package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.rules.Nominee.collective;
import static vn.thidua.rules.Nominee.person;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;

/**
 * The shipped {@code giao-duc-2025/eligibility.dmn}, evaluated by the Camunda DMN engine: one case per row and
 * its boundary, each nomination on its own (quotas and history have their own tests).
 */
class EducationEligibilityTest {

    static final DmnRuleSet RULES = RuleSetFiles.open("giao-duc-2025");
    /** Every code any case below produced, to prove each row of the table is reached. */
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
    void laoDongTienTien() {
        assertThat(unmet(person("LDTT"))).isEmpty();
        assertThat(unmet(person("LDTT").rating(Rating.EXCELLENT))).isEmpty();
        assertThat(unmet(person("LDTT").rating(Rating.COMPLETED))).containsExactly("RATING_BELOW_GOOD");
        assertThat(unmet(person("LDTT").rating(Rating.NOT_COMPLETED))).containsExactly("RATING_BELOW_GOOD");
        assertThat(unmet(person("LDTT").discipline(Discipline.REPRIMAND))).containsExactly("DISCIPLINED");
        assertThat(unmet(person("LDTT").discipline(Discipline.HEAVIER).rating(Rating.COMPLETED)))
                .containsExactlyInAnyOrder("RATING_BELOW_GOOD", "DISCIPLINED");
    }

    /** 50 days off in the year is a remark on the dossier, not silence; maternity leave does not count. */
    @Test
    void aLongAbsenceRulesOutLaoDongTienTienAndTheTitlesBuiltOnIt() {
        assertThat(unmet(person("LDTT").absent(50, false))).containsExactly("ABSENT_40_DAYS");
        assertThat(RULES.eligibility(person("LDTT").absent(50, false).build()).get(0).message())
                .isEqualTo("Nghỉ từ 40 ngày trở lên trong năm (không phải nghỉ thai sản).");
        assertThat(unmet(person("LDTT").absent(40, false))).as("exactly 40").containsExactly("ABSENT_40_DAYS");
        assertThat(unmet(person("LDTT").absent(39, false))).isEmpty();
        assertThat(unmet(person("LDTT").absent(0, null))).isEmpty();
        assertThat(unmet(person("LDTT").absent(120, true))).as("maternity leave").isEmpty();
        assertThat(unmet(person("CSTDCS").rating(Rating.EXCELLENT).absent(50, false)))
                .containsExactly("ABSENT_40_DAYS");
        assertThat(unmet(person("CSTDTP").rating(Rating.EXCELLENT).initiative(RecognitionLevel.CITY).absent(45, false)))
                .containsExactly("ABSENT_40_DAYS");
        assertThat(unmet(person("BKTP").rating(Rating.EXCELLENT).absent(50, false)))
                .as("Bằng khen looks at the years before").isEmpty();
    }

    @Test
    void missingRatingOrDisciplineIsAnUnmetCriterionNotAnError() {
        assertThat(unmet(person("LDTT").rating(null))).containsExactly("RATING_MISSING");
        assertThat(unmet(person("LDTT").discipline(null))).containsExactly("DISCIPLINE_MISSING");
        assertThat(unmet(person("CSTDTP").rating(null).discipline(null).initiative(null)))
                .containsExactlyInAnyOrder("RATING_MISSING", "DISCIPLINE_MISSING", "INITIATIVE_BELOW_CITY");
    }

    @Test
    void chienSiThiDuaCoSoNeedsOneOfExcellentInitiativeOrResearch() {
        assertThat(unmet(person("CSTDCS").rating(Rating.EXCELLENT))).as("HTXS without initiative").isEmpty();
        assertThat(unmet(person("CSTDCS").initiative(RecognitionLevel.UNIT))).as("initiative at unit level").isEmpty();
        assertThat(unmet(person("CSTDCS").research(RecognitionLevel.DISTRICT))).as("research").isEmpty();
        assertThat(unmet(person("CSTDCS"))).as("good, neither").containsExactly("CSTDCS_NO_MERIT");
        assertThat(unmet(person("CSTDCS").rating(Rating.COMPLETED).initiative(RecognitionLevel.CITY)))
                .as("LĐTT criteria still apply").containsExactly("RATING_BELOW_GOOD");
        assertThat(unmet(person("CSTDCS").rating(Rating.EXCELLENT).discipline(Discipline.WARNING)))
                .containsExactly("DISCIPLINED");
    }

    @Test
    void giayKhen() {
        assertThat(unmet(person("GK"))).isEmpty();
        assertThat(unmet(person("GK").rating(Rating.COMPLETED))).containsExactly("RATING_BELOW_GOOD");
        assertThat(unmet(person("GK").discipline(Discipline.REPRIMAND))).containsExactly("DISCIPLINED");
    }

    @Test
    void bangKhenThanhPho() {
        assertThat(unmet(person("BKTP").rating(Rating.EXCELLENT))).isEmpty();
        assertThat(unmet(person("BKTP"))).containsExactly("RATING_NOT_EXCELLENT");
        assertThat(unmet(person("BKTP").rating(Rating.EXCELLENT).discipline(Discipline.REPRIMAND)))
                .containsExactly("DISCIPLINED");
    }

    @Test
    void chienSiThiDuaThanhPhoNeedsAnInitiativeAtCityLevel() {
        assertThat(unmet(person("CSTDTP").rating(Rating.EXCELLENT).initiative(RecognitionLevel.CITY))).isEmpty();
        assertThat(unmet(person("CSTDTP").rating(Rating.EXCELLENT).initiative(RecognitionLevel.NATIONAL))).isEmpty();
        assertThat(unmet(person("CSTDTP").rating(Rating.EXCELLENT).initiative(RecognitionLevel.DISTRICT)))
                .containsExactly("INITIATIVE_BELOW_CITY");
        assertThat(unmet(person("CSTDTP").initiative(RecognitionLevel.CITY))).containsExactly("RATING_NOT_EXCELLENT");
    }

    @Test
    void tapTheLaoDongTienTienNeedsMoreThanHalfLdtt() {
        assertThat(unmet(collective("TTLDTT"))).isEmpty();
        assertThat(unmet(collective("TTLDTT").members(100, 100, 51, 0, 0))).as("51%").isEmpty();
        assertThat(unmet(collective("TTLDTT").members(10, 10, 5, 0, 0))).as("exactly 50%")
                .containsExactly("LDTT_SHARE_ABOVE_50");
        assertThat(unmet(collective("TTLDTT").members(10, 10, 6, 0, 1))).containsExactly("MEMBER_DISCIPLINED");
        assertThat(unmet(collective("TTLDTT").rating(Rating.COMPLETED))).containsExactly("RATING_BELOW_GOOD");
    }

    @Test
    void tapTheLaoDongXuatSacBoundaries() {
        Nominee excellent = collective("TTLDXS").rating(Rating.EXCELLENT).members(10, 10, 7, 1, 0);
        assertThat(unmet(excellent)).as("exactly 70% LĐTT").isEmpty();
        assertThat(unmet(collective("TTLDXS").rating(Rating.EXCELLENT).members(1000, 1000, 700, 1, 0))).isEmpty();
        assertThat(unmet(collective("TTLDXS").rating(Rating.EXCELLENT).members(1000, 1000, 699, 1, 0)))
                .as("69.9% LĐTT").containsExactly("LDTT_SHARE_70");
        assertThat(unmet(collective("TTLDXS").rating(Rating.EXCELLENT).members(10, 9, 7, 1, 0)))
                .containsExactly("NOT_ALL_COMPLETED");
        assertThat(unmet(collective("TTLDXS").rating(Rating.EXCELLENT).members(10, 10, 7, 0, 0)))
                .containsExactly("NO_CSTDCS");
        assertThat(unmet(collective("TTLDXS").members(10, 10, 7, 1, 0))).containsExactly("RATING_NOT_EXCELLENT");
    }

    @Test
    void collectiveCountsMissingOrZero() {
        assertThat(unmet(collective("TTLDTT").members(null, null, null, null, null)))
                .containsExactlyInAnyOrder("MEMBERS_MISSING", "MEMBERS_LDTT_MISSING", "MEMBERS_DISCIPLINED_MISSING");
        assertThat(unmet(collective("TTLDTT").members(0, 0, 0, 0, 0))).containsExactly("MEMBERS_INVALID");
        assertThat(unmet(collective("TTLDXS").rating(Rating.EXCELLENT).members(10, null, null, null, 0)))
                .containsExactlyInAnyOrder("MEMBERS_LDTT_MISSING", "MEMBERS_COMPLETED_MISSING", "MEMBERS_CSTDCS_MISSING");
        assertThat(unmet(collective("TTLDTT").rating(null))).containsExactly("RATING_MISSING");
    }

    @Test
    void wrongKindOrTitleIsAnUnmetCriterion() {
        assertThat(unmet(collective("LDTT"))).containsExactly(DmnRuleSet.KIND_MISMATCH);
        assertThat(unmet(person("TTLDTT"))).containsExactly(DmnRuleSet.KIND_MISMATCH);
        assertThat(unmet(person("DVCDXS"))).containsExactly(DmnRuleSet.TITLE_UNKNOWN);
        assertThat(unmet(person(null))).containsExactly(DmnRuleSet.TITLE_MISSING);
        assertThat(RULES.eligibility(collective("LDTT").build()).get(0).message())
                .isEqualTo("Danh hiệu Lao động tiên tiến chỉ xét cho cá nhân, không xét cho tập thể.");
    }

    /** Runs last: every row of the table was reached by a case above, and every message is Vietnamese. */
    @AfterAll
    static void everyRowIsCoveredAndEveryMessageIsVietnamese() throws IOException {
        assertThat(SEEN).containsAll(outputCodes("giao-duc-2025"));
        assertThat(ALL_UNMET).isNotEmpty().allSatisfy(EducationEligibilityTest::isVietnamese);
    }

    static void isVietnamese(UnmetCriterion unmet) {
        assertThat(unmet.message()).as(unmet.code()).isNotBlank()
                .matches(m -> m.codePoints().anyMatch(c -> c > 127 && Character.isLetter(c)), "has Vietnamese letters");
    }

    static Set<String> outputCodes(String ruleSetId) throws IOException {
        String dmn = Files.readString(RuleSetFiles.ROOT.resolve(ruleSetId).resolve("eligibility.dmn"));
        Matcher m = Pattern.compile("<outputEntry id=\"Out_\\w+_Code\">\\s*<text>\"(\\w+)\"</text>").matcher(dmn);
        Set<String> codes = new LinkedHashSet<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        assertThat(codes).isNotEmpty();
        return codes;
    }
}
