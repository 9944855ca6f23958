package vn.thidua.report;

/**
 * The parent returned the report to the unit's staff with reasons and a new deadline ({@code Task_ReturnReport});
 * published in that transaction, after the report, its deadline variables and the mail are recorded.
 *
 * @param dossier whether the report carries the unit's award dossier (the tổng kết)
 */
public record ReportReturned(long reportId, boolean dossier) {
}
