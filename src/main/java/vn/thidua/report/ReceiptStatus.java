package vn.thidua.report;

import vn.thidua.text.Messages;

/** Where a report stands with one of its other receiving bodies; the label is what users read. */
public enum ReceiptStatus {
    /** The report was not submitted yet: the body has nothing to read. */
    NOT_SENT,
    WAITING,
    ACKNOWLEDGED,
    RETURNED;

    public String label() {
        return Messages.get("report.receipt.status." + name());
    }
}
