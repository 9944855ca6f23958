package vn.thidua.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The working-day calendar of Vietnamese administration (ngày làm việc).
 *
 * @param weekend             days of the week that are not working days (Saturday and Sunday for civil servants)
 * @param holidays            per year, every day off of the official holidays: the break as the Government's decision
 *                            states it, compensatory days (nghỉ bù) and swapped days included
 * @param makeUpWorkingDays   per year, weekend days worked to make up a swapped day (ngày làm bù)
 */
@ConfigurationProperties("thidua.calendar")
record CalendarProperties(
        @DefaultValue({"SATURDAY", "SUNDAY"}) Set<DayOfWeek> weekend,
        Map<Integer, List<LocalDate>> holidays,
        Map<Integer, List<LocalDate>> makeUpWorkingDays) {

    public CalendarProperties {
        weekend = weekend == null ? Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY) : Set.copyOf(weekend);
        holidays = holidays == null ? Map.of() : Map.copyOf(holidays);
        makeUpWorkingDays = makeUpWorkingDays == null ? Map.of() : Map.copyOf(makeUpWorkingDays);
    }

    /** Every configured holiday, whichever year it was listed under. */
    public Set<LocalDate> allHolidays() {
        return flatten(holidays);
    }

    public Set<LocalDate> allMakeUpWorkingDays() {
        return flatten(makeUpWorkingDays);
    }

    private static Set<LocalDate> flatten(Map<Integer, List<LocalDate>> byYear) {
        return byYear.values().stream().flatMap(List::stream).collect(Collectors.toUnmodifiableSet());
    }
}
