package vn.thidua.bloc;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Emulation blocs ({@code thidua.bloc}).
 *
 * @param planWorkingDays        working days the bloc has to prepare, sign and submit its plan after the campaign
 *                               reaches the parent (never later than the parent's own report deadline)
 * @param reminderWorkingDays    the bloc is reminded this many working days before its plan, a meeting's record,
 *                               the interim review or the evaluation is due
 * @param meetingRecordWorkingDays working days after a meeting's planned day its host has to record it
 * @param interimWorkingDays     working days after the interim phase ends the leader has for the bloc's sơ kết
 * @param evaluationDaysBefore   days before the final phase ends that the bloc's evaluation opens
 * @param evaluationWorkingDays  working days the bloc has for self-scores, agreed scores and the vote
 * @param reviewWorkingDays      working days the parent has to review the plan or confirm the result
 */
@ConfigurationProperties("thidua.bloc")
record BlocProperties(@DefaultValue("15") int planWorkingDays, @DefaultValue("3") int reminderWorkingDays,
                      @DefaultValue("5") int meetingRecordWorkingDays, @DefaultValue("10") int interimWorkingDays,
                      @DefaultValue("30") int evaluationDaysBefore, @DefaultValue("15") int evaluationWorkingDays,
                      @DefaultValue("10") int reviewWorkingDays) {
}
