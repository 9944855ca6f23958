package vn.thidua.digest;

import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.deadline.WorkingCalendar;

/**
 * When the daily digest runs: the timer start event of {@code daily-digest.bpmn} fires every day at the configured
 * time ({@link #cycle()}), and the gateway lets only working days through ({@link #isDigestDay()}).
 */
@Component("digestSchedule")
public class DigestSchedule {

    private final DigestProperties properties;
    private final WorkingCalendar workingDays;
    private final EngineClock clock;

    public DigestSchedule(DigestProperties properties, WorkingCalendar workingDays, EngineClock clock) {
        this.properties = properties;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    /** "R/2026-11-27T07:30+07:00/P1D": every day from today at the configured time, with Vietnam's offset. */
    public String cycle() {
        return "R/" + DeadlineCalendar.iso(today().atTime(properties.time()).atZone(EngineClock.ZONE)
                .toOffsetDateTime()) + "/P1D";
    }

    /** Digests are on, and today is a working day (no digest on weekends, holidays, one-off days off). */
    public boolean isDigestDay() {
        return properties.enabled() && workingDays.isWorkingDay(today());
    }

    public LocalDate today() {
        return clock.now().toLocalDate();
    }
}
