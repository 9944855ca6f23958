package vn.thidua.dossier;

/** Where a nomination stands in the chain; the label is what users read. */
public enum NominationStatus {
    /** In a dossier, waiting for the council of the unit that holds it (or forwarded up with its opinion). */
    PROPOSED("Đang đề nghị"),
    /** Below the vote threshold of a level's council. */
    NOT_PASSED("Không đạt bình xét"),
    /** Rejected by a reviewer of the level above, with a reason. */
    REJECTED("Không được chấp nhận"),
    /** Decided by the level that has the power to; waiting for its award decision. */
    APPROVED("Được xét duyệt, chờ quyết định"),
    /** In a published award decision. */
    AWARDED("Đã có quyết định khen thưởng");

    private final String label;

    NominationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
