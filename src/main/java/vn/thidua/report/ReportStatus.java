package vn.thidua.report;

/** Where a unit's report stands; the label is what users read. */
public enum ReportStatus {
    DRAFT("Đang soạn"),
    /** Tổng kết only: the unit's council records its evaluation meeting (bình xét) before the head signs. */
    WAITING_COUNCIL("Chờ hội đồng thi đua bình xét"),
    WAITING_HEAD("Chờ thủ trưởng ký duyệt"),
    SUBMITTED("Đã nộp, chờ thẩm định"),
    RETURNED("Bị trả, đang bổ sung"),
    ACCEPTED("Đã tiếp nhận");

    private final String label;

    ReportStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The unit's staff owe work on the report (prepare, or complete after a return). */
    public boolean staffOwesWork() {
        return this == DRAFT || this == RETURNED;
    }
}
