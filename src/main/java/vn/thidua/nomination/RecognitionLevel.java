package vn.thidua.nomination;

/**
 * The level that recognised an initiative (sáng kiến) or accepted a research project (đề tài), lowest first.
 * Labels in the message bundle under {@code recognition.<NAME>}.
 */
public enum RecognitionLevel {
    /** chưa được công nhận */
    NONE,
    /** cấp cơ sở (trường) */
    UNIT,
    /** cấp quận / huyện / phường / xã */
    DISTRICT,
    /** cấp tỉnh / thành phố */
    CITY,
    /** cấp bộ, ngành, toàn quốc */
    NATIONAL;

    public boolean atLeast(RecognitionLevel other) {
        return ordinal() >= other.ordinal();
    }
}
