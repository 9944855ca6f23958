package vn.thidua.rules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.Map;

import vn.thidua.dossier.Nomination;
import vn.thidua.dossier.RecognitionLevel;

/**
 * The variables an eligibility table reads: the nomination's fields by name (enums as their names, null when
 * not given) and shares computed here, exactly, so a table can say {@code < 0.7} and mean 70%.
 */
public final class EligibilityInputs {

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
    public static final String LDTT_SHARE = "ldttShare";
    /** membersCompleted / members, null unless both are known and members > 0. */
    public static final String COMPLETED_SHARE = "completedShare";

    private EligibilityInputs() {
    }

    public static Map<String, Object> of(Nomination n) {
        Map<String, Object> in = new HashMap<>();
        in.put(TITLE, n.requestedTitle() == null ? null : n.requestedTitle().trim());
        in.put(KIND, name(n.kind()));
        in.put(RATING, name(n.rating()));
        in.put(DISCIPLINE, name(n.discipline()));
        in.put(INITIATIVE_LEVEL, name(n.initiativeLevel() == null ? RecognitionLevel.NONE : n.initiativeLevel()));
        in.put(RESEARCH_LEVEL, name(n.researchLevel() == null ? RecognitionLevel.NONE : n.researchLevel()));
        in.put(DAYS_ABSENT, n.daysAbsent());
        in.put(MATERNITY_LEAVE, Boolean.TRUE.equals(n.maternityLeave()));
        in.put(MONTHS_IN_POST, n.monthsInPost());
        in.put(SCORE, n.score());
        in.put(MEMBERS, n.members());
        in.put(MEMBERS_COMPLETED, n.membersCompleted());
        in.put(MEMBERS_LDTT, n.membersLdtt());
        in.put(MEMBERS_CSTDCS, n.membersCstdcs());
        in.put(MEMBERS_DISCIPLINED, n.membersDisciplined());
        in.put(LDTT_SHARE, share(n.membersLdtt(), n.members()));
        in.put(COMPLETED_SHARE, share(n.membersCompleted(), n.members()));
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
