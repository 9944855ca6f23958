package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.mail.MailOutbox;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitRole;

/**
 * The emails a report's deadline causes, queued in the outbox within the engine's transaction. Each has a key
 * made of the report, its round (how often it was returned) and the recipient, so nothing is queued twice.
 */
@Component
class ReportMails {

    private final MailOutbox outbox;
    private final OrgDirectory org;
    private final ReportContext context;
    private final TaskLinks links;
    private final EngineClock clock;
    private final DeadlineCalendar calendar;
    private final ParentDigests digests;

    ReportMails(MailOutbox outbox, OrgDirectory org, ReportContext context, TaskLinks links, EngineClock clock,
                       DeadlineCalendar calendar, ParentDigests digests) {
        this.calendar = calendar;
        this.digests = digests;
        this.outbox = outbox;
        this.org = org;
        this.context = context;
        this.links = links;
        this.clock = clock;
    }

    /**
     * Reminds whoever still owes work on the report: its staff while it is being prepared, its council while the
     * tổng kết waits for the evaluation meeting, its head while unsigned.
     */
    public int remind(long reportId, String reminderAt) {
        ReportContext.View view = context.of(reportId);
        Report report = view.report();
        UnitRole owner = report.status().staffOwesWork() ? UnitRole.STAFF
                : report.status() == ReportStatus.WAITING_COUNCIL ? UnitRole.COUNCIL
                : report.status() == ReportStatus.WAITING_HEAD ? UnitRole.HEAD : null;
        if (owner == null) {
            return 0;
        }
        int daysLeft = calendar.workingDaysLeft(clock.now(), report.deadline());
        Map<String, Object> model = base(view);
        model.put("daysLeft", daysLeft);
        return outbox.queueToEach("reminder", "reminder:" + reportId + ":" + report.returnCount() + ":" + reminderAt,
                org.people(report.unitCode(), owner), model);
    }

    /**
     * The deadline passed unsubmitted: the unit's head is told, and the parent's staff unless they read it in their
     * daily digest (thidua.digest).
     */
    public int overdue(long reportId) {
        ReportContext.View view = context.of(reportId);
        Report report = view.report();
        if (report.status() == ReportStatus.SUBMITTED || report.status() == ReportStatus.ACCEPTED) {
            return 0;
        }
        // The deadline is part of the key: a report extended (gia hạn) and late again is reported again.
        String key = "overdue:" + reportId + ":" + report.returnCount() + ":" + report.deadline().toEpochSecond();
        Map<String, Object> model = base(view);
        model.put("audience", "head");
        int queued = outbox.queueToEach("overdue", key + ":head", org.people(report.unitCode(), UnitRole.HEAD), model);
        if (report.parentUnitCode() != null && !digests.digestsFor(report.parentUnitCode())) {
            model.put("audience", "parent");
            model.put("taskUrl", links.tasklist());
            queued += outbox.queueToEach("overdue", key + ":parent",
                    org.people(report.parentUnitCode(), UnitRole.STAFF), model);
        }
        return queued;
    }

    /** The parent returned the report: its staff learn why and by when. */
    public int returned(long reportId, String reasons, DeadlineCalendar.Due newDeadline) {
        ReportContext.View view = context.of(reportId);
        Report report = view.report();
        Map<String, Object> model = base(view);
        model.put("reasons", reasons);
        model.put("newDeadline", newDeadline.label());
        model.put("reviewerUnitName", org.findUnit(report.parentUnitCode()).map(u -> u.name()).orElse(""));
        return outbox.queueToEach("returned", "returned:" + reportId + ":" + report.returnCount(),
                org.people(report.unitCode(), UnitRole.STAFF), model);
    }

    /**
     * Still not submitted some working days after the deadline: the parent's head is told. Keyed by the deadline
     * too, so a report extended and late again escalates again.
     */
    public int escalate(long reportId) {
        ReportContext.View view = context.of(reportId);
        Report report = view.report();
        if (report.parentUnitCode() == null || report.status() == ReportStatus.SUBMITTED
                || report.status() == ReportStatus.ACCEPTED) {
            return 0;
        }
        Map<String, Object> model = base(view);
        model.put("workingDaysLate", calendar.workingDaysLeft(report.deadline(), clock.now()));
        model.put("deadlineUrl", links.reportDeadline(reportId));
        model.put("taskUrl", links.tasklist());
        return outbox.queueToEach("escalation", "escalation:" + reportId + ":" + report.returnCount() + ":"
                + report.deadline().toEpochSecond(), org.people(report.parentUnitCode(), UnitRole.HEAD), model);
    }

