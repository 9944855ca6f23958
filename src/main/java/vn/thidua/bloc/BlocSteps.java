package vn.thidua.bloc;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.thidua.bloc.BlocYearProcess.Vars;
import vn.thidua.bloc.BlocYearRepository.Meeting;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.process.FormStrings;
import vn.thidua.report.Report;
import vn.thidua.report.ReportOpened;
import vn.thidua.report.ReportRepository;
import vn.thidua.text.Messages;

/**
 * The listeners and delegates of {@code processes/bloc-year.bpmn}, one small class per step: each checks again on
 * the server what the step needs (a refusal is a Vietnamese 400 in Tasklist and changes nothing) and records it in
 * the bloc's tables.
 */
final class BlocSteps {

    private BlocSteps() {
    }

    static long yearId(VariableScope scope) {
        return ((Number) scope.getVariable(Vars.BLOC_YEAR_ID)).longValue();
    }

    static String userOf(DelegateTask task) {
        var auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return auth == null ? "system" : auth.getUserId();
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().strip();
        if (text.length() > FormStrings.MAX_CHARS) {
            throw new InvalidInputException(Messages.get("bloc.tooLong", name, text.length(), FormStrings.MAX_CHARS));
        }
        return text.isEmpty() ? null : text;
    }

    /** A unit's report of a campaign phase was opened: when the unit leads blocs that school year, their year opens. */
    @Component
    static class StartBlocYears {

        private final ReportRepository reports;
        private final CampaignRepository campaigns;
        private final BlocYears years;

        StartBlocYears(ReportRepository reports, CampaignRepository campaigns, BlocYears years) {
            this.reports = reports;
            this.campaigns = campaigns;
            this.years = years;
        }

        @EventListener
        void on(ReportOpened opened) {
            Report report = reports.get(opened.reportId());
            CampaignPhase phase = campaigns.phase(report.campaignId(), report.phaseNo());
            if (phase.kind().isRequest()) {
                return;
            }
            years.open(campaigns.get(report.campaignId()), phase, report);
        }
    }

    /**
     * Create listener of every user task: Tasklist names the task after the bloc (and the member or meeting it is
     * about); a decision of an earlier round is forgotten so the new form opens empty.
     */
    @Component("nameBlocTask")
    static class NameBlocTask implements TaskListener {

        private final BlocYears years;

        NameBlocTask(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            String key = task.getTaskDefinitionKey();
            Object subject = switch (key) {
                case BlocYearProcess.SIGN_PLEDGE, BlocYearProcess.SELF_SCORE -> years.unitName(
                        (String) task.getVariable(Vars.MEMBER_UNIT_CODE));
                case BlocYearProcess.RECORD_MEETING -> task.getVariable(Vars.MEETING_LABEL);
                default -> "";
            };
            task.setName(Messages.get("bloc.task." + key, task.getVariable(Vars.BLOC_NAME), subject));
            if (BlocYearProcess.REVIEW_PLAN.equals(key)) {
                task.getExecution().removeVariable(Vars.REVIEW_DECISION);
                task.getExecution().removeVariable(Vars.REVIEW_REASON);
            }
        }
    }

    /** Complete listener of {@code Task_PreparePlan}: the plan must be whole before the members sign it. */
    @Component("checkBlocPlan")
    static class CheckBlocPlan implements TaskListener {

        private final BlocYears years;

