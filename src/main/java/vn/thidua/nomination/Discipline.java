package vn.thidua.nomination;

/**
 * The heaviest discipline or administrative sanction (kỷ luật, xử phạt hành chính) a person received in the
 * year, lightest first. Labels in the message bundle under {@code discipline.<NAME>}.
 */
public enum Discipline {
    /** không */
    NONE,
    /** khiển trách */
    REPRIMAND,
    /** cảnh cáo */
    WARNING,
    /** hạ bậc lương, cách chức, buộc thôi việc … */
    HEAVIER;

    public boolean atLeast(Discipline other) {
        return ordinal() >= other.ordinal();
    }
}
