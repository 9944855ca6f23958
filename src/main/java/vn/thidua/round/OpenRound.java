package vn.thidua.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.round.RoundProcess.Vars;

/**
 * {@code Task_OpenRound}: the planned round's day has come; opens it as a phase of the schedule's campaign, unless
 * the schedule was paused or ended meanwhile, and hands the report process its phase and receivers.
 */
@Component("openRound")
class OpenRound implements JavaDelegate {

    private final ReportSchedules schedules;
    private final RoundRepository rounds;

    OpenRound(ReportSchedules schedules, RoundRepository rounds) {
        this.schedules = schedules;
        this.rounds = rounds;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long id = ((Number) execution.getVariable(Vars.SCHEDULE_ID)).longValue();
        int itemNo = ((Number) execution.getVariable(Vars.ROUND_ITEM_NO)).intValue();
        int year = ((Number) execution.getVariable(Vars.ROUND_YEAR)).intValue();
        var round = schedules.open(id, itemNo, year);
        execution.setVariable(Vars.ROUND_OPENED, round.isPresent());
        round.ifPresent(r -> {
            ReportSchedule schedule = rounds.findSchedule(id).orElseThrow();
            ScheduleItem item = schedule.items().stream().filter(i -> i.itemNo() == itemNo).findFirst()
                    .orElseThrow();
            execution.setVariable(Vars.PHASE_NO, r.phaseNo());
            execution.setVariable(Vars.RECEIVERS, item.receivers().name());
        });
    }
}
