package vn.thidua.bloc;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.thidua.bloc.BlocYearProcess.Vars;
import vn.thidua.bloc.BlocYearRepository.Meeting;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.mail.MailBaseUrl;
import vn.thidua.mail.MailOutbox;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.UnitRole;
import vn.thidua.report.TaskLinks;

/**
 * The mails of a bloc's deadlines, queued in the outbox within the engine's transaction. Each key names the bloc's
 * year, the step (and its round) and the recipient, so a timer job run twice queues nothing twice.
 */
@Component
class BlocMails {

    private final MailOutbox outbox;
    private final OrgDirectory org;
    private final BlocYears years;
    private final TaskLinks links;
    private final MailBaseUrl baseUrl;

    BlocMails(MailOutbox outbox, OrgDirectory org, BlocYears years, TaskLinks links, MailBaseUrl baseUrl) {
        this.outbox = outbox;
        this.org = org;
        this.years = years;
        this.links = links;
        this.baseUrl = baseUrl;
    }

    /** The plan is due soon and not sent: the leader's staff and head are reminded. */
    int planReminder(long yearId, String processInstanceId) {
        BlocYears.Context c = years.context(yearId);
        if (c.year().planSubmittedAt() != null) {
            return 0;
        }
        Map<String, Object> model = plan(c, processInstanceId);
        String key = "bloc-plan-reminder:" + yearId + ":" + c.year().returnCount();
        return outbox.queueToEach("bloc-plan-reminder", key + ":staff",
                org.people(c.bloc().leaderUnitCode(), UnitRole.STAFF), model)
                + outbox.queueToEach("bloc-plan-reminder", key + ":head",
                org.people(c.bloc().leaderUnitCode(), UnitRole.HEAD), model);
    }

    /** The plan is overdue: the leader's head, and the parent's staff who wait for it. */
    int planOverdue(long yearId, String processInstanceId) {
        BlocYears.Context c = years.context(yearId);
        if (c.year().planSubmittedAt() != null) {
            return 0;
        }
        Map<String, Object> model = plan(c, processInstanceId);
        String key = "bloc-plan-overdue:" + yearId + ":" + c.year().returnCount();
        return outbox.queueToEach("bloc-plan-overdue", key + ":head",
                org.people(c.bloc().leaderUnitCode(), UnitRole.HEAD), model)
                + outbox.queueToEach("bloc-plan-overdue", key + ":parent",
                org.people(c.bloc().parentUnitCode(), UnitRole.STAFF), model);
    }

    /** A meeting comes soon: its host's staff are reminded to hold and record it. */
    int meetingReminder(long yearId, int seq, String processInstanceId) {
        BlocYears.Context c = years.context(yearId);
        Meeting m = years.repository().meeting(yearId, seq).orElseThrow();
        if (m.held()) {
            return 0;
        }
        return outbox.queueToEach("bloc-meeting-reminder", "bloc-meeting-reminder:" + yearId + ":" + seq,
                org.people(m.hostUnitCode(), UnitRole.STAFF), meeting(c, m, processInstanceId));
    }

    /** A meeting's record is overdue: the host's head and the leader's staff learn it. */
    int meetingOverdue(long yearId, int seq, String processInstanceId) {
        BlocYears.Context c = years.context(yearId);
        Meeting m = years.repository().meeting(yearId, seq).orElseThrow();
        if (m.held()) {
            return 0;
        }
        Map<String, Object> model = meeting(c, m, processInstanceId);
        String key = "bloc-meeting-overdue:" + yearId + ":" + seq;
        int queued = outbox.queueToEach("bloc-meeting-overdue", key + ":head",
                org.people(m.hostUnitCode(), UnitRole.HEAD), model);
        if (!m.hostUnitCode().equals(c.bloc().leaderUnitCode())) {
            queued += outbox.queueToEach("bloc-meeting-overdue", key + ":leader",
                    org.people(c.bloc().leaderUnitCode(), UnitRole.STAFF), model);
        }
        return queued;
    }

    private Map<String, Object> plan(BlocYears.Context c, String processInstanceId) {
        Map<String, Object> model = new HashMap<>();
        model.put("blocName", c.bloc().name());
        model.put("schoolYear", c.bloc().schoolYear());
        model.put("deadline", DeadlineCalendar.label(c.year().planDeadline()));
        model.put("taskUrl", links.openTask(processInstanceId));
        model.put("blocUrl", baseUrl.get() + BlocYears.pageOf(c.year().id()));
        return model;
    }

    private Map<String, Object> meeting(BlocYears.Context c, Meeting m, String processInstanceId) {
        Map<String, Object> model = new HashMap<>();
        model.put("blocName", c.bloc().name());
        model.put("hostName", years.unitName(m.hostUnitCode()));
        model.put("topic", m.topic());
        model.put("plannedOn", DeadlineCalendar.dayLabel(m.plannedOn()));
        model.put("seq", m.seq());
        model.put("taskUrl", links.openTask(processInstanceId));
        model.put("blocUrl", baseUrl.get() + BlocYears.pageOf(c.year().id()));
        return model;
    }

    static int seq(DelegateExecution execution) {
        return ((Number) execution.getVariable(Vars.MEETING_SEQ)).intValue();
    }

    /** After {@code Timer_PlanReminder}. */
    @Component("queueBlocPlanReminder")
    static class QueueBlocPlanReminder implements JavaDelegate {
        private final BlocMails mails;

        QueueBlocPlanReminder(BlocMails mails) {
            this.mails = mails;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mails.planReminder(BlocSteps.yearId(execution), execution.getProcessInstanceId());
        }
    }

    /** After {@code Timer_PlanOverdue}. */
    @Component("queueBlocPlanOverdue")
    static class QueueBlocPlanOverdue implements JavaDelegate {
        private final BlocMails mails;

        QueueBlocPlanOverdue(BlocMails mails) {
            this.mails = mails;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mails.planOverdue(BlocSteps.yearId(execution), execution.getProcessInstanceId());
        }
    }

    /** After {@code Timer_MeetingReminder}. */
    @Component("queueBlocMeetingReminder")
    static class QueueBlocMeetingReminder implements JavaDelegate {
        private final BlocMails mails;

        QueueBlocMeetingReminder(BlocMails mails) {
            this.mails = mails;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mails.meetingReminder(BlocSteps.yearId(execution), seq(execution), execution.getProcessInstanceId());
        }
    }

    /** After {@code Timer_MeetingOverdue}. */
    @Component("queueBlocMeetingOverdue")
    static class QueueBlocMeetingOverdue implements JavaDelegate {
        private final BlocMails mails;

        QueueBlocMeetingOverdue(BlocMails mails) {
            this.mails = mails;
        }

        @Override
        public void execute(DelegateExecution execution) {
            mails.meetingOverdue(BlocSteps.yearId(execution), seq(execution), execution.getProcessInstanceId());
        }
    }
}
