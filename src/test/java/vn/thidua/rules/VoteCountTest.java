package vn.thidua.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Council votes by the shipped education rule set: quorum 2/3 of members; LĐTT and the like at least 70% of
 * those present; CSTĐ thành phố and Tập thể lao động xuất sắc a secret ballot with at least 90% of all members.
 */
class VoteCountTest {

    static final DmnRuleSet RULES = RuleSetFiles.open("giao-duc-2025");

    static VoteOutcome ldtt(int members, int present, int votesFor) {
        return RULES.count("LDTT", new CouncilVote(members, present, votesFor, false));
    }

    static VoteOutcome cstdtp(int members, int present, int votesFor, boolean secret) {
        return RULES.count("CSTDTP", new CouncilVote(members, present, votesFor, secret));
    }

    @Test
    void exactlySeventyPercentOfThosePresentPasses() {
        assertThat(ldtt(10, 10, 7).passed()).isTrue();
        assertThat(ldtt(10, 10, 7).share()).isEqualTo(0.7);
        assertThat(ldtt(10, 10, 6).passed()).isFalse();
        assertThat(ldtt(1000, 1000, 700).passed()).isTrue();
        VoteOutcome short699 = ldtt(1000, 1000, 699);
        assertThat(short699.passed()).as("69.9%").isFalse();
        assertThat(short699.unmet()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo(DmnRuleSet.VOTE_SHARE);
            assertThat(u.message()).contains("699/1000").contains("cần ít nhất 700").contains("70%");
        });
    }

    @Test
    void presentIsTheDenominatorForLdtt() {
        // 9 members, 6 present (quorum), 5 for: 5/6 = 83% of those present, only 56% of all members.
        assertThat(ldtt(9, 6, 5).passed()).isTrue();
    }

    @Test
    void allMembersIsTheDenominatorForCityTitles() {
        // 10 members, all present, 9 for: 90% passes; 9 present and 9 for is 100% of those present but 90% of all.
        assertThat(cstdtp(10, 10, 9, true).passed()).isTrue();
        assertThat(cstdtp(10, 9, 9, true).passed()).isTrue();
        VoteOutcome eight = cstdtp(10, 8, 8, true);
        assertThat(eight.passed()).as("8 of 10 members, all of those present").isFalse();
        assertThat(eight.share()).isEqualTo(0.8);
        assertThat(eight.unmet()).extracting(UnmetCriterion::message).singleElement().asString()
                .contains("tổng số thành viên hội đồng");
    }

    @Test
    void quorumIsTwoThirdsOfAllMembers() {
        // 2/3 of 9 is exactly 6: six present counts, five does not.
        assertThat(ldtt(9, 6, 6).passed()).isTrue();
        VoteOutcome five = ldtt(9, 5, 5);
        assertThat(five.passed()).isFalse();
        assertThat(five.unmet()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo(DmnRuleSet.VOTE_QUORUM);
            assertThat(u.message()).contains("5/9").contains("cần ít nhất 6");
        });
        // 2/3 of 10 is 6.67: seven needed.
        assertThat(ldtt(10, 7, 7).passed()).isTrue();
        assertThat(ldtt(10, 6, 6).passed()).isFalse();
    }

    @Test
    void secretBallotRequiredForCityTitles() {
        VoteOutcome open = cstdtp(10, 10, 10, false);
        assertThat(open.passed()).isFalse();
        assertThat(open.unmet()).singleElement().satisfies(u -> {
            assertThat(u.code()).isEqualTo(DmnRuleSet.VOTE_SECRET_BALLOT);
            assertThat(u.message()).contains("bỏ phiếu kín").contains("Chiến sĩ thi đua cấp thành phố");
        });
        assertThat(ldtt(10, 10, 10).passed()).as("LĐTT by show of hands").isTrue();
        assertThat(RULES.count("TTLDXS", new CouncilVote(10, 10, 10, false)).passed()).isFalse();
    }

    @Test
    void everyReasonIsGivenAtOnce() {
        assertThat(cstdtp(9, 5, 4, false).unmet()).extracting(UnmetCriterion::code)
                .containsExactly(DmnRuleSet.VOTE_QUORUM, DmnRuleSet.VOTE_SECRET_BALLOT, DmnRuleSet.VOTE_SHARE);
    }

    @Test
    void invalidCountsDoNotPassAndSayWhy() {
        assertThat(ldtt(0, 0, 0).unmet()).extracting(UnmetCriterion::code).containsExactly(DmnRuleSet.VOTE_INVALID);
        assertThat(ldtt(9, 10, 7).unmet()).singleElement().satisfies(u ->
                assertThat(u.message()).contains("có mặt (10)"));
        assertThat(ldtt(9, 7, 8).unmet()).singleElement().satisfies(u ->
                assertThat(u.message()).contains("phiếu đồng ý (8)"));
        assertThat(ldtt(9, 7, 8).passed()).isFalse();
        assertThat(RULES.count("XYZ", new CouncilVote(9, 9, 9, true)).unmet()).extracting(UnmetCriterion::code)
                .containsExactly(DmnRuleSet.TITLE_UNKNOWN);
    }

    @Test
    void whoDecidesWhat() {
        assertThat(RULES.decides("quan", false, "LDTT")).isTrue();
        assertThat(RULES.decides("phuong", false, "GK")).isTrue();
        assertThat(RULES.decides("quan", false, "CSTDTP")).isFalse();
        assertThat(RULES.decides("truong", false, "LDTT")).isFalse();
        assertThat(RULES.decides("thanh_pho", true, "CSTDTP")).isTrue();
        assertThat(RULES.decides("thanh_pho", true, "BKTP")).isTrue();
        // Two-level tree (school → province): the root decides LĐTT too.
        assertThat(RULES.decides("tinh", true, "LDTT")).isTrue();
        // A district running its own campaign still cannot award a city title.
        assertThat(RULES.decides("quan", true, "CSTDTP")).isFalse();
        assertThat(RULES.decides("thanh_pho", false, "CSTDTP")).isFalse();
        assertThat(RULES.decides("thanh_pho", true, "DVCDXS")).isFalse();
    }

    @Test
    void titlesLowestRankFirst() {
        assertThat(RULES.titles()).extracting(TitleRule::code)
                .containsExactly("LDTT", "TTLDTT", "CSTDCS", "GK", "TTLDXS", "BKTP", "CSTDTP");
        assertThat(RULES.title("CSTDTP")).get().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Chiến sĩ thi đua cấp thành phố");
            assertThat(t.denominator()).isEqualTo(VoteDenominator.ALL_MEMBERS);
            assertThat(t.secretBallot()).isTrue();
            assertThat(t.approvalShare()).isEqualTo(0.9);
        });
        assertThat(RULES.legalBases()).anyMatch(b -> b.startsWith("Nghị định số 152/2025/NĐ-CP"));
    }
}
