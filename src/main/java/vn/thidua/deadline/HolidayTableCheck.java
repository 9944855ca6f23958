package vn.thidua.deadline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warns at start-up when the holiday table lacks this year or the next: deadlines would then count only weekends
 * as days off, and Tết would be counted as working days.
 */
@Component
class HolidayTableCheck {

    private static final Logger log = LoggerFactory.getLogger(HolidayTableCheck.class);

    private final WorkingCalendar calendar;
    private final EngineClock clock;

    HolidayTableCheck(WorkingCalendar calendar, EngineClock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnOfMissingYears() {
        int year = clock.now().getYear();
        for (int y = year; y <= year + 1; y++) {
            if (!calendar.knowsYear(y)) {
                log.warn("thidua.calendar.holidays has no list for {}: deadlines in {} count only weekends as days "
                        + "off until the year's official holidays are added", y, y);
            }
        }
    }
}
