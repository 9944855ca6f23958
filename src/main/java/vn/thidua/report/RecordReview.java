package vn.thidua.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * Task listener (complete) of {@code Task_ReviewReport}: the parent's staff accept the report, or return it
 * (trả hồ sơ) with reasons and a new deadline. Every review is kept.
 */
@Component("recordReview")
class RecordReview implements TaskListener {

    static final int MIN_REASONS = 10;
    /**
     * A return gives days or weeks, not months. A later date is almost always a day and month swapped: the
     * Tasklist date field reads typed dates as month/day/year.
     */
    static final int MAX_RETURN_DAYS = 60;

    private final ReportRepository reports;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;

    RecordReview(ReportRepository reports, DeadlineCalendar calendar, EngineClock clock) {
        this.reports = reports;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        String decision = FormValues.text(task, Vars.REVIEW_DECISION);
        ReportVariables vars = ReportVariables.of(task);
        long reportId = vars.reportId();
        OffsetDateTime now = clock.now();
        String reviewer = reviewer(task);
        if (UnitReportProcess.REVIEW_RETURN.equals(decision)) {
            String reasons = FormValues.longText(task, FormFields.RETURN_REASONS,
                    Messages.get("report.field.returnReasons"));
            if (reasons == null || reasons.length() < MIN_REASONS) {
                throw new InvalidInputException(Messages.get("report.review.reasonsShort", MIN_REASONS));
            }
            Object day = task.getVariable(FormFields.NEW_DEADLINE);
            LocalDate newDay = DeadlineCalendar.parseDay(day);
            if (newDay == null) {
                throw new InvalidInputException(Messages.get("report.review.dayMissing"));
            }
            DeadlineCalendar.Due due = calendar.dueOn(newDay);
            OffsetDateTime newDeadline = due.deadline();
            if (!newDeadline.isAfter(now)) {
                throw new InvalidInputException(Messages.get("report.review.dayPast", due.label()));
            }
            if (newDeadline.isAfter(now.plusDays(MAX_RETURN_DAYS))) {
                throw new InvalidInputException(
                        Messages.get("report.review.dayFar", due.label(), MAX_RETURN_DAYS));
            }
            reports.addReview(reportId, "RETURNED", reasons, newDeadline, reviewer, now);
            vars.setReturnRequestedDay(newDay);
        } else if (UnitReportProcess.REVIEW_ACCEPT.equals(decision)) {
            reports.addReview(reportId, "ACCEPTED", null, null, reviewer, now);
        } else {
            throw new InvalidInputException(Messages.get("report.review.decisionMissing"));
        }
        vars.setReviewDecision(decision);
    }

    private static String reviewer(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService()
                .getCurrentAuthentication();
        if (authentication != null && authentication.getUserId() != null) {
            return authentication.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : "?";
    }
}
