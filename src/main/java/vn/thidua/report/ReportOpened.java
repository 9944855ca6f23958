package vn.thidua.report;

/**
 * A unit's report of a phase was opened ({@code Task_OpenReport}), before its children's; published in that
 * transaction, so a listener's refusal becomes the unit's incident in Cockpit.
 */
public record ReportOpened(long reportId) {
}
