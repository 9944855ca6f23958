package vn.thidua.deadline;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import org.springframework.stereotype.Component;

/**
 * Counts working days (ngày làm việc): weekends, the configured public holidays and the one-off days off an
 * administrator declared do not count; a make-up working day (ngày làm bù) on a weekend does.
 */
@Component
public class WorkingCalendar {

    /** No real calendar has a year without a working day; more than this in a row is a configuration error. */
    private static final int MAX_DAYS_OFF_IN_A_ROW = 366;

    private final CalendarProperties properties;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;
    private final OneOffDaysOff oneOff;

    WorkingCalendar(CalendarProperties properties, OneOffDaysOff oneOff) {
        this.properties = properties;
        this.holidays = properties.allHolidays();
        this.makeUpWorkingDays = properties.allMakeUpWorkingDays();
        this.oneOff = oneOff;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(day, oneOff.days());
    }

    /**
     * The calendar as it stands now, for counting many deadlines in one request: the one-off days off are read once
     * instead of once per day counted.
     */
    public Predicate<LocalDate> snapshot() {
        Set<LocalDate> daysOff = oneOff.days();
        return day -> isWorkingDay(day, daysOff);
    }

    /** The day itself when it is a working day, else the first working day after it. */
    LocalDate onOrNextWorkingDay(LocalDate day) {
        Set<LocalDate> daysOff = oneOff.days();
        LocalDate d = day;
        for (int i = 0; !isWorkingDay(d, daysOff); i++) {
            d = next(d, 1, i);
        }
        return d;
    }

    /** The day {@code count} working days before {@code day} (not counting {@code day} itself). */
    LocalDate minusWorkingDays(LocalDate day, int count) {
        return move(day, count, -1);
    }

    /** The day {@code count} working days after {@code day} (not counting {@code day} itself). */
    public LocalDate plusWorkingDays(LocalDate day, int count) {
        return move(day, count, 1);
    }

    /** Whether the holiday table covers the year; a year missing from it counts only weekends as days off. */
    boolean knowsYear(int year) {
        return properties.holidays().containsKey(year);
    }

    private LocalDate move(LocalDate day, int count, int step) {
        if (count < 0) {
            throw new IllegalArgumentException("Working days to move must not be negative: " + count);
        }
        Set<LocalDate> daysOff = oneOff.days();
        LocalDate d = day;
        for (int left = count; left > 0; left--) {
            d = next(d, step, 0);
            for (int i = 1; !isWorkingDay(d, daysOff); i++) {
                d = next(d, step, i);
            }
        }
        return d;
    }

    private static LocalDate next(LocalDate day, int step, int daysOffSoFar) {
        if (daysOffSoFar > MAX_DAYS_OFF_IN_A_ROW) {
            throw new IllegalStateException("No working day within a year of " + day + ": check thidua.calendar");
        }
        return day.plusDays(step);
    }

    private boolean isWorkingDay(LocalDate day, Set<LocalDate> daysOff) {
        if (holidays.contains(day) || daysOff.contains(day)) {
            return false;
        }
        return !properties.weekend().contains(day.getDayOfWeek()) || makeUpWorkingDays.contains(day);
    }
}
