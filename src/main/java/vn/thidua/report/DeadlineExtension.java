package vn.thidua.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One extension (gia hạn) of a unit's report deadline.
 *
 * @param requestedDay the day asked for when it was a day off and the deadline moved to the next working day
 * @param extendedBy   username, or the administrator who declared the day off that moved it
 */
record DeadlineExtension(long id, long reportId, OffsetDateTime oldDeadline, OffsetDateTime newDeadline,
                                LocalDate requestedDay, String reason, String extendedBy, OffsetDateTime extendedAt) {
}
