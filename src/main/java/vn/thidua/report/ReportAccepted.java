package vn.thidua.report;

/**
 * The parent accepted the report (for the root: its head signed it) and it is final ({@code Task_AcceptReport});
 * published in that transaction, after the report is marked accepted.
 *
 * @param dossier whether the report carries the unit's award dossier (the tổng kết)
 */
public record ReportAccepted(long reportId, boolean dossier) {
}
