package vn.thidua.report;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.stubbing.Answer;

import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.InMemoryProcessEngine;

/**
 * The branches of unit-report.bpmn with the engine alone: every delegate and listener is a Mockito mock, and the few
 * that feed the flow (open, council vote, decision, return, extension, reminders) set the variables their real
 * counterparts set. What the delegates do with our tables is tested elsewhere; here it is the model: which step comes
 * next, which timer waits until when, which branch a variable takes.
 */
@Deployment(resources = "processes/unit-report.bpmn")
class UnitReportProcessTest {

    @RegisterExtension
    @Order(1)
    static final InMemoryProcessEngine ENGINE = new InMemoryProcessEngine();
    @RegisterExtension
    @Order(2)
    static final ProcessEngineExtension CAMUNDA = ENGINE.extension();

    static final OffsetDateTime NOW = OffsetDateTime.parse("2025-03-03T08:00:00+07:00");
    static final String DEADLINE = "2025-03-14T17:00:00+07:00";
    static final String FIRST_REMINDER = "2025-03-11T08:00:00+07:00";
    static final String SECOND_REMINDER = "2025-03-13T08:00:00+07:00";
    static final String ESCALATION = "2025-03-19T17:00:00+07:00";

    /** Children of each unit; a unit not named here has none. The root is "SGD". */
    final Map<String, List<String>> children = new HashMap<>();
    boolean dossier;
    int awardsInPower;
    List<String> reminders = List.of(FIRST_REMINDER, SECOND_REMINDER);

    JavaDelegate openReport;
    JavaDelegate submitReport;
    JavaDelegate sendToOtherBodies;
    JavaDelegate acceptReport;
    JavaDelegate returnReport;
    JavaDelegate applyDeadlineExtension;
    JavaDelegate queueReminderMail;
    JavaDelegate queueOverdueMail;
    JavaDelegate queueEscalationMail;
    TaskListener fillPrepareForm;
    TaskListener fillApprovalForm;
    TaskListener fillReviewForm;
    TaskListener showDossierOnReportForm;
    TaskListener showRegistrationOnReportForm;
    TaskListener fillCouncilVoteForm;
    TaskListener fillDecisionForm;
    TaskListener saveReportDraft;
    TaskListener recordHeadDecision;
    TaskListener openCouncilRound;
    TaskListener recordCouncilVote;
    TaskListener issueDecision;
    TaskListener recordReview;

    @BeforeEach
    void mockDelegates() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        openReport = ENGINE.mock("openReport", JavaDelegate.class);
        doAnswer(setting(this::openReport)).when(openReport).execute(any());
        submitReport = ENGINE.mock("submitReport", JavaDelegate.class);
        doAnswer(setting(e -> e.setVariable(Vars.REVIEW_DUE, "2025-03-20T17:00:00+07:00"))).when(submitReport)
                .execute(any());
        sendToOtherBodies = ENGINE.mock("sendToOtherBodies", JavaDelegate.class);
        acceptReport = ENGINE.mock("acceptReport", JavaDelegate.class);
        returnReport = ENGINE.mock("returnReport", JavaDelegate.class);
        doAnswer(setting(e -> deadlines(e, "2025-03-21T17:00:00+07:00", List.of("2025-03-20T08:00:00+07:00"),
                "2025-03-26T17:00:00+07:00"))).when(returnReport).execute(any());
        applyDeadlineExtension = ENGINE.mock("applyDeadlineExtension", JavaDelegate.class);
        doAnswer(setting(e -> deadlines(e, "2025-03-28T17:00:00+07:00", List.of("2025-03-27T08:00:00+07:00"),
                "2025-04-02T17:00:00+07:00"))).when(applyDeadlineExtension).execute(any());
        queueReminderMail = ENGINE.mock("queueReminderMail", JavaDelegate.class);
        doAnswer(setting(UnitReportProcessTest::nextReminder)).when(queueReminderMail).execute(any());
        queueOverdueMail = ENGINE.mock("queueOverdueMail", JavaDelegate.class);
        queueEscalationMail = ENGINE.mock("queueEscalationMail", JavaDelegate.class);

