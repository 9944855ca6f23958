package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignRepository;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.DeadlineProperties;
import vn.thidua.deadline.EngineClock;
import vn.thidua.deadline.ReminderSchedule;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * The variables that drive a report's due dates and timers, from its deadline and its campaign's reminder schedule
 * (the application's defaults where the campaign set none): reminders still ahead and the first of them (the
 * deadline watch's one reminder timer waits for {@code reminderAt}, and each reminder moves it to the next), the
 * overdue notice at the deadline and the parent head's notice some working days later.
 */
@Component
class ReportDeadlines {

    private final CampaignRepository campaigns;
    private final DeadlineProperties properties;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;

    ReportDeadlines(CampaignRepository campaigns, DeadlineProperties properties, DeadlineCalendar calendar,
                           EngineClock clock) {
        this.campaigns = campaigns;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    public ReminderSchedule scheduleOf(long campaignId) {
        return campaigns.reminders(campaignId).over(properties.defaultSchedule());
    }

    public void set(VariableScope scope, long campaignId, DeadlineCalendar.Due due) {
        scope.setVariables(variables(campaignId, due));
    }

    public Map<String, Object> variables(long campaignId, DeadlineCalendar.Due due) {
        ReminderSchedule schedule = scheduleOf(campaignId);
        OffsetDateTime deadline = due.deadline();
        Map<String, Object> variables = new HashMap<>();
        variables.put(Vars.DEADLINE, DeadlineCalendar.iso(deadline));
        variables.put(Vars.DEADLINE_REQUESTED_DAY, due.moved() ? due.requestedDay().toString() : null);
        List<String> reminders = new ArrayList<>(calendar.reminderTimes(deadline, clock.now(), schedule)
                .stream().map(DeadlineCalendar::iso).toList());
        variables.put(Vars.REMINDER_TIMES, ReportVariables.storedReminderTimes(reminders));
        variables.put(Vars.REMINDER_AT, reminders.isEmpty() ? null : reminders.get(0));
        variables.put(Vars.ESCALATION_AT, DeadlineCalendar.iso(
                calendar.workingDaysAfter(deadline, schedule.escalateAfterWorkingDays())));
        return variables;
    }

    /**
     * The timers of an other body's receipt ({@link ReportReceiptProcess}) sent at {@code sentAt}: due after the
     * parent's review time in working days, a reminder one working day before (the due time itself when that is not
     * ahead, so none goes out), and the body's head told the campaign's escalation days after it.
     */
    public Map<String, Object> receiptVariables(long campaignId, OffsetDateTime sentAt, int reviewDays) {
        OffsetDateTime due = calendar.workingDaysAfter(sentAt, reviewDays);
        OffsetDateTime reminder = calendar.workingDaysBefore(due, 1);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ReportReceiptProcess.Vars.RECEIPT_DUE, DeadlineCalendar.iso(due));
        variables.put(ReportReceiptProcess.Vars.RECEIPT_REMINDER_AT,
                DeadlineCalendar.iso(reminder.isAfter(sentAt) ? reminder : due));
        variables.put(ReportReceiptProcess.Vars.RECEIPT_ESCALATION_AT, DeadlineCalendar.iso(
                calendar.workingDaysAfter(due, scheduleOf(campaignId).escalateAfterWorkingDays())));
        return variables;
    }

    /**
     * The reminder that follows {@code current} in the report's reminder times and is still ahead of {@code now}, or
     * null when none is left: a reminder fired late (the node was down) does not bring the ones it missed all at once.
     */
    public static String nextReminder(List<String> reminderTimes, String current, OffsetDateTime now) {
        OffsetDateTime after = current == null ? now : OffsetDateTime.parse(current);
        OffsetDateTime from = after.isAfter(now) ? after : now;
        return reminderTimes == null ? null : reminderTimes.stream()
                .filter(at -> OffsetDateTime.parse(at).isAfter(from))
                .findFirst().orElse(null);
    }
}
