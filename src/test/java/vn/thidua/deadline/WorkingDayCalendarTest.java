package vn.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;


/** Working days (ngày làm việc) counted with the holiday table shipped in application.yml, without Spring. */
class WorkingDayCalendarTest {

    /** Mùng 1 Tết Nguyên Đán of each configured year. */
    static final Map<Integer, LocalDate> LUNAR_NEW_YEAR = Map.of(2025, LocalDate.of(2025, 1, 29),
            2026, LocalDate.of(2026, 2, 17), 2027, LocalDate.of(2027, 2, 6), 2028, LocalDate.of(2028, 1, 26));
    /** Giỗ Tổ Hùng Vương, 10/3 âm lịch. */
    static final Map<Integer, LocalDate> HUNG_KINGS = Map.of(2025, LocalDate.of(2025, 4, 7),
            2026, LocalDate.of(2026, 4, 26), 2027, LocalDate.of(2027, 4, 16), 2028, LocalDate.of(2028, 4, 4));

    static CalendarProperties shipped;

    final Set<LocalDate> oneOff = new HashSet<>();
    WorkingCalendar days;
    DeadlineCalendar deadlines;

    @BeforeEach
    void calendar() throws IOException {
        if (shipped == null) {
            List<PropertySource<?>> yaml = new YamlPropertySourceLoader()
                    .load("application.yml", new ClassPathResource("application.yml"));
            shipped = new Binder(ConfigurationPropertySources.from(yaml.get(0)), null,
                    ApplicationConversionService.getSharedInstance())
                    .bindOrCreate("thidua.calendar", CalendarProperties.class);
        }
        days = new WorkingCalendar(shipped, () -> Set.copyOf(oneOff));
        deadlines = new DeadlineCalendar(new DeadlineProperties(List.of(3, 1), null, 3, LocalTime.of(17, 0)), days);
    }

