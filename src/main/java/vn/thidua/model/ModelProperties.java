package vn.thidua.model;

import java.time.MonthDay;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Exemplary models ({@code thidua.model}).
 *
 * @param followUpMonth         month of the day each year's follow-up is due (the end of the school year)
 * @param followUpDayOfMonth    that day
 * @param reminderWorkingDays   the unit is reminded this many working days before a follow-up is due
 * @param prepareWorkingDays    working days the unit's staff have to complete a proposal (Tasklist due date)
 * @param reviewWorkingDays     working days the head and the parent have for their steps (Tasklist due date)
 */
@ConfigurationProperties("thidua.model")
record ModelProperties(@DefaultValue("5") int followUpMonth, @DefaultValue("31") int followUpDayOfMonth,
                       @DefaultValue("5") int reminderWorkingDays, @DefaultValue("15") int prepareWorkingDays,
                       @DefaultValue("10") int reviewWorkingDays) {

    MonthDay followUpDay() {
        return MonthDay.of(followUpMonth, followUpDayOfMonth);
    }
}
