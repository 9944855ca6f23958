package vn.thidua.report;

/**
 * The unit's staff completed {@code Task_PrepareReport} and the content passed its checks; published in the task's
 * transaction before the content is stored. A listener that refuses (with an input error) refuses the completion, and
 * nothing of it is kept.
 *
 * @param dossier whether the report carries the unit's award dossier (the tổng kết)
 */
public record ReportPrepared(long reportId, boolean dossier) {
}
