package vn.thidua.report;

/** The names of {@code processes/report-receipt.bpmn} that tests of other packages complete its task with. */
public final class ReceiptProcessNames {

    public static final String KEY = ReportReceiptProcess.KEY;
    public static final String REPORT_ID = ReportReceiptProcess.Vars.REPORT_ID;
    public static final String RECEIPT_DECISION = ReportReceiptProcess.Vars.RECEIPT_DECISION;
    public static final String RECEIPT_REASONS = ReportReceiptProcess.FormFields.RECEIPT_REASONS;
    public static final String ACKNOWLEDGE = ReportReceiptProcess.ACKNOWLEDGE;
    public static final String RETURN = ReportReceiptProcess.RETURN;

    private ReceiptProcessNames() {
    }
}
