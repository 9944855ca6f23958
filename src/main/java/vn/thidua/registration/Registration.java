package vn.thidua.registration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One unit's registration (đăng ký thi đua) in a campaign: its targets, the collective title it aims for, the people
 * registering with their titles, and its works.
 *
 * @param collectiveTitle code of the collective title aimed for (rule set's titles), or null when none yet
 */
record Registration(long campaignId, String unitCode, String collectiveTitle, List<Target> targets,
                    List<Person> people, List<Work> works) {

    Registration {
        targets = List.copyOf(targets);
        people = List.copyOf(people);
        works = List.copyOf(works);
    }

    /**
     * A target (chỉ tiêu): "Tỷ lệ giáo viên đạt chuẩn trình độ — 100 %".
     *
     * @param publishedTargetId the parent's published target it answers, or null for the unit's own
     * @param achievedValue     what the unit reached: entered at sơ kết / tổng kết, or computed when the target is
     *                          tied to a measure the system knows; null while unknown
     * @param computedFrom      the measure the system computes the achieved value from ({@link KnownMeasure.Tie}
     *                          code, e.g. {@code GRANTED:LDTT}); null when the value is typed
     */
    record Target(Long publishedTargetId, String name, String measure, BigDecimal targetValue,
                  BigDecimal achievedValue, String computedFrom) {

        /** A target whose achieved value is typed. */
        Target(Long publishedTargetId, String name, String measure, BigDecimal targetValue,
               BigDecimal achievedValue) {
            this(publishedTargetId, name, measure, targetValue, achievedValue, null);
        }

        /** Tied to a measure the system knows: the achieved value is computed, not typed. */
        public boolean computed() {
            return computedFrom != null;
        }

        Target withAchieved(BigDecimal value) {
            return new Target(publishedTargetId, name, measure, targetValue, value, computedFrom);
        }

        /** "95,5": as the page writes numbers. */
        public String targetText() {
            return EditorRows.plain(targetValue);
        }

        public String achievedText() {
            return EditorRows.plain(achievedValue);
        }

        /** Đạt when the achieved value reaches the target; null while nothing is entered. */
        public Boolean reached() {
            return achievedValue == null ? null : achievedValue.compareTo(targetValue) >= 0;
        }
    }

    /** A person registering and the individual title aimed for; {@code nomineeKey} as the dossier keys nominees. */
    record Person(String fullName, LocalDate dateOfBirth, String positionTitle, String titleCode,
                  String nomineeKey) {
    }

    /** A công trình / chuyên đề thi đua. */
    record Work(String name, String owner, LocalDate expectedOn) {
    }

    /**
     * A target a unit publishes for every unit below it to register against.
     *
     * @param computedFrom the measure the units' achieved values are computed from, as in {@link Target}; or null
     */
    record PublishedTarget(long id, String unitCode, String name, String measure, BigDecimal targetValue,
                           String computedFrom) {

        PublishedTarget(long id, String unitCode, String name, String measure, BigDecimal targetValue) {
            this(id, unitCode, name, measure, targetValue, null);
        }
    }
}
