package vn.thidua.deadline;

import java.time.LocalTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a report's deadline is watched, unless its campaign says otherwise.
 *
 * @param reminderDaysBefore        working days (ngày làm việc) before a report's deadline at which whoever still
 *                                  owes the work gets a reminder, at the deadline's hour
 * @param dueDayReminderAt          the hour of the reminder on the due day itself (hôm nay là hạn chót)
 * @param escalateAfterWorkingDays  working days after the deadline, the report still not submitted, at which the
 *                                  parent unit's head is told
 * @param closeOfDay                the hour a deadline given as a day falls at, Vietnam time
 */
@ConfigurationProperties("thidua.deadline")
public record DeadlineProperties(
        @DefaultValue({"5", "2", "1"}) List<Integer> reminderDaysBefore,
        @DefaultValue("07:30") LocalTime dueDayReminderAt,
        @DefaultValue("3") int escalateAfterWorkingDays,
        @DefaultValue("17:00") LocalTime closeOfDay) {

    public DeadlineProperties {
        reminderDaysBefore = reminderDaysBefore == null ? List.of(5, 2, 1) : List.copyOf(reminderDaysBefore);
    }

    /** The schedule of a campaign that set none of its own. */
    public ReminderSchedule defaultSchedule() {
        return new ReminderSchedule(reminderDaysBefore, dueDayReminderAt, escalateAfterWorkingDays);
    }
}
