package vn.thidua.model;

import java.time.OffsetDateTime;
import java.util.Date;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;

/**
 * Due dates of a proposal's steps in Tasklist ({@code camunda:dueDate="${modelStepDue.prepare()}"}): close of
 * office hours some working days from now. Public only because the engine's expression language calls its methods
 * by reflection; no other module uses it.
 */
@Component("modelStepDue")
public class ModelStepDue {

    private final ModelProperties properties;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;

    ModelStepDue(ModelProperties properties, DeadlineCalendar calendar, EngineClock clock) {
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** When the unit's staff should have completed the proposal. */
    public Date prepare() {
        return after(properties.prepareWorkingDays());
    }

    /** When the head should have signed, or the parent reviewed. */
    public Date review() {
        return after(properties.reviewWorkingDays());
    }

    private Date after(int workingDays) {
        OffsetDateTime due = calendar.closeOfDay(calendar.workingDaysAfter(clock.now(), workingDays).toLocalDate());
        return Date.from(due.toInstant());
    }
}
