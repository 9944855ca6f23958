package vn.thidua.bloc;

import java.util.Date;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;

/**
 * Due dates of the parent's steps in Tasklist ({@code camunda:dueDate="${blocStepDue.review()}"}): close of office
 * hours some working days from now. Public only because the engine's expression language calls its methods by
 * reflection; no other module uses it.
 */
@Component("blocStepDue")
public class BlocStepDue {

    private final BlocProperties properties;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;

    BlocStepDue(BlocProperties properties, DeadlineCalendar calendar, EngineClock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** When the parent should have reviewed the plan or confirmed the result. */
    public Date review() {
        return Date.from(calendar.closeOfDay(calendar.workingDaysAfter(clock.now(), properties.reviewWorkingDays())
                .toLocalDate()).toInstant());
    }
}
