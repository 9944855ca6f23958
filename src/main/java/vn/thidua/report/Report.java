package vn.thidua.report;

import java.time.OffsetDateTime;

import vn.thidua.campaign.ReportKind;

/**
 * A unit's report for one phase of a campaign (báo cáo sơ kết / tổng kết). Nominations (hồ sơ đề nghị khen
 * thưởng) of a tổng kết will hang off this report's id.
 */
public record Report(long id, long campaignId, int phaseNo, String unitCode, String parentUnitCode, ReportKind kind,
                     ReportStatus status, OffsetDateTime deadline, String summary, Integer staffCount,
                     Integer registeredCount, String highlights, String headComment, int returnCount,
                     OffsetDateTime submittedAt, OffsetDateTime acceptedAt, String processInstanceId) {

    /** Content the staff typed, as the forms show it. */
    public record Content(String summary, Integer staffCount, Integer registeredCount, String highlights) {
    }
}