        CheckBlocPlan(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = yearId(task);
            BlocYears.Context c = years.context(id);
            List<String> missing = years.missingInPlan(c);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Messages.get("bloc.plan.incomplete", String.join("; ", missing)));
            }
            years.repository().clearSignatures(id);
            years.repository().setStatus(id, BlocYearStatus.SIGNING);
            // The members who sign are the bloc's members now (a school may have joined or left since it opened).
            task.getExecution().setVariable(Vars.MEMBER_UNIT_CODES, new java.util.ArrayList<>(c.bloc().members()));
        }
    }

    /** Complete listener of {@code Task_SignPledge}: the member's head signs the pledge. */
    @Component("recordPledgeSignature")
    static class RecordPledgeSignature implements TaskListener {

        private final BlocYears years;

        RecordPledgeSignature(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            if (!Boolean.TRUE.equals(task.getVariable(Vars.PLEDGE_SIGNED))) {
                throw new InvalidInputException(Messages.get("bloc.pledge.notSigned"));
            }
            long id = yearId(task);
            String member = (String) task.getVariable(Vars.MEMBER_UNIT_CODE);
            years.repository().sign(id, member, userOf(task), years.now());
            BlocYears.Context c = years.context(id);
            if (years.repository().signatures(id).size() >= c.bloc().members().size()) {
                years.repository().setStatus(id, BlocYearStatus.WAITING_SUBMIT);
            }
        }
    }

    /** Complete listener of {@code Task_SubmitPlan}: plan and pledge table go to the parent. */
    @Component("recordBlocPlanSubmitted")
    static class RecordBlocPlanSubmitted implements TaskListener {

        private final BlocYears years;

        RecordBlocPlanSubmitted(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = yearId(task);
            years.repository().planSubmitted(id, years.now());
        }
    }

    /** Complete listener of {@code Task_ReviewPlan}: the parent accepts, or returns with reasons and a new deadline. */
    @Component("recordBlocPlanReview")
    static class RecordBlocPlanReview implements TaskListener {

        static final int MIN_REASON = 10;

        private final BlocYears years;

        RecordBlocPlanReview(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = yearId(task);
            String decision = text(task, Vars.REVIEW_DECISION);
            OffsetDateTime now = years.now();
            if (BlocYearProcess.REVIEW_ACCEPT.equals(decision)) {
                years.repository().planAccepted(id, now);
                List<Integer> seqs = years.repository().meetings(id).stream().map(Meeting::seq).toList();
                task.getExecution().setVariable(Vars.MEETING_SEQS, new java.util.ArrayList<>(seqs));
            } else if (BlocYearProcess.REVIEW_RETURN.equals(decision)) {
                String reason = text(task, Vars.REVIEW_REASON);
                if (reason == null || reason.length() < MIN_REASON) {
                    throw new InvalidInputException(Messages.get("bloc.review.reason", MIN_REASON));
                }
                BlocYear year = years.repository().find(id).orElseThrow();
                OffsetDateTime fresh = years.calendar().closeOfDay(years.calendar().workingDaysAfter(now,
                        years.properties().reminderWorkingDays() * 2).atZoneSameInstant(
                        vn.thidua.deadline.EngineClock.ZONE).toLocalDate());
                OffsetDateTime deadline = year.planDeadline().isAfter(fresh) ? year.planDeadline() : fresh;
                years.repository().planReturned(id, reason, deadline);
                // The plan will change: every member signs its new version again.
                years.repository().clearSignatures(id);
                Map<String, Object> vars = new HashMap<>();
                years.planDeadlineVars(vars, deadline, now);
                vars.put(Vars.RETURN_REASON, reason);
                task.getExecution().setVariables(vars);
            } else {
                throw new InvalidInputException(Messages.get("bloc.decision.missing"));
            }
        }
    }

    /** {@code Task_OpenMeeting}: the meeting's host, its record's due date and the reminder before the meeting. */
    @Component("openBlocMeeting")
    static class OpenBlocMeeting implements JavaDelegate {

        private final BlocYears years;

        OpenBlocMeeting(BlocYears years) {
            this.years = years;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = yearId(execution);
            int seq = ((Number) execution.getVariable(Vars.MEETING_SEQ)).intValue();
            Meeting m = years.repository().meeting(id, seq).orElseThrow();
            OffsetDateTime now = years.now();
            DeadlineCalendar calendar = years.calendar();
            OffsetDateTime due = calendar.closeOfDay(calendar.workingDaysAfter(m.plannedOn(),
                    years.properties().meetingRecordWorkingDays()));
            OffsetDateTime reminder = calendar.workingDaysBefore(calendar.closeOfDay(m.plannedOn()),
                    years.properties().reminderWorkingDays());
            execution.setVariableLocal(Vars.MEETING_HOST, m.hostUnitCode());
            execution.setVariableLocal(Vars.MEETING_DUE, DeadlineCalendar.iso(due));
            execution.setVariableLocal(Vars.MEETING_REMINDER_AT, DeadlineCalendar.iso(reminder.isBefore(now)
                    ? now : reminder));
            execution.setVariableLocal(Vars.MEETING_LABEL, Messages.get("bloc.meeting.label", seq,
                    DeadlineCalendar.dayLabel(m.plannedOn()), m.topic()));
        }
    }

    /** Complete listener of {@code Task_RecordMeeting}: the record must be whole, minutes attached. */
    @Component("checkBlocMeetingRecorded")
    static class CheckBlocMeetingRecorded implements TaskListener {

        private final BlocYears years;

        CheckBlocMeetingRecorded(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = yearId(task);
            int seq = ((Number) task.getVariable(Vars.MEETING_SEQ)).intValue();
            List<String> missing = years.missingInMeeting(id, seq);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Messages.get("bloc.meeting.incomplete", String.join(", ", missing)));
            }
            Meeting m = years.repository().meeting(id, seq).orElseThrow();
            years.repository().recordMeeting(id, seq, m.heldOn(), m.heldTopic(), m.present(), m.conclusions(),
                    userOf(task), years.now());
        }
    }

    /** Complete listener of {@code Task_PrepareInterim}: the bloc's sơ kết goes to the parent. */
    @Component("recordBlocInterim")
    static class RecordBlocInterim implements TaskListener {

        private final BlocYears years;

        RecordBlocInterim(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = yearId(task);
            BlocYear year = years.repository().find(id).orElseThrow();
            if (year.interimSummary() == null) {
                throw new InvalidInputException(Messages.get("bloc.interim.missing"));
            }
            years.repository().interimSubmitted(id, years.now());
        }
    }

    /** {@code Task_OpenEvaluation}: the members score themselves now. */
    @Component("openBlocEvaluation")
    static class OpenBlocEvaluation implements JavaDelegate {

        private final BlocYears years;

        OpenBlocEvaluation(BlocYears years) {
            this.years = years;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = yearId(execution);
            years.repository().setStatus(id, BlocYearStatus.EVALUATING);
            execution.setVariable(Vars.MEMBER_UNIT_CODES,
                    new java.util.ArrayList<>(years.context(id).bloc().members()));
        }
    }

    /** Complete listener of {@code Task_SelfScore}: every typed criterion scored. */
    @Component("checkBlocSelfScore")
    static class CheckBlocSelfScore implements TaskListener {

        private final BlocYears years;

        CheckBlocSelfScore(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            List<String> missing = years.missingSelfScores(yearId(task),
                    (String) task.getVariable(Vars.MEMBER_UNIT_CODE));
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Messages.get("bloc.selfScore.missing", String.join(", ", missing)));
            }
        }
    }

    /** Complete listener of {@code Task_AgreeScores}: the ranking, leading units and next leader follow. */
    @Component("agreeBlocScores")
    static class AgreeBlocScores implements TaskListener {

        private final BlocYears years;

        AgreeBlocScores(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = yearId(task);
            List<String> missing = years.missingInAgreement(id);
            if (!missing.isEmpty()) {
                throw new InvalidInputException(Messages.get("bloc.agree.incomplete", String.join("; ", missing)));
            }
            BlocYears.Outcome outcome = years.outcome(id);
            years.repository().saveRanking(id, outcome.ranking(), outcome.nextLeader());
            years.repository().evalAgreed(id, years.now());
        }
    }

    /** Complete listener of {@code Task_SubmitResult}: the bloc's result goes to the parent's council. */
    @Component("recordBlocResultSubmitted")
    static class RecordBlocResultSubmitted implements TaskListener {

        private final BlocYears years;

        RecordBlocResultSubmitted(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            years.repository().resultSubmitted(yearId(task), years.now());
        }
    }

    /** Complete listener of {@code Task_ConfirmResult}: the council confirms (after any change on the page). */
    @Component("recordBlocConfirmation")
    static class RecordBlocConfirmation implements TaskListener {

        private final BlocYears years;

        RecordBlocConfirmation(BlocYears years) {
            this.years = years;
        }

        @Override
        public void notify(DelegateTask task) {
            long id = yearId(task);
            BlocYear year = years.repository().find(id).orElseThrow();
            if (year.nextLeaderUnitCode() == null) {
                throw new InvalidInputException(Messages.get("bloc.confirm.nextLeaderMissing"));
            }
            years.repository().confirmed(id, userOf(task), years.now());
        }
    }

    /** {@code Task_CreateNextYearBloc}: next school year's bloc, same members, the confirmed leader. */
    @Component("createNextYearBloc")
    static class CreateNextYearBloc implements JavaDelegate {

        private final BlocYears years;
        private final BlocService blocs;

        CreateNextYearBloc(BlocYears years, BlocService blocs) {
            this.years = years;
            this.blocs = blocs;
        }

        @Override
        public void execute(DelegateExecution execution) {
            long id = yearId(execution);
            BlocYears.Context c = years.context(id);
            Bloc next = blocs.createNextYear(c.bloc(), c.year().nextLeaderUnitCode(),
                    c.year().confirmedBy() == null ? "system" : c.year().confirmedBy());
            years.repository().nextBloc(id, next.id());
        }
    }
}
