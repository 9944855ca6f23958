package vn.thidua.report;

/**
 * Element ids and variable names of {@code processes/report-receipt.bpmn}: one instance per report, other receiving
 * body and submission. The body's staff acknowledge the report (tiếp nhận) or return it with reasons; the unit's
 * parent alone decides whether the report is accepted, so the unit's own process never waits for this one.
 */
final class ReportReceiptProcess {

    public static final String KEY = "ReportReceipt";

    public static final String START = "Start_ReportReceived";
    /** The start message: the report was sent to the body ({@code Task_SendToOtherBodies}). */
    public static final String MESSAGE_REPORT_SENT = "ReportSentToBody";
    public static final String ACKNOWLEDGE_REPORT = "Task_AcknowledgeReport";
    public static final String GATEWAY_RECEIPT_DECISION = "Gateway_ReceiptDecision";
    public static final String QUEUE_RECEIPT_RETURN_MAIL = "Task_QueueReceiptReturnMail";
    public static final String END_ACKNOWLEDGED = "End_Acknowledged";
    public static final String END_RETURNED = "End_ReceiptReturned";

    /** Values of {@link Vars#RECEIPT_DECISION}, as the form submits them. */
    public static final String ACKNOWLEDGE = "acknowledge";
    public static final String RETURN = "return";

    public static final class Vars {
        /** The report ({@code UnitReportProcess.Vars.REPORT_ID}, same name so the report's form fields fill alike). */
        public static final String REPORT_ID = UnitReportProcess.Vars.REPORT_ID;
        public static final String REPORT_TITLE = UnitReportProcess.Vars.REPORT_TITLE;
        public static final String UNIT_NAME = UnitReportProcess.Vars.UNIT_NAME;
        /** The receiving body's unit code and its staff group, who do the task. */
        public static final String BODY_CODE = "bodyCode";
        public static final String BODY_STAFF_GROUP = "bodyStaffGroup";
        /** The report's round (how often its parent had returned it) this receipt is for. */
        public static final String ROUND = "receiptRound";
        /** When the body should have answered (ISO-8601 with offset): the parent's review time, in working days. */
        public static final String RECEIPT_DUE = "receiptDue";
        public static final String RECEIPT_DECISION = "receiptDecision";

        private Vars() {
        }
    }

    /** Task-local fields of the form report-acknowledge. */
    public static final class FormFields {
        public static final String RECEIPT_REASONS = "receiptReasons";
        public static final String HISTORY_URL = "historyUrl";
        public static final String BODY_NAME = "bodyName";

        private FormFields() {
        }
    }

    private ReportReceiptProcess() {
    }
}
