package vn.thidua.campaign;

import vn.thidua.text.Messages;

/** What a phase's report is: every phase but the last ends with a sơ kết, the last with the tổng kết. */
public enum ReportKind {
    /** sơ kết */
    INTERIM,
    /** tổng kết */
    FINAL,
    /** đăng ký thi đua: the registration round before the first phase (phase 0), when the launch asks for one */
    REGISTRATION;

    /** "Sơ kết", "Tổng kết". */
    public String label() {
        return Messages.get("campaign.reportKind." + name());
    }

    public static ReportKind ofPhase(int phaseNo, int phaseCount) {
        return phaseNo == phaseCount ? FINAL : INTERIM;
    }
}
