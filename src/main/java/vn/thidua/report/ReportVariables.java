package vn.thidua.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.org.Receivers;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * Typed access to the variables of {@code processes/unit-report.bpmn} for its delegates and listeners (the names
 * are those of {@link Vars}; how each value is stored, a number, a flag or an ISO-8601 text, is known here only).
 * A task's view reads through the task (its local variables first) and writes to its execution.
 */
public final class ReportVariables {

    private final VariableScope read;
    private final VariableScope write;

    private ReportVariables(VariableScope read, VariableScope write) {
        this.read = read;
        this.write = write;
    }

    public static ReportVariables of(VariableScope execution) {
        return new ReportVariables(execution, execution);
    }

    public static ReportVariables of(DelegateTask task) {
        return new ReportVariables(task, task.getExecution());
    }

    public long reportId() {
        return number(Vars.REPORT_ID).longValue();
    }

    public long campaignId() {
        return number(Vars.CAMPAIGN_ID).longValue();
    }

    public int phaseNo() {
        return number(Vars.PHASE_NO).intValue();
    }

    public String unitCode() {
        return (String) read.getVariable(Vars.UNIT_CODE);
    }

    /** The parent unit's deadline; null for the root. */
    public OffsetDateTime parentDeadline() {
        String iso = (String) read.getVariable(Vars.PARENT_DEADLINE);
        return iso == null ? null : DeadlineCalendar.parseIso(iso);
    }

    /** Who receives the report; the parent only when the caller did not say. */
    public Receivers receivers() {
        return Receivers.of(read.getVariable(Vars.RECEIVERS));
    }

    /** Whether the report carries the unit's award dossier (the tổng kết). */
    public boolean dossier() {
        return Boolean.TRUE.equals(read.getVariable(Vars.DOSSIER));
    }

    /** The day asked for when the deadline moved off a day off; null when it did not move. */
    public LocalDate deadlineRequestedDay() {
        return DeadlineCalendar.parseDay(read.getVariable(Vars.DEADLINE_REQUESTED_DAY));
    }

    public LocalDate returnRequestedDay() {
        return DeadlineCalendar.parseDay(read.getVariable(Vars.RETURN_REQUESTED_DAY));
    }

    public void setReturnRequestedDay(LocalDate day) {
        write.setVariable(Vars.RETURN_REQUESTED_DAY, day.toString());
    }

    /** The reminder instant the watch's timer waits for (ISO-8601 with offset), null when none is left. */
    public String reminderAt() {
        return (String) read.getVariable(Vars.REMINDER_AT);
    }

    public void setReminderAt(String reminderAt) {
        write.setVariable(Vars.REMINDER_AT, reminderAt);
    }

    /**
     * The reminder instants, stored as one text (ISO-8601 instants separated by spaces): a string variable is read
     * without deserialising an object, which the job executor does for every school when a reminder burst falls
     * due. Processes started before kept them as a list, read as it is.
     */
    public List<String> reminderTimes() {
        return reminderTimes(read.getVariable(Vars.REMINDER_TIMES));
    }

    static List<String> reminderTimes(Object stored) {
        if (stored instanceof String text) {
            return text.isBlank() ? List.of() : List.of(text.trim().split(" +"));
        }
        if (stored instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return null;
    }

    /** How {@link #reminderTimes()} are stored. */
    static String storedReminderTimes(List<String> times) {
        return String.join(" ", times);
    }

    public void setReviewDue(OffsetDateTime due) {
        write.setVariable(Vars.REVIEW_DUE, DeadlineCalendar.iso(due));
    }

    public void setHeadDecision(String decision) {
        write.setVariable(Vars.HEAD_DECISION, decision);
    }

    public void setReviewDecision(String decision) {
        write.setVariable(Vars.REVIEW_DECISION, decision);
    }

    /** How many nominations this level approved and has yet to grant in a decision ({@code Gateway_HasAwards}). */
    public void setAwardsToDecide(int count) {
        write.setVariable(Vars.AWARDS_TO_DECIDE, count);
    }

    private Number number(String name) {
        return (Number) read.getVariable(name);
    }
}
