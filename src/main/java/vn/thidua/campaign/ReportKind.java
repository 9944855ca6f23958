package vn.thidua.campaign;

/** What a phase's report is: every phase but the last ends with a sơ kết, the last with the tổng kết. */
public enum ReportKind {
    /** sơ kết */
    INTERIM("Sơ kết"),
    /** tổng kết */
    FINAL("Tổng kết");

    private final String label;

    ReportKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ReportKind ofPhase(int phaseNo, int phaseCount) {
        return phaseNo == phaseCount ? FINAL : INTERIM;
    }
}