    @Test
    void everyConfiguredYearHasItsHolidaysAndTet() {
        assertThat(shipped.weekend()).containsExactlyInAnyOrder(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        for (int y = 2025; y <= 2028; y++) {
            int year = y;
            assertThat(days.knowsYear(year)).as("year %d configured", year).isTrue();
            List<LocalDate> holidays = shipped.holidays().get(year);
            assertThat(holidays).as("every date of %d is in %d", year, year).allMatch(d -> d.getYear() == year);
            assertThat(holidays).as("fixed holidays of %d", year).contains(LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 4, 30), LocalDate.of(year, 5, 1), LocalDate.of(year, 9, 2),
                    HUNG_KINGS.get(year));
            assertThat(holidays).as("Quốc khánh and the day beside it, %d", year)
                    .containsAnyOf(LocalDate.of(year, 9, 1), LocalDate.of(year, 9, 3));
            LocalDate tet = LUNAR_NEW_YEAR.get(year);
            assertThat(holidays).as("mùng 1 Tết %d", year).contains(tet);
            // Bộ luật Lao động 2019 Điều 112: five days of Tết, all of them off work.
            long weekdaysOffAroundTet = holidays.stream()
                    .filter(d -> !d.isBefore(tet.minusDays(7)) && !d.isAfter(tet.plusDays(7)))
                    .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
                    .count();
            assertThat(weekdaysOffAroundTet).as("weekdays off for Tết %d", year).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void leadTimeBeforeADeadlineAfterTetSkipsTheBreak() {
        OffsetDateTime afterTet = OffsetDateTime.parse("2027-02-15T17:00+07:00");
        assertThat(deadlines.leadBefore(afterTet, 1)).isEqualTo("2027-02-12T17:00+07:00");
        assertThat(deadlines.leadBefore(afterTet, 2)).isEqualTo("2027-02-11T17:00+07:00");
        // 04/02 – 10/02/2027 is the Tết break, 06–07/02 a weekend inside it.
        assertThat(deadlines.leadBefore(afterTet, 3)).isEqualTo("2027-02-03T17:00+07:00");
        assertThat(deadlines.leadBefore(afterTet, 5)).isEqualTo("2027-02-01T17:00+07:00");
        assertThat(deadlines.reminderTimes(afterTet, OffsetDateTime.parse("2027-01-20T08:00+07:00")))
                .containsExactly(OffsetDateTime.parse("2027-02-03T17:00+07:00"),
                        OffsetDateTime.parse("2027-02-12T17:00+07:00"));
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo("2026-02-23");
    }

    @Test
    void reminderTimesAlreadyPastAreLeftOut() {
        OffsetDateTime deadline = OffsetDateTime.parse("2026-12-07T17:00+07:00");
        assertThat(deadlines.reminderTimes(deadline, OffsetDateTime.parse("2026-12-03T09:00+07:00")))
                .containsExactly(OffsetDateTime.parse("2026-12-04T17:00+07:00"));
    }

    @Test
    void aCampaignScheduleRemindsOnItsWorkingDaysAndOnTheDueDayMorning() {
        // Monday 18/01/2027, 17:00; the weekend of 16–17/01 does not count.
        OffsetDateTime deadline = OffsetDateTime.parse("2027-01-18T17:00+07:00");
        ReminderSchedule schedule = new ReminderSchedule(List.of(5, 2, 1), LocalTime.of(7, 30), 3);
        assertThat(deadlines.reminderTimes(deadline, OffsetDateTime.parse("2027-01-04T08:00+07:00"), schedule))
                .containsExactly(OffsetDateTime.parse("2027-01-11T17:00+07:00"),
                        OffsetDateTime.parse("2027-01-14T17:00+07:00"),
                        OffsetDateTime.parse("2027-01-15T17:00+07:00"),
                        OffsetDateTime.parse("2027-01-18T07:30+07:00"));
        assertThat(deadlines.reminderTimes(deadline, OffsetDateTime.parse("2027-01-14T18:00+07:00"), schedule))
                .as("reminders already past are skipped")
                .containsExactly(OffsetDateTime.parse("2027-01-15T17:00+07:00"),
                        OffsetDateTime.parse("2027-01-18T07:30+07:00"));
        OffsetDateTime early = OffsetDateTime.parse("2027-01-18T07:00+07:00");
        assertThat(deadlines.reminderTimes(early, OffsetDateTime.parse("2027-01-14T18:00+07:00"), schedule))
                .as("a due-day hour after the deadline's is no reminder")
                .containsExactly(OffsetDateTime.parse("2027-01-15T07:00+07:00"));
        assertThat(deadlines.workingDaysAfter(deadline, schedule.escalateAfterWorkingDays()))
                .isEqualTo("2027-01-21T17:00+07:00");
    }

    @Test
    void aDeadlineWithItsHourMovesOffADayOff() {
        assertThat(deadlines.dueAt(java.time.LocalDateTime.parse("2027-01-16T10:00")).deadline())
                .isEqualTo("2027-01-18T10:00+07:00");
        oneOff.add(LocalDate.of(2027, 1, 18));
        DeadlineCalendar.Due moved = deadlines.keepOnWorkingDay(OffsetDateTime.parse("2027-01-18T17:00+07:00"));
        assertThat(moved.deadline()).isEqualTo("2027-01-19T17:00+07:00");
        assertThat(moved.label()).isEqualTo(
                "17:00 ngày 19/01/2027 (ngày 18/01/2027 là ngày nghỉ, hạn chuyển sang ngày làm việc kế tiếp)");
    }

    @Test
    void victoryAndLabourDay2026() {
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 29))).isTrue();
        for (LocalDate off = LocalDate.of(2026, 4, 30); off.isBefore(LocalDate.of(2026, 5, 4)); off = off.plusDays(1)) {
            assertThat(days.isWorkingDay(off)).as("%s off", off).isFalse();
        }
        assertThat(deadlines.closeOfDay(LocalDate.of(2026, 4, 30))).isEqualTo("2026-05-04T17:00+07:00");
        assertThat(deadlines.leadBefore(OffsetDateTime.parse("2026-05-04T17:00+07:00"), 1))
                .isEqualTo("2026-04-29T17:00+07:00");
        // Giỗ Tổ fell on Sunday 26/04/2026: Monday 27/04 is its nghỉ bù.
        assertThat(days.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
        assertThat(days.minusWorkingDays(LocalDate.of(2026, 4, 28), 1)).isEqualTo("2026-04-24");
    }

    @Test
    void labourDayOnASaturdayIn2027MovesADeadlineToTuesday() {
        DeadlineCalendar.Due due = deadlines.dueOn(LocalDate.of(2027, 5, 1));
        assertThat(due.deadline()).isEqualTo("2027-05-04T17:00+07:00");
        assertThat(due.moved()).isTrue();
        assertThat("Hạn nộp: " + due.label()).isEqualTo("Hạn nộp: 17:00 ngày 04/05/2027 (ngày 01/05/2027 là ngày "
                + "nghỉ, hạn chuyển sang ngày làm việc kế tiếp)");
        assertThat(deadlines.leadBefore(due.deadline(), 1)).isEqualTo("2027-04-29T17:00+07:00");

        DeadlineCalendar.Due workingDay = deadlines.dueOn(LocalDate.of(2027, 5, 5));
        assertThat(workingDay.moved()).isFalse();
        assertThat(workingDay.label()).isEqualTo("17:00 ngày 05/05/2027");
    }

