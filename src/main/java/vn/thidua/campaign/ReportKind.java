package vn.thidua.campaign;

import vn.thidua.text.Messages;

/** What a phase's report is: every phase but the last ends with a sơ kết, the last with the tổng kết. */
public enum ReportKind {
    /** sơ kết */
    INTERIM,
    /** tổng kết */
    FINAL,
    /** đăng ký thi đua: the registration round before the first phase (phase 0), when the launch asks for one */
    REGISTRATION,
    /** a round of a report schedule (báo cáo định kỳ): its name says what it is */
    PERIODIC,
    /** an ad-hoc request (báo cáo đột xuất): its name is the topic */
    AD_HOC;

    /** "Sơ kết", "Tổng kết", "Báo cáo định kỳ", "Báo cáo đột xuất". */
    public String label() {
        return Messages.get("campaign.reportKind." + name());
    }

    /** A periodic or ad-hoc round, whose phase name is the whole label of its report. */
    public boolean isRequest() {
        return this == PERIODIC || this == AD_HOC;
    }

    public static ReportKind ofPhase(int phaseNo, int phaseCount) {
        return phaseNo == phaseCount ? FINAL : INTERIM;
    }
}
