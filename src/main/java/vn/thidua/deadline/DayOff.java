package vn.thidua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A one-off day off (ngày nghỉ đột xuất) an administrator declared, and why. */
public record DayOff(LocalDate day, String reason, String createdBy, OffsetDateTime createdAt) {
}
