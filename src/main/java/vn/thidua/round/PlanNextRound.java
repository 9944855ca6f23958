package vn.thidua.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.round.RoundProcess.Vars;

/**
 * {@code Task_PlanNextRound}: reads the schedule's status and, while it runs, the next round to open and when
 * (the start of its opening day, Vietnam time).
 */
@Component("planNextRound")
class PlanNextRound implements JavaDelegate {

    private final RoundRepository rounds;
    private final ReportSchedules schedules;

    PlanNextRound(RoundRepository rounds, ReportSchedules schedules) {
        this.rounds = rounds;
        this.schedules = schedules;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Vars.SCHEDULE_ID)).longValue();
        ReportSchedule schedule = rounds.findSchedule(id).orElseThrow();
        ScheduleStatus state = schedule.status();
        execution.setVariable(Vars.ROUND_OPENS_AT, null);
        if (state == ScheduleStatus.ACTIVE) {
            var next = schedules.next(schedule);
            if (next.isEmpty()) {
                state = ScheduleStatus.ENDED;
            } else {
                execution.setVariable(Vars.ROUND_OPENS_AT, DeadlineCalendar.iso(next.get().opensAt()));
                execution.setVariable(Vars.ROUND_ITEM_NO, next.get().item().itemNo());
                execution.setVariable(Vars.ROUND_YEAR, next.get().year());
            }
        }
        execution.setVariable(Vars.SCHEDULE_STATE, state.name());
    }
}
