package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.rules.Nominee.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;

/** What a list is judged by beyond each line: CSTĐCS at most 15% of the unit's LĐTT, and consecutive years. */
class QuotaAndHistoryTest {

    static final DmnRuleSet RULES = RuleSetFiles.open("giao-duc-2025");
    static final TitleHistory NONE = keys -> List.of();

    static List<Nomination> list(int ldtt, int cstdcs) {
        List<Nomination> list = new ArrayList<>();
        IntStream.range(0, ldtt).forEach(i -> list.add(teacher("LDTT", i)));
        IntStream.range(0, cstdcs).forEach(i -> list.add(teacher("CSTDCS", 100 + i)));
        return list;
    }

    static Nomination teacher(String title, int n) {
        return person(title).rating(Rating.EXCELLENT).named("Giáo viên " + n, LocalDate.of(1980, 1, 1).plusDays(n))
                .build();
    }

    static List<String> quotaCodes(List<Verdict> verdicts) {
        return verdicts.stream().map(v -> v.unmet().stream().anyMatch(u -> u.code().equals("QUOTA_CSTDCS")) ? "Q" : "-")
                .toList();
    }

    @Test
    void cstdcsWithinFifteenPercentOfLdttAndCstdcsTogether() {
        // 17 LĐTT + 3 CSTĐCS = 20 in the base; 15% of 20 = 3 allowed.
        List<Verdict> verdicts = RULES.judge(list(17, 3), "2026-2027", NONE);
        assertThat(verdicts).hasSize(20).allMatch(Verdict::eligible);
    }

    @Test
    void theLastOnesBeyondTheAllowanceFailWithTheNumbers() {
        // 17 + 4 = 21; 15% of 21 = 3.15 → 3 allowed, the 4th CSTĐCS in list order fails.
        List<Verdict> verdicts = RULES.judge(list(17, 4), "2026-2027", NONE);
        assertThat(quotaCodes(verdicts).subList(17, 21)).containsExactly("-", "-", "-", "Q");
        assertThat(verdicts.get(20).unmet()).singleElement().satisfies(u -> assertThat(u.message())
                .contains("được tối đa 3, đề nghị 4").contains("15%").contains("Chiến sĩ thi đua cơ sở"));
        assertThat(verdicts.subList(0, 20)).allMatch(Verdict::eligible);
    }

    @Test
    void roundingIsDownwards() {
        // 6 + 1 = 7; 15% of 7 = 1.05 → 1. 5 + 1 = 6; 15% of 6 = 0.9 → 0.
        assertThat(quotaCodes(RULES.judge(list(6, 1), "2026-2027", NONE))).doesNotContain("Q");
        assertThat(quotaCodes(RULES.judge(list(5, 1), "2026-2027", NONE)).get(5)).isEqualTo("Q");
    }

    @Test
    void noLdttOrOnlyCstdcsNominations() {
        List<Verdict> onlyCstdcs = RULES.judge(list(0, 2), "2026-2027", NONE);
        assertThat(quotaCodes(onlyCstdcs)).containsExactly("Q", "Q");
        assertThat(onlyCstdcs.get(0).unmet().get(0).message()).contains("được tối đa 0, đề nghị 2");
        assertThat(RULES.judge(list(3, 0), "2026-2027", NONE)).allMatch(Verdict::eligible);
        assertThat(RULES.judge(List.of(), "2026-2027", NONE)).isEmpty();
    }

    @Test
    void quotaCountsPerNominatingUnit() {
        List<Nomination> list = new ArrayList<>(list(7, 1));
        list.add(person("CSTDCS").rating(Rating.EXCELLENT).unit("Q1THCS").build());
        List<Verdict> verdicts = RULES.judge(list, "2026-2027", NONE);
        assertThat(quotaCodes(verdicts)).containsExactly("-", "-", "-", "-", "-", "-", "-", "-", "Q");
    }

    // History: CSTĐ thành phố needs CSTĐCS in each of the 2 school years before the campaign's.

    static final Nomination HUONG = person("CSTDTP").named("Trần Thị Hương", LocalDate.of(1979, 5, 2))
            .rating(Rating.EXCELLENT).initiative(RecognitionLevel.CITY).build();

