package vn.thidua.report;

import vn.thidua.campaign.ReportKind;
import vn.thidua.text.Messages;

/** Where a unit's report stands; the label is what users read. */
public enum ReportStatus {
    DRAFT,
    /** Tổng kết only: the unit's council records its evaluation meeting (bình xét) before the head signs. */
    WAITING_COUNCIL,
    WAITING_HEAD,
    SUBMITTED,
    RETURNED,
    ACCEPTED;

    public String label() {
        return Messages.get("report.status." + name());
    }

    /** What users read for a report of {@code kind}: a registration is sent, approved or returned. */
    public String label(ReportKind kind) {
        return kind == ReportKind.REGISTRATION ? Messages.get("report.status.registration." + name()) : label();
    }

    /** The unit's staff owe work on the report (prepare, or complete after a return). */
    public boolean staffOwesWork() {
        return this == DRAFT || this == RETURNED;
    }
}
