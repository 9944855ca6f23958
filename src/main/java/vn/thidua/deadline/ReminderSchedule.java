package vn.thidua.deadline;

import java.time.LocalTime;
import java.util.List;

/**
 * When a report's deadline is watched: reminders some working days before (at the deadline's hour), one on the
 * due day itself, and the parent's head told some working days after it passed unsubmitted.
 *
 * @param workingDaysBefore        e.g. 5, 2, 1
 * @param dueDayAt                 hour of the due-day reminder (07:30), or null for none
 * @param escalateAfterWorkingDays working days after the deadline (3)
 */
public record ReminderSchedule(List<Integer> workingDaysBefore, LocalTime dueDayAt, int escalateAfterWorkingDays) {

    public ReminderSchedule {
        workingDaysBefore = workingDaysBefore == null ? List.of() : List.copyOf(workingDaysBefore);
    }

    /** The campaign's own figures where it set them, the defaults elsewhere. */
    public ReminderSchedule overriddenBy(List<Integer> daysBefore, LocalTime dueDayAt, Integer escalateAfter) {
        return new ReminderSchedule(daysBefore == null || daysBefore.isEmpty() ? workingDaysBefore : daysBefore,
                dueDayAt == null ? this.dueDayAt : dueDayAt,
                escalateAfter == null ? escalateAfterWorkingDays : escalateAfter);
    }
}
