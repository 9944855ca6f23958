package vn.thidua.report;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.thidua.deadline.DayOff;
import vn.thidua.deadline.DayOffAdded;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.SignedInUser;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * Extends one unit's report deadline (gia hạn): the parent unit's staff (or an administrator) give a later date and
 * a reason; the extension is kept in history, our table's deadline moves, and every timer of the unit's process
 * follows: the deadline watch is interrupted by the {@value UnitReportProcess#MESSAGE_DEADLINE_EXTENDED} message
 * and restarts from the new deadline, and the open task's due date moves. A one-off day off declared on a report's
 * deadline extends it the same way, to the next working day.
 */
@Service
public class DeadlineExtensions {

    private static final Logger log = LoggerFactory.getLogger(DeadlineExtensions.class);
    static final int MAX_REASON = 1000;

    /** @param newDeadline yyyy-MM-dd (close of office hours that day), or yyyy-MM-ddTHH:mm */
    public record ExtensionRequest(String newDeadline, String reason) {
    }

    private final ReportRepository reports;
    private final DeadlineExtensionRepository extensions;
    private final ReportDeadlines deadlines;
    private final ReportMails mails;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;
    private final OrgDirectory org;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final ReportAccess access;
    private final ReportContext context;

    DeadlineExtensions(ReportRepository reports, DeadlineExtensionRepository extensions,
                              ReportDeadlines deadlines, ReportMails mails, DeadlineCalendar calendar,
                              EngineClock clock, OrgDirectory org, RuntimeService runtime, TaskService tasks,
                              IdentityService identity, ReportAccess access, ReportContext context) {
        this.reports = reports;
        this.extensions = extensions;
        this.deadlines = deadlines;
        this.mails = mails;
        this.calendar = calendar;
        this.clock = clock;
        this.org = org;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.access = access;
        this.context = context;
    }

    /** Only the parent unit's staff (or an administrator) extend a unit's deadline. */
    public boolean canExtend(SignedInUser user, Report report) {
        return canExtend(user, report.parentUnitCode());
    }

    /** As {@link #canExtend(SignedInUser, Report)}, for a report whose parent unit is known. */
    public static boolean canExtend(SignedInUser user, String parentUnitCode) {
        return user.isAdmin() || parentUnitCode != null && user.isMemberOf(UnitRole.STAFF.groupId(parentUnitCode));
    }

    /**
     * A report's deadline and its extensions, for automation.
     *
     * @param deadline      the current deadline, ISO-8601 with offset
     * @param deadlineLabel "17:00 ngày 22/12/2026"
     * @param canExtend     whether the caller may extend it now
     */
    public record DeadlineView(long reportId, String deadline, String deadlineLabel, String status, boolean canExtend,
                               List<DeadlineExtension> extensions) {
    }

    public DeadlineView view(SignedInUser user, long reportId) {
        Report report = readable(user, reportId);
        return new DeadlineView(report.id(), DeadlineCalendar.iso(report.deadline()),
                DeadlineCalendar.label(report.deadline()), report.status().label(), canExtendNow(user, report),
                history(reportId));
    }

    /** One line of the page's history table, as people read it. */
    public record ExtensionRow(String oldDeadline, String newDeadline, String reason, String extendedBy,
                               String extendedAt) {
    }

    /**
     * The deadline page of a report.
     *
     * @param canExtend whether the caller may extend it now
     * @param mayExtend whether the caller is one who extends this report's deadline (its parent's staff, an
     *                  administrator), now or not
     */
    public record DeadlinePage(String title, Report report, String deadlineLabel, List<ExtensionRow> extensions,
                               boolean canExtend, boolean mayExtend) {
    }

    public DeadlinePage page(SignedInUser user, long reportId) {
        Report report = readable(user, reportId);
        return new DeadlinePage(context.of(reportId).title(), report, DeadlineCalendar.label(report.deadline()),
                history(reportId).stream().map(e -> new ExtensionRow(
                        DeadlineCalendar.label(e.oldDeadline()), DeadlineCalendar.label(e.newDeadline(), e.requestedDay()),
                        e.reason(), e.extendedBy(), DeadlineCalendar.label(e.extendedAt()))).toList(),
                canExtendNow(user, report), canExtend(user, report));
    }

    /** Extends the deadline of a report the user may see (else: not found). */
    @Transactional
    public DeadlineExtension extend(SignedInUser user, long reportId, ExtensionRequest request) {
        return extend(user, readable(user, reportId), request);
    }

    private boolean canExtendNow(SignedInUser user, Report report) {
        return canExtend(user, report) && report.status() != ReportStatus.SUBMITTED
                && report.status() != ReportStatus.ACCEPTED;
    }

    public List<DeadlineExtension> history(long reportId) {
        return extensions.ofReport(reportId);
    }

    @Transactional
    public DeadlineExtension extend(SignedInUser user, Report report, ExtensionRequest request) {
        if (!canExtend(user, report)) {
            String parent = report.parentUnitCode() == null ? null
                    : org.findUnit(report.parentUnitCode()).map(u -> u.name()).orElse(report.parentUnitCode());
            throw new AccessDeniedException(parent == null
                    ? Messages.get("report.extension.adminOnly")
                    : Messages.get("report.extension.parentOnly", parent));
        }
        List<InputError> errors = new ArrayList<>();
        if (!report.status().staffOwesWork() && report.status() != ReportStatus.WAITING_COUNCIL
                && report.status() != ReportStatus.WAITING_HEAD) {
            errors.add(new InputError(0, 0, "report",
                    Messages.get("report.extension.submitted", report.status().label())));
        }
        DeadlineCalendar.Due due = null;
        String text = request.newDeadline() == null ? "" : request.newDeadline().trim();
        if (text.isEmpty()) {
            errors.add(new InputError(0, 0, "newDeadline", Messages.get("report.extension.missing")));
        } else {
            due = parse(text);
            if (due == null) {
                errors.add(new InputError(0, 0, "newDeadline", Messages.get("report.extension.format", text)));
            } else if (!due.deadline().isAfter(report.deadline())) {
                errors.add(new InputError(0, 0, "newDeadline", Messages.get("report.extension.notLater",
                        due.label(), DeadlineCalendar.label(report.deadline()))));
            } else if (!due.deadline().isAfter(clock.now())) {
                errors.add(new InputError(0, 0, "newDeadline", Messages.get("report.extension.past", due.label())));
            }
        }
        String reason = request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty()) {
            errors.add(new InputError(0, 0, "reason", Messages.get("report.extension.reason.missing")));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new InputError(0, 0, "reason", Messages.get("report.extension.reason.tooLong", MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("report.extension.invalid", errors.size()), errors);
        }
        return apply(report, due, reason, user.username());
    }

    /** A day off declared on the deadline of reports not yet submitted moves them to the next working day. */
    @EventListener
    @Transactional
    public void onDayOffAdded(DayOffAdded event) {
        DayOff dayOff = event.dayOff();
        OffsetDateTime from = dayOff.day().atStartOfDay(EngineClock.ZONE).toOffsetDateTime();
        for (Report report : reports.openWithDeadlineBetween(from, from.plusDays(1))) {
            DeadlineCalendar.Due due = calendar.keepOnWorkingDay(report.deadline());
            if (due.deadline().isAfter(report.deadline())) {
                apply(report, due, Messages.get("report.extension.dayOff", DeadlineCalendar.dayLabel(dayOff.day()),
                        dayOff.reason()), dayOff.createdBy());
            }
        }
    }

    private DeadlineExtension apply(Report report, DeadlineCalendar.Due due, String reason, String by) {
        DeadlineExtension extension = extensions.add(report.id(), report.deadline(), due.deadline(),
                due.moved() ? due.requestedDay() : null, reason, by, clock.now());
        reports.moveDeadline(report.id(), due.deadline());
        // Our own rules decided who may extend; the engine runs the change as the system.
        asSystem(() -> {
            restartWatch(report, due);
            moveOpenTasks(report.processInstanceId(), due);
            return null;
        });
        mails.extended(extension);
        log.info("Deadline of report {} (unit {}, process {}) extended from {} to {} by {}", report.id(),
                report.unitCode(), report.processInstanceId(), report.deadline(), due.deadline(), by);
        return extension;
    }

    private void restartWatch(Report report, DeadlineCalendar.Due due) {
        String pi = report.processInstanceId();
        if (pi == null || runtime.createProcessInstanceQuery().processInstanceId(pi).count() == 0) {
            return;
        }
        if (runtime.createEventSubscriptionQuery().processInstanceId(pi).eventType("message")
                .eventName(UnitReportProcess.MESSAGE_DEADLINE_EXTENDED).count() > 0) {
            runtime.createMessageCorrelation(UnitReportProcess.MESSAGE_DEADLINE_EXTENDED).processInstanceId(pi)
                    .correlate();
        } else if (isActive(runtime.getActivityInstance(pi), UnitReportProcess.SUBMISSION)) {
            // The watch already ended (the parent's head was told): start it again from the new deadline.
            runtime.createProcessInstanceModification(pi)
                    .startBeforeActivity(UnitReportProcess.APPLY_DEADLINE_EXTENSION).execute();
        } else {
            // Still waiting for the children's reports: the watch starts later, from these variables.
            runtime.setVariables(pi, deadlines.variables(report.campaignId(), due));
        }
    }

    /** The open tasks of the unit's report get the new due date, and their forms show it. */
    private void moveOpenTasks(String pi, DeadlineCalendar.Due due) {
        if (pi == null) {
            return;
        }
        for (Task task : tasks.createTaskQuery().processInstanceId(pi).active().list()) {
            if (!UnitReportProcess.REVIEW_REPORT.equals(task.getTaskDefinitionKey())) {
                task.setDueDate(java.util.Date.from(due.deadline().toInstant()));
                tasks.saveTask(task);
                tasks.setVariableLocal(task.getId(), UnitReportProcess.FormFields.DEADLINE_LABEL,
                        ReportFormFields.deadlineLabel(due.deadline(), due.moved() ? due.requestedDay() : null));
            }
        }
    }

    private static boolean isActive(ActivityInstance instance, String activityId) {
        if (activityId.equals(instance.getActivityId())) {
            return true;
        }
        for (ActivityInstance child : instance.getChildActivityInstances()) {
            if (isActive(child, activityId)) {
                return true;
            }
        }
        return false;
    }

    private DeadlineCalendar.Due parse(String text) {
        if (text.length() == 10) {
            LocalDate day = DeadlineCalendar.parseDay(text);
            return day == null ? null : calendar.dueOn(day);
        }
        try {
            return calendar.dueAt(LocalDateTime.parse(text));
        } catch (DateTimeParseException e) {
            try {
                return calendar.keepOnWorkingDay(OffsetDateTime.parse(text));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private <T> T asSystem(Supplier<T> action) {
        var previous = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (previous != null) {
                identity.setAuthentication(previous);
            }
        }
    }

    /** The report, if the user may see it at all; else not found (nobody learns which reports exist). */
    public Report readable(SignedInUser user, long reportId) {
        Report report = reports.find(reportId).orElseThrow(
                () -> new NoSuchElementException(Messages.get("report.notFound", reportId)));
        if (!access.canSeeUnit(user, report.unitCode())) {
            throw new NoSuchElementException(Messages.get("report.notFound", reportId));
        }
        return report;
    }
}