        fillPrepareForm = ENGINE.mock("fillPrepareForm", TaskListener.class);
        fillApprovalForm = ENGINE.mock("fillApprovalForm", TaskListener.class);
        fillReviewForm = ENGINE.mock("fillReviewForm", TaskListener.class);
        showDossierOnReportForm = ENGINE.mock("showDossierOnReportForm", TaskListener.class);
        showRegistrationOnReportForm = ENGINE.mock("showRegistrationOnReportForm", TaskListener.class);
        fillCouncilVoteForm = ENGINE.mock("fillCouncilVoteForm", TaskListener.class);
        fillDecisionForm = ENGINE.mock("fillDecisionForm", TaskListener.class);
        saveReportDraft = ENGINE.mock("saveReportDraft", TaskListener.class);
        recordHeadDecision = ENGINE.mock("recordHeadDecision", TaskListener.class);
        openCouncilRound = ENGINE.mock("openCouncilRound", TaskListener.class);
        recordCouncilVote = ENGINE.mock("recordCouncilVote", TaskListener.class);
        doAnswer(settingOnTask(t -> t.getExecution().setVariable(Vars.AWARDS_TO_DECIDE, awardsInPower)))
                .when(recordCouncilVote).notify(any());
        issueDecision = ENGINE.mock("issueDecision", TaskListener.class);
        doAnswer(settingOnTask(t -> t.getExecution().setVariable(Vars.AWARDS_TO_DECIDE, 0)))
                .when(issueDecision).notify(any());
        recordReview = ENGINE.mock("recordReview", TaskListener.class);
    }

    @Test
    void leafRootReportIsPreparedApprovedSubmittedAndAcceptedWithoutReview() throws Exception {
        ProcessInstance report = start("SGD");

        assertThat(report).isWaitingAt(UnitReportProcess.PREPARE_REPORT).hasPassed(UnitReportProcess.OPEN_REPORT)
                .hasNotPassed(UnitReportProcess.CALL_CHILD_REPORTS);
        Task prepare = task(report);
        assertThat(prepare).hasName("Báo cáo sơ kết SGD").hasCandidateGroup("SGD-staff")
                .hasDueDate(Date.from(OffsetDateTime.parse(DEADLINE).toInstant()));
        verify(fillPrepareForm).notify(any());
        Assertions.assertThat(timer(report).getDuedate()).isEqualTo(instant(FIRST_REMINDER));

        complete(prepare);
        verify(saveReportDraft).notify(any());
        assertThat(report).isWaitingAt(UnitReportProcess.APPROVE_REPORT)
                .hasNotPassed(UnitReportProcess.COUNCIL_VOTE);
        assertThat(task(report)).hasName("Ký duyệt: Báo cáo sơ kết SGD").hasCandidateGroup("SGD-head");

        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));

        assertThat(report).isEnded().hasPassed(UnitReportProcess.SUBMIT_REPORT, UnitReportProcess.ACCEPT_REPORT,
                UnitReportProcess.END_ACCEPTED).hasNotPassed(UnitReportProcess.REVIEW_REPORT,
                UnitReportProcess.ISSUE_DECISION, UnitReportProcess.QUEUE_REMINDER_MAIL);
        verify(submitReport).execute(any());
        verify(acceptReport).execute(any());
        verify(recordReview, never()).notify(any());
        // The head's signature ends the submission with a terminate event: no reminder is left behind.
        Assertions.assertThat(jobQuery().processInstanceId(report.getId()).count()).isZero();
    }

    @Test
    void headSendsTheReportBackToStaffWhileTheDeadlineWatchGoesOn() {
        ProcessInstance report = start("SGD");
        String reminder = timer(report).getId();
        complete(task(report));

        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_SEND_BACK));

        assertThat(report).isWaitingAt(UnitReportProcess.PREPARE_REPORT);
        Assertions.assertThat(historicCount(report, UnitReportProcess.PREPARE_REPORT)).isEqualTo(2);
        Assertions.assertThat(timer(report).getId()).as("the same reminder still waits").isEqualTo(reminder);

        complete(task(report));
        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        assertThat(report).isEnded().hasPassed(UnitReportProcess.ACCEPT_REPORT);
    }

    @Test
    void unitWithChildrenPreparesItsReportOnlyWhenEveryChildReportIsAccepted() throws Exception {
        children.put("SGD", List.of("PGD1", "PGD2"));
        ProcessInstance city = start("SGD");

        assertThat(city).isWaitingAt(UnitReportProcess.CALL_CHILD_REPORTS);
        // Each child starts in a job of its own: one unit that fails is an incident, not a failed launch.
        List<Job> childStarts = jobQuery().processInstanceId(city.getId()).list();
        Assertions.assertThat(childStarts).hasSize(2);
        childStarts.forEach(job -> execute(job));
        ProcessInstance first = child("PGD1");
        ProcessInstance second = child("PGD2");
        Assertions.assertThat(runtimeService().getVariable(first.getId(), Vars.PARENT_DEADLINE)).isEqualTo(DEADLINE);
        Assertions.assertThat(runtimeService().getVariable(second.getId(), Vars.CAMPAIGN_ID)).isEqualTo(7L);

        submitAndAccept(first);
        assertThat(first).isEnded().hasPassed(UnitReportProcess.REVIEW_REPORT, UnitReportProcess.ACCEPT_REPORT);
        runContinuations(city);
        assertThat(city).isWaitingAt(UnitReportProcess.CALL_CHILD_REPORTS);

        submitAndAccept(second);
        runContinuations(city);
        assertThat(city).isWaitingAt(UnitReportProcess.PREPARE_REPORT);
        verify(acceptReport, times(2)).execute(any());
    }

    @Test
    void returnedReportGoesBackToStaffWithANewDeadlineAndFreshTimers() throws Exception {
        children.put("SGD", List.of("PGD1"));
        ProcessInstance city = start("SGD");
        ProcessInstance district = signedChild(city, "PGD1");
        assertThat(district).isWaitingAt(UnitReportProcess.REVIEW_REPORT);
        assertThat(task(district)).hasCandidateGroup("SGD-staff").hasName("Thẩm định: Báo cáo sơ kết PGD1");
        verify(fillReviewForm).notify(any());
        Assertions.assertThat(jobQuery().processInstanceId(district.getId()).count())
                .as("no deadline timer while the parent reviews").isZero();

        complete(task(district), withVariables(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_RETURN));

        verify(returnReport).execute(any());
        verify(recordReview).notify(any());
        assertThat(district).isWaitingAt(UnitReportProcess.PREPARE_REPORT);
        assertThat(task(district)).hasDueDate(instant("2025-03-21T17:00:00+07:00"));
        Assertions.assertThat(timer(district).getDuedate()).isEqualTo(instant("2025-03-20T08:00:00+07:00"));

        submitAndAccept(district);
        assertThat(district).isEnded();
        verify(acceptReport).execute(any());
        runContinuations(city);
        assertThat(city).isWaitingAt(UnitReportProcess.PREPARE_REPORT);
    }

    @Test
    void finalReportGoesThroughTheCouncilAndTheDecisionWhenAwardsAreInThisLevelsPower() throws Exception {
        dossier = true;
        awardsInPower = 2;
        ProcessInstance report = start("SGD");
        complete(task(report));

        assertThat(report).isWaitingAt(UnitReportProcess.COUNCIL_VOTE);
        assertThat(task(report)).hasCandidateGroup("SGD-council").hasName("Bình xét: Báo cáo tổng kết SGD");
        verify(openCouncilRound).notify(any());
        verify(fillCouncilVoteForm).notify(any());
        complete(task(report));
        verify(recordCouncilVote).notify(any());
        assertThat(report).isWaitingAt(UnitReportProcess.APPROVE_REPORT);
        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));

        assertThat(report).isWaitingAt(UnitReportProcess.ISSUE_DECISION);
        assertThat(task(report)).hasCandidateGroup("SGD-head");
        verify(submitReport, never()).execute(any());
        verify(fillDecisionForm).notify(any());
        // The report's tasks carry the report's listener and the dossier's: prepare, then approve.
        verify(fillApprovalForm).notify(any());
        verify(showDossierOnReportForm, times(2)).notify(any());
        complete(task(report));

        verify(issueDecision).notify(any());
        assertThat(report).isEnded().hasPassed(UnitReportProcess.SUBMIT_REPORT, UnitReportProcess.ACCEPT_REPORT);
    }

    @Test
    void finalReportWithoutAwardsInThisLevelsPowerIsSubmittedWithoutADecision() {
        dossier = true;
        awardsInPower = 0;
        ProcessInstance report = start("SGD");
        complete(task(report));
        complete(task(report));

        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));

        assertThat(report).isEnded().hasPassed(UnitReportProcess.COUNCIL_VOTE, UnitReportProcess.SUBMIT_REPORT)
                .hasNotPassed(UnitReportProcess.ISSUE_DECISION);
    }

    @Test
    void headSendingBackAFinalReportMeetsTheCouncilAgain() {
        dossier = true;
        ProcessInstance report = start("SGD");
        complete(task(report));
        complete(task(report));

        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_SEND_BACK));
        complete(task(report));

        assertThat(report).isWaitingAt(UnitReportProcess.COUNCIL_VOTE);
        Assertions.assertThat(historicCount(report, UnitReportProcess.COUNCIL_VOTE)).isEqualTo(2);
    }

    @Test
    void remindersComeOneAtATimeThenOverdueThenEscalationWhileTheReportStaysOpen() throws Exception {
        ProcessInstance report = start("SGD");

        Job first = timer(report);
        Assertions.assertThat(first.getDuedate()).isEqualTo(instant(FIRST_REMINDER));
        execute(first);
        verify(queueReminderMail).execute(any());
        Job second = timer(report);
        Assertions.assertThat(second.getDuedate()).isEqualTo(instant(SECOND_REMINDER));
        execute(second);
        verify(queueReminderMail, times(2)).execute(any());

        Job overdue = timer(report);
        Assertions.assertThat(overdue.getDuedate()).as("no reminder left: the overdue timer").isEqualTo(
                instant(DEADLINE));
        verify(queueOverdueMail, never()).execute(any());
        execute(overdue);
        verify(queueOverdueMail).execute(any());

        Job escalation = timer(report);
        Assertions.assertThat(escalation.getDuedate()).isEqualTo(instant(ESCALATION));
        execute(escalation);
        verify(queueEscalationMail).execute(any());

        assertThat(report).isWaitingAt(UnitReportProcess.PREPARE_REPORT).hasPassed(UnitReportProcess.DEADLINE_WATCH,
                "End_Watched", "End_WatchDone");
        Assertions.assertThat(jobQuery().processInstanceId(report.getId()).count()).isZero();
        complete(task(report));
        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        assertThat(report).isEnded();
    }

    @Test
    void reportWithNoReminderLeftWaitsForTheDeadline() {
        reminders = List.of();
        ProcessInstance report = start("SGD");

        Assertions.assertThat(timer(report).getDuedate()).isEqualTo(instant(DEADLINE));
        assertThat(report).hasNotPassed(UnitReportProcess.TIMER_REMINDER);
    }

    @Test
    void extensionRestartsTheDeadlineWatchFromTheNewDeadline() throws Exception {
        ProcessInstance report = start("SGD");
        Task prepare = task(report);
        execute(timer(report));

        runtimeService().createMessageCorrelation(UnitReportProcess.MESSAGE_DEADLINE_EXTENDED)
                .processInstanceId(report.getId()).correlate();

        verify(applyDeadlineExtension).execute(any());
        assertThat(report).hasPassed(UnitReportProcess.DEADLINE_EXTENDED, UnitReportProcess.APPLY_DEADLINE_EXTENSION)
                .isWaitingAt(UnitReportProcess.PREPARE_REPORT);
        Assertions.assertThat(task(report).getId()).as("staff keep their task").isEqualTo(prepare.getId());
        Job reminder = timer(report);
        Assertions.assertThat(reminder.getDuedate()).isEqualTo(instant("2025-03-27T08:00:00+07:00"));
        execute(reminder);
        Assertions.assertThat(timer(report).getDuedate()).isEqualTo(instant("2025-03-28T17:00:00+07:00"));
    }

    @Test
    void extensionIsNotCaughtOnceTheReportIsSubmitted() throws Exception {
        children.put("SGD", List.of("PGD1"));
        ProcessInstance district = signedChild(start("SGD"), "PGD1");

        Assertions.assertThat(runtimeService().createEventSubscriptionQuery().processInstanceId(district.getId())
                .eventName(UnitReportProcess.MESSAGE_DEADLINE_EXTENDED).count()).isZero();
        verify(applyDeadlineExtension, never()).execute(any());
    }

    // --- the model's surroundings --------------------------------------------------------------------------------

    ProcessInstance start(String unitCode) {
        return runtimeService().startProcessInstanceByKey(UnitReportProcess.KEY, "7-1-" + unitCode,
                withVariables(Vars.CAMPAIGN_ID, 7L, Vars.PHASE_NO, 1, Vars.UNIT_CODE, unitCode));
    }

    /** What OpenReport sets, for the unit tree in {@link #children}. */
    void openReport(DelegateExecution execution) {
        String unit = (String) execution.getVariable(Vars.UNIT_CODE);
        boolean root = "SGD".equals(unit);
        execution.setVariable(Vars.REPORT_ID, 100L + unit.hashCode() % 100);
        execution.setVariable(Vars.REPORT_TITLE, (dossier ? "Báo cáo tổng kết " : "Báo cáo sơ kết ") + unit);
        execution.setVariable(Vars.STAFF_GROUP, unit + "-staff");
        execution.setVariable(Vars.HEAD_GROUP, unit + "-head");
        execution.setVariable(Vars.COUNCIL_GROUP, unit + "-council");
        execution.setVariable(Vars.DOSSIER, dossier);
        execution.setVariable(Vars.HAS_PARENT, !root);
        execution.setVariable(Vars.REVIEWER_GROUP, root ? null : "SGD-staff");
        execution.setVariable(Vars.CHILD_UNIT_CODES, new ArrayList<>(children.getOrDefault(unit, List.of())));
        deadlines(execution, DEADLINE, reminders, ESCALATION);
    }

    /** What ReportDeadlines sets: the deadline, the reminders ahead, the first of them, the escalation. */
    static void deadlines(DelegateExecution execution, String deadline, List<String> reminders, String escalation) {
        execution.setVariable(Vars.DEADLINE, deadline);
        execution.setVariable(Vars.REMINDER_TIMES, String.join(" ", reminders));
        execution.setVariable(Vars.REMINDER_AT, reminders.isEmpty() ? null : reminders.get(0));
        execution.setVariable(Vars.ESCALATION_AT, escalation);
    }

    /** What QueueReminderMail sets after its mail: the next reminder, or null when none is left. */
    static void nextReminder(DelegateExecution execution) {
        List<String> times = ReportVariables.of(execution).reminderTimes();
        int sent = times.indexOf((String) execution.getVariable(Vars.REMINDER_AT));
        execution.setVariable(Vars.REMINDER_AT, sent + 1 < times.size() ? times.get(sent + 1) : null);
    }

    static Answer<Void> setting(Consumer<DelegateExecution> effect) {
        return invocation -> {
            effect.accept(invocation.getArgument(0));
            return null;
        };
    }

    static Answer<Void> settingOnTask(Consumer<DelegateTask> effect) {
        return invocation -> {
            effect.accept(invocation.getArgument(0));
            return null;
        };
    }

    static void submitAndAccept(ProcessInstance report) {
        complete(task(report));
        complete(task(report), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        assertThat(report).isWaitingAt(UnitReportProcess.REVIEW_REPORT);
        complete(task(report), withVariables(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
    }

    /** The only child of {@code parent} started, prepared and signed by its head: submitted, awaiting review. */
    static ProcessInstance signedChild(ProcessInstance parent, String unitCode) {
        execute(jobQuery().processInstanceId(parent.getId()).singleResult());
        ProcessInstance child = child(unitCode);
        complete(task(child));
        complete(task(child), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        return child;
    }

    /**
     * Runs the asynchronous continuations waiting in {@code report} (a child's report handed back to its parent
     * may continue in a job of the parent's instance), not its timers.
     */
    static void runContinuations(ProcessInstance report) {
        for (Job job = next(report); job != null; job = next(report)) {
            execute(job);
        }
    }

    private static Job next(ProcessInstance report) {
        return jobQuery().processInstanceId(report.getId()).messages().listPage(0, 1).stream().findFirst()
                .orElse(null);
    }

    static ProcessInstance child(String unitCode) {
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("7-1-" + unitCode)
                .singleResult();
    }

    /** The one timer of the deadline watch that waits now. */
    static Job timer(ProcessInstance report) {
        return jobQuery().processInstanceId(report.getId()).timers().singleResult();
    }

    static long historicCount(ProcessInstance report, String activityId) {
        return historyService()
                .createHistoricActivityInstanceQuery().processInstanceId(report.getId()).activityId(activityId).count();
    }

    static Date instant(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }
}