    static TitleHistory held(HeldTitle... titles) {
        return new TitleHistory() {
            @Override
            public List<HeldTitle> titlesOf(Collection<String> nomineeKeys) {
                return List.of(titles).stream().filter(t -> nomineeKeys.contains(t.nomineeKey())).toList();
            }
        };
    }

    @Test
    void cityEmulationFighterWithTwoPrecedingYearsOfCstdcs() {
        TitleHistory history = held(new HeldTitle(HUONG.nomineeKey(), "CSTDCS", "2024-2025"),
                new HeldTitle(HUONG.nomineeKey(), "CSTDCS", "2025-2026"));
        assertThat(RULES.judge(List.of(HUONG), "2026-2027", history)).singleElement().satisfies(v ->
                assertThat(v.unmet()).isEmpty());
    }

    @Test
    void missingYearsAreNamed() {
        TitleHistory history = held(new HeldTitle(HUONG.nomineeKey(), "CSTDCS", "2025-2026"),
                new HeldTitle(HUONG.nomineeKey(), "LDTT", "2024-2025"),
                new HeldTitle("someone-else", "CSTDCS", "2024-2025"));
        Verdict verdict = RULES.judge(List.of(HUONG), "2026-2027", history).get(0);
        assertThat(verdict.unmet()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo("HISTORY_CSTDTP");
            assertThat(u.message()).contains("2024-2025").doesNotContain("2025-2026").contains("Chiến sĩ thi đua cơ sở");
        });
        Verdict nothing = RULES.judge(List.of(HUONG), "2026-2027", NONE).get(0);
        assertThat(nothing.unmet()).singleElement().satisfies(u ->
                assertThat(u.message()).contains("2024-2025, 2025-2026"));
    }

    @Test
    void aYearTooOldOrTheCampaignYearItselfDoesNotCount() {
        TitleHistory history = held(new HeldTitle(HUONG.nomineeKey(), "CSTDCS", "2023-2024"),
                new HeldTitle(HUONG.nomineeKey(), "CSTDCS", "2025-2026"),
                new HeldTitle(HUONG.nomineeKey(), "CSTDCS", "2026-2027"));
        assertThat(RULES.judge(List.of(HUONG), "2026-2027", history).get(0).unmet())
                .extracting(UnmetCriterion::message).singleElement().asString().contains("thiếu năm học 2024-2025");
    }

    @Test
    void bangKhenAcceptsLdttOrCstdcsInThePrecedingYears() {
        Nomination lan = person("BKTP").named("Lê Thị Lan", LocalDate.of(1990, 9, 9)).rating(Rating.EXCELLENT).build();
        TitleHistory history = held(new HeldTitle(lan.nomineeKey(), "LDTT", "2024-2025"),
                new HeldTitle(lan.nomineeKey(), "CSTDCS", "2025-2026"));
        assertThat(RULES.judge(List.of(lan), "2026-2027", history).get(0).eligible()).isTrue();
    }

    @Test
    void withoutANomineeKeyHistoryCannotBeFound() {
        Nomination noKey = person("CSTDTP").key(" ").rating(Rating.EXCELLENT).initiative(RecognitionLevel.CITY).build();
        assertThat(RULES.judge(List.of(noKey), "2026-2027", NONE).get(0).unmet()).singleElement()
                .satisfies(u -> assertThat(u.message()).contains("mã định danh"));
    }

    @Test
    void verdictsKeepTheListOrderAndCombineEveryReason() {
        Nomination weak = person("CSTDTP").rating(Rating.GOOD).build();
        List<Verdict> verdicts = RULES.judge(List.of(teacher("LDTT", 1), weak), "2026-2027", NONE);
        assertThat(verdicts).extracting(Verdict::index).containsExactly(0, 1);
        assertThat(verdicts.get(1).unmet()).extracting(UnmetCriterion::code)
                .containsExactly("RATING_NOT_EXCELLENT", "INITIATIVE_BELOW_CITY", "HISTORY_CSTDTP");
    }

    @Test
    void aSchoolYearThatIsNotOneIsAProgrammingError() {
        assertThatThrownBy(() -> RULES.judge(List.of(HUONG), "2026", NONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
