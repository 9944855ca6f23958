package vn.thidua.round;

import java.time.OffsetDateTime;

/** A round a schedule opened: item, year and the campaign phase it runs as. */
record ScheduledRound(long scheduleId, int itemNo, int year, int phaseNo, OffsetDateTime openedAt) {
}