    /** The parent extended the deadline (or a day off moved it): the unit's staff and head learn the new one. */
    public int extended(DeadlineExtension extension) {
        ReportContext.View view = context.of(extension.reportId());
        Report report = view.report();
        Map<String, Object> model = base(view);
        model.put("oldDeadline", DeadlineCalendar.label(extension.oldDeadline()));
        model.put("deadline", DeadlineCalendar.label(extension.newDeadline(), extension.requestedDay()));
        model.put("reason", extension.reason());
        model.put("extendedByUnit", report.parentUnitCode() == null ? ""
                : org.findUnit(report.parentUnitCode()).map(u -> u.name()).orElse(""));
        String key = "extended:" + extension.id();
        return outbox.queueToEach("extended", key, org.people(report.unitCode(), UnitRole.STAFF), model)
                + outbox.queueToEach("extended", key, org.people(report.unitCode(), UnitRole.HEAD), model);
    }

    /** A report reached an other body (besides the parent): its staff are asked to acknowledge it. */
    public int received(long reportId, vn.thidua.org.Unit body, int round, String receiptProcessInstanceId) {
        ReportContext.View view = context.of(reportId);
        Map<String, Object> model = base(view);
        model.put("bodyName", body.name());
        model.put("submittedAt", view.report().submittedAt() == null ? ""
                : DeadlineCalendar.label(view.report().submittedAt()));
        model.put("taskUrl", links.openTask(receiptProcessInstanceId));
        return outbox.queueToEach("receipt-request", "receipt:" + reportId + ":" + body.code() + ":" + round,
                org.people(body.code(), UnitRole.STAFF), model);
    }

    /** An other body returned the report with reasons: the unit's staff and head learn why. */
    public int receiptReturned(ReportReceipts.ReceiptEvent event) {
        ReportContext.View view = context.of(event.reportId());
        Map<String, Object> model = base(view);
        model.put("reasons", event.reasons());
        model.put("bodyName", org.findUnit(event.bodyCode()).map(u -> u.name()).orElse(event.bodyCode()));
        model.put("historyUrl", links.reportHistory(event.reportId()));
        String key = "receipt-returned:" + event.id();
        return outbox.queueToEach("receipt-returned", key, org.people(view.report().unitCode(), UnitRole.STAFF), model)
                + outbox.queueToEach("receipt-returned", key, org.people(view.report().unitCode(), UnitRole.HEAD),
                model);
    }

    /** Which mail of an other body's receipt timers: the reminder, the overdue notice or the head's notice. */
    enum ReceiptNotice {
        REMINDER("receipt-reminder", UnitRole.STAFF),
        OVERDUE("receipt-overdue", UnitRole.STAFF),
        ESCALATION("receipt-escalation", UnitRole.HEAD);

        private final String template;
        private final UnitRole recipients;

        ReceiptNotice(String template, UnitRole recipients) {
            this.template = template;
            this.recipients = recipients;
        }
    }

    /**
     * An other body has not answered a report yet: before its due time its staff are reminded, at it they are told it
     * is overdue, some working days later its head is. One mail per report, body, round and notice.
     */
    public int receiptNotice(ReceiptNotice notice, long reportId, String bodyCode, int round, OffsetDateTime due,
                             String receiptProcessInstanceId) {
        ReportContext.View view = context.of(reportId);
        Map<String, Object> model = base(view);
        model.put("bodyName", org.findUnit(bodyCode).map(u -> u.name()).orElse(bodyCode));
        model.put("receiptDue", DeadlineCalendar.label(due));
        model.put("workingDaysLate", calendar.workingDaysLeft(due, clock.now()));
        model.put("taskUrl", links.openTask(receiptProcessInstanceId));
        return outbox.queueToEach(notice.template, notice.template + ":" + reportId + ":" + bodyCode + ":" + round,
                org.people(bodyCode, notice.recipients), model);
    }

    private Map<String, Object> base(ReportContext.View view) {
        Map<String, Object> model = new HashMap<>();
        model.put("unitName", view.unit().name());
        model.put("campaignName", view.campaign().name());
        model.put("reportTitle", view.title());
        model.put("deadline", DeadlineCalendar.label(view.report().deadline()));
        model.put("taskUrl", links.openTask(view.report().processInstanceId()));
        return model;
    }}