    @Test
    void nationalDayAndTheDayBesideIt() {
        // 2025: Monday 01/09 and Tuesday 02/09.
        assertThat(days.minusWorkingDays(LocalDate.of(2025, 9, 3), 1)).isEqualTo("2025-08-29");
        // 2027: Thursday 02/09 and Friday 03/09.
        assertThat(deadlines.closeOfDay(LocalDate.of(2027, 9, 2))).isEqualTo("2027-09-06T17:00+07:00");
        assertThat(days.plusWorkingDays(LocalDate.of(2027, 9, 1), 2)).isEqualTo("2027-09-07");
        // 2028: Saturday 02/09 with Friday 01/09 beside it, Monday 04/09 its nghỉ bù.
        assertThat(days.plusWorkingDays(LocalDate.of(2028, 8, 31), 1)).isEqualTo("2028-09-05");
    }

    @Test
    void yearBoundaries() {
        assertThat(days.plusWorkingDays(LocalDate.of(2024, 12, 31), 1)).isEqualTo("2025-01-02");
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 12, 31), 1)).isEqualTo("2027-01-04");
        // 01/01/2028 is a Saturday; Monday 03/01 is its nghỉ bù.
        assertThat(days.minusWorkingDays(LocalDate.of(2028, 1, 4), 1)).isEqualTo("2027-12-31");
        assertThat(deadlines.closeOfDay(LocalDate.of(2028, 1, 1))).isEqualTo("2028-01-04T17:00+07:00");
    }

    @Test
    void bothDirectionsAroundAWeekend() {
        LocalDate saturday = LocalDate.of(2026, 12, 12);
        assertThat(days.onOrNextWorkingDay(saturday)).isEqualTo("2026-12-14");
        assertThat(days.onOrNextWorkingDay(LocalDate.of(2026, 12, 14))).isEqualTo("2026-12-14");
        assertThat(days.minusWorkingDays(saturday, 1)).isEqualTo("2026-12-11");
        assertThat(days.plusWorkingDays(saturday, 1)).isEqualTo("2026-12-14");
        assertThat(days.minusWorkingDays(LocalDate.of(2026, 12, 14), 5)).isEqualTo("2026-12-07");
        assertThat(days.plusWorkingDays(LocalDate.of(2026, 12, 14), 0)).isEqualTo("2026-12-14");
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDay() {
        // 2025: Friday 02/05 swapped off, Saturday 26/04 worked instead.
        assertThat(days.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(days.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(days.minusWorkingDays(LocalDate.of(2025, 4, 28), 1)).isEqualTo("2025-04-26");
    }

    @Test
    void reviewTimeCountsWorkingDaysAtTheSameHour() {
        OffsetDateTime fridayAfternoon = OffsetDateTime.parse("2026-12-11T15:30+07:00");
        assertThat(deadlines.workingDaysAfter(fridayAfternoon, 3)).isEqualTo("2026-12-16T15:30+07:00");
    }

    @Test
    void aDayOffDeclaredByAnAdministratorMovesDeadlines() {
        LocalDate storm = LocalDate.of(2026, 12, 15);
        assertThat(deadlines.closeOfDay(storm)).isEqualTo("2026-12-15T17:00+07:00");
        oneOff.add(storm);
        DeadlineCalendar.Due due = deadlines.dueOn(storm);
        assertThat(due.deadline()).isEqualTo("2026-12-16T17:00+07:00");
        assertThat(due.label()).contains("ngày 15/12/2026 là ngày nghỉ");
        assertThat(deadlines.leadBefore(OffsetDateTime.parse("2026-12-17T17:00+07:00"), 2))
                .isEqualTo("2026-12-14T17:00+07:00");
    }

    @Test
    void aYearMissingFromTheTableCountsWeekendsOnly() {
        assertThat(days.knowsYear(2031)).isFalse();
        assertThat(days.plusWorkingDays(LocalDate.of(2031, 4, 29), 1)).isEqualTo("2031-04-30");
    }
}
