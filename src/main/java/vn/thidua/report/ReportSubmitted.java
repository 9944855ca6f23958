package vn.thidua.report;

/**
 * The head signed and the report went to the parent ({@code Task_SubmitReport}); published in that transaction.
 *
 * @param dossier whether the report carries the unit's award dossier (the tổng kết)
 */
public record ReportSubmitted(long reportId, boolean dossier) {
}
