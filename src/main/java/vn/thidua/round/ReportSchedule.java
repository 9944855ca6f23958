package vn.thidua.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A level's report schedule (lịch báo cáo định kỳ) and its items. */
record ReportSchedule(long id, String name, String rootUnitCode, long campaignId, ScheduleStatus status,
                      LocalDate planFrom, String createdBy, OffsetDateTime createdAt, String processInstanceId,
                      List<ScheduleItem> items) {
}
