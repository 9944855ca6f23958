package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.report.UnitReportProcess.Vars;

/** Sets the variables that drive a report's due dates and timers from its deadline. */
final class ReportDeadlines {

    private ReportDeadlines() {
    }

    static void set(VariableScope scope, DeadlineCalendar.Due due, DeadlineCalendar calendar, EngineClock clock) {
        OffsetDateTime deadline = due.deadline();
        scope.setVariable(Vars.DEADLINE, DeadlineCalendar.iso(deadline));
        scope.setVariable(Vars.DEADLINE_REQUESTED_DAY, due.moved() ? due.requestedDay().toString() : null);
        scope.setVariable(Vars.REMINDER_TIMES, new ArrayList<>(calendar.reminderTimes(deadline, clock.now())
                .stream().map(DeadlineCalendar::iso).toList()));
    }
}
