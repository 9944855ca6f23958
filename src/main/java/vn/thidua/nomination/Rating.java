package vn.thidua.nomination;

/**
 * The year's assessment of a person or collective (xếp loại / đánh giá mức độ hoàn thành nhiệm vụ), best first.
 * Vietnamese labels live in the message bundle under {@code rating.<NAME>}.
 */
public enum Rating {
    /** hoàn thành xuất sắc nhiệm vụ */
    EXCELLENT,
    /** hoàn thành tốt nhiệm vụ */
    GOOD,
    /** hoàn thành nhiệm vụ */
    COMPLETED,
    /** không hoàn thành nhiệm vụ */
    NOT_COMPLETED;

    public boolean atLeast(Rating other) {
        return ordinal() <= other.ordinal();
    }
}
