package vn.thidua.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.RecognitionLevel;

/**
 * The variables an eligibility table reads: the nomination's fields by name (enums as their names, null when
 * not given) and shares computed here, exactly, so a table can say {@code < 0.7} and mean 70%.
 */
final class EligibilityInputs {

    public static final String TITLE = "title";
    public static final String KIND = "kind";
    public static final String RATING = "rating";
    public static final String DISCIPLINE = "discipline";
    /** NONE when the nomination names no level: no recognised initiative. */
    public static final String INITIATIVE_LEVEL = "initiativeLevel";
    public static final String RESEARCH_LEVEL = "researchLevel";
    public static final String DAYS_ABSENT = "daysAbsent";
    /** false when not given. */
    public static final String MATERNITY_LEAVE = "maternityLeave";
    public static final String MONTHS_IN_POST = "monthsInPost";
    public static final String SCORE = "score";
    public static final String MEMBERS = "members";
    public static final String MEMBERS_COMPLETED = "membersCompleted";
    public static final String MEMBERS_LDTT = "membersLdtt";
    public static final String MEMBERS_CSTDCS = "membersCstdcs";
    public static final String MEMBERS_DISCIPLINED = "membersDisciplined";
    /** membersLdtt / members, null unless both are known and members > 0. */
    static final String LDTT_SHARE = "ldttShare";
    /** membersCompleted / members, null unless both are known and members > 0. */
    static final String COMPLETED_SHARE = "completedShare";

    private EligibilityInputs() {
    }

    public static Map<String, Object> of(Nomination n) {
        Map<String, Object> in = new HashMap<>();
        in.put(TITLE, n.requestedTitle() == null ? null : n.requestedTitle().trim());
        in.put(KIND, name(n.kind()));
        in.put(RATING, name(n.rating()));
        in.put(SCORE, n.score());
        if (n instanceof Nomination.Person p) {
            in.put(DISCIPLINE, name(p.discipline()));
            in.put(INITIATIVE_LEVEL, name(p.initiativeLevel() == null ? RecognitionLevel.NONE : p.initiativeLevel()));
            in.put(RESEARCH_LEVEL, name(p.researchLevel() == null ? RecognitionLevel.NONE : p.researchLevel()));
            in.put(DAYS_ABSENT, p.daysAbsent());
            in.put(MATERNITY_LEAVE, Boolean.TRUE.equals(p.maternityLeave()));
            in.put(MONTHS_IN_POST, p.monthsInPost());
        } else {
            // A collective has none of a person's facts: the tables see them as not given.
            in.put(DISCIPLINE, null);
            in.put(INITIATIVE_LEVEL, RecognitionLevel.NONE.name());
            in.put(RESEARCH_LEVEL, RecognitionLevel.NONE.name());
            in.put(DAYS_ABSENT, null);
            in.put(MATERNITY_LEAVE, false);
            in.put(MONTHS_IN_POST, null);
        }
        Nomination.Collective c = n instanceof Nomination.Collective collective ? collective : null;
        in.put(MEMBERS, c == null ? null : c.members());
        in.put(MEMBERS_COMPLETED, c == null ? null : c.membersCompleted());
        in.put(MEMBERS_LDTT, c == null ? null : c.membersLdtt());
        in.put(MEMBERS_CSTDCS, c == null ? null : c.membersCstdcs());
        in.put(MEMBERS_DISCIPLINED, c == null ? null : c.membersDisciplined());
        in.put(LDTT_SHARE, c == null ? null : share(c.membersLdtt(), c.members()));
        in.put(COMPLETED_SHARE, c == null ? null : share(c.membersCompleted(), c.members()));
        return in;
    }

    private static BigDecimal share(Integer part, Integer whole) {
        if (part == null || whole == null || whole <= 0) {
            return null;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
