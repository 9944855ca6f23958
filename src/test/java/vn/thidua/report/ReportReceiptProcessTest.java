package vn.thidua.report;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.InMemoryProcessEngine;

/**
 * The other receiving bodies' path with the engine alone: unit-report.bpmn's {@code Task_SendToOtherBodies} starts
 * report-receipt.bpmn for each body (as its delegate does), the body acknowledges or returns, and the unit's own
 * report, and its parent's, never wait for the body. Delegates and listeners are Mockito mocks.
 */
@org.camunda.bpm.engine.test.Deployment(resources = {"processes/unit-report.bpmn", "processes/report-receipt.bpmn"})
class ReportReceiptProcessTest {

    @RegisterExtension
    @Order(1)
    static final InMemoryProcessEngine ENGINE = new InMemoryProcessEngine();
    @RegisterExtension
    @Order(2)
    static final org.camunda.bpm.engine.test.junit5.ProcessEngineExtension CAMUNDA = ENGINE.extension();

    static final OffsetDateTime NOW = OffsetDateTime.parse("2025-03-03T08:00:00+07:00");
    static final String DEADLINE = "2025-03-14T17:00:00+07:00";
    static final String RECEIPT_DUE = "2025-03-06T17:00:00+07:00";
    static final String RECEIPT_REMINDER_AT = "2025-03-05T17:00:00+07:00";
    static final String RECEIPT_ESCALATION_AT = "2025-03-11T17:00:00+07:00";

    JavaDelegate sendToOtherBodies;
    TaskListener fillReceiptForm;
    TaskListener recordReceipt;
    JavaDelegate queueReceiptReturnMail;
    JavaDelegate queueReceiptReminderMail;
    JavaDelegate queueReceiptOverdueMail;
    JavaDelegate queueReceiptEscalationMail;

    @BeforeEach
    void mockDelegates() throws Exception {
        ClockUtil.setCurrentTime(Date.from(NOW.toInstant()));
        JavaDelegate openReport = ENGINE.mock("openReport", JavaDelegate.class);
        doAnswer(UnitReportProcessTest.setting(ReportReceiptProcessTest::openReport)).when(openReport).execute(any());
        JavaDelegate submitReport = ENGINE.mock("submitReport", JavaDelegate.class);
        doAnswer(UnitReportProcessTest.setting(e -> e.setVariable(Vars.REVIEW_DUE, "2025-03-06T17:00:00+07:00")))
                .when(submitReport).execute(any());
        for (String name : List.of("acceptReport", "returnReport", "applyDeadlineExtension",
                "queueReminderMail", "queueOverdueMail", "queueEscalationMail")) {
            ENGINE.mock(name, JavaDelegate.class);
        }
        for (String name : List.of("fillPrepareForm", "fillApprovalForm", "fillReviewForm", "showDossierOnReportForm",
                "fillCouncilVoteForm", "fillDecisionForm", "saveReportDraft", "recordHeadDecision",
                "openCouncilRound", "recordCouncilVote", "issueDecision", "recordReview", "showRegistrationOnReportForm")) {
            ENGINE.mock(name, TaskListener.class);
        }
        sendToOtherBodies = ENGINE.mock("sendToOtherBodies", JavaDelegate.class);
        doAnswer(UnitReportProcessTest.setting(ReportReceiptProcessTest::sendToDepartment)).when(sendToOtherBodies)
                .execute(any());
        fillReceiptForm = ENGINE.mock("fillReceiptForm", TaskListener.class);
        recordReceipt = ENGINE.mock("recordReceipt", TaskListener.class);
        queueReceiptReturnMail = ENGINE.mock("queueReceiptReturnMail", JavaDelegate.class);
        queueReceiptReminderMail = ENGINE.mock("queueReceiptReminderMail", JavaDelegate.class);
        queueReceiptOverdueMail = ENGINE.mock("queueReceiptOverdueMail", JavaDelegate.class);
        queueReceiptEscalationMail = ENGINE.mock("queueReceiptEscalationMail", JavaDelegate.class);
    }

    @Test
    void anUnansweredReceiptIsRemindedThenOverdueThenEscalatedAndAnAnswerStopsTheTimers() throws Exception {
        ProcessInstance ward = startWard();
        signedSchool(ward);
        ProcessInstance receipt = receipt();
        Assertions.assertThat(jobQuery().processInstanceId(receipt.getId()).timers().orderByJobDuedate().asc().list())
                .extracting(job -> job.getDuedate())
                .containsExactly(date(RECEIPT_REMINDER_AT), date(RECEIPT_DUE), date(RECEIPT_ESCALATION_AT));

        execute(jobQuery().processInstanceId(receipt.getId()).activityId(ReportReceiptProcess.TIMER_REMINDER)
                .singleResult());
        verify(queueReceiptReminderMail).execute(any());
        verify(queueReceiptOverdueMail, never()).execute(any());
        assertThat(receipt).isWaitingAt(ReportReceiptProcess.ACKNOWLEDGE_REPORT)
                .hasPassed(ReportReceiptProcess.QUEUE_RECEIPT_REMINDER_MAIL);

        execute(jobQuery().processInstanceId(receipt.getId()).activityId(ReportReceiptProcess.TIMER_OVERDUE).singleResult());
        verify(queueReceiptOverdueMail).execute(any());
        execute(jobQuery().processInstanceId(receipt.getId()).activityId(ReportReceiptProcess.TIMER_ESCALATION)
                .singleResult());
        verify(queueReceiptEscalationMail).execute(any());
        assertThat(receipt).isWaitingAt(ReportReceiptProcess.ACKNOWLEDGE_REPORT)
                .hasPassed(ReportReceiptProcess.QUEUE_RECEIPT_OVERDUE_MAIL,
                        ReportReceiptProcess.QUEUE_RECEIPT_ESCALATION_MAIL);

        complete(task(receipt), withVariables(ReportReceiptProcess.Vars.RECEIPT_DECISION,
                ReportReceiptProcess.ACKNOWLEDGE));
        assertThat(receipt).isEnded().hasPassed(ReportReceiptProcess.END_ACKNOWLEDGED);
    }

    @Test
    void anAnswerBeforeTheReminderLeavesNoTimerBehind() throws Exception {
        ProcessInstance ward = startWard();
        signedSchool(ward);
        ProcessInstance receipt = receipt();

        complete(task(receipt), withVariables(ReportReceiptProcess.Vars.RECEIPT_DECISION,
                ReportReceiptProcess.ACKNOWLEDGE));

        assertThat(receipt).isEnded();
        Assertions.assertThat(jobQuery().processInstanceId(receipt.getId()).count()).isZero();
        verify(queueReceiptReminderMail, never()).execute(any());
    }

    @Test
    void theBodyReceivesTheSignedReportAndTheParentsFlowGoesOnWithoutIt() throws Exception {
        ProcessInstance ward = startWard();
        ProcessInstance school = signedSchool(ward);

        verify(sendToOtherBodies).execute(any());
        assertThat(school).isWaitingAt(UnitReportProcess.REVIEW_REPORT).hasPassed(UnitReportProcess.SUBMIT_REPORT,
                UnitReportProcess.SEND_TO_OTHER_BODIES);
        ProcessInstance receipt = receipt();
        assertThat(receipt).isWaitingAt(ReportReceiptProcess.ACKNOWLEDGE_REPORT);
        assertThat(task(receipt)).hasCandidateGroup("SOGDstaff").hasDueDate(date(RECEIPT_DUE));
        verify(fillReceiptForm).notify(any());

        // The ward accepts while the department has not answered yet: the school's report is done, the ward goes on.
        complete(task(school), withVariables(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        assertThat(school).isEnded().hasPassed(UnitReportProcess.ACCEPT_REPORT);
        UnitReportProcessTest.runContinuations(ward);
        assertThat(ward).isWaitingAt(UnitReportProcess.PREPARE_REPORT);
        assertThat(receipt).isWaitingAt(ReportReceiptProcess.ACKNOWLEDGE_REPORT);

        complete(task(receipt), withVariables(ReportReceiptProcess.Vars.RECEIPT_DECISION,
                ReportReceiptProcess.ACKNOWLEDGE));
        verify(recordReceipt).notify(any());
        assertThat(receipt).isEnded().hasPassed(ReportReceiptProcess.END_ACKNOWLEDGED);
        verify(queueReceiptReturnMail, never()).execute(any());
    }

    @Test
    void aReturnByTheBodyTellsTheUnitAndLeavesTheReportWithItsParent() throws Exception {
        ProcessInstance ward = startWard();
        ProcessInstance school = signedSchool(ward);
        ProcessInstance receipt = receipt();

        complete(task(receipt), withVariables(ReportReceiptProcess.Vars.RECEIPT_DECISION, ReportReceiptProcess.RETURN));

        verify(queueReceiptReturnMail).execute(any());
        assertThat(receipt).isEnded().hasPassed(ReportReceiptProcess.QUEUE_RECEIPT_RETURN_MAIL,
                ReportReceiptProcess.END_RETURNED);
        assertThat(school).isWaitingAt(UnitReportProcess.REVIEW_REPORT);
    }

    @Test
    void aReportToTheParentOnlyStartsNoReceipt() throws Exception {
        doAnswer(invocation -> null).when(sendToOtherBodies).execute(any());
        ProcessInstance ward = startWard();
        ProcessInstance school = signedSchool(ward);

        assertThat(school).isWaitingAt(UnitReportProcess.REVIEW_REPORT).hasPassed(
                UnitReportProcess.SEND_TO_OTHER_BODIES);
        Assertions.assertThat(runtimeService().createProcessInstanceQuery()
                .processDefinitionKey(ReportReceiptProcess.KEY).count()).isZero();
    }

    private static ProcessInstance startWard() {
        return runtimeService().startProcessInstanceByKey(UnitReportProcess.KEY, "7-1-PBT",
                withVariables(Vars.CAMPAIGN_ID, 7L, Vars.PHASE_NO, 1, Vars.UNIT_CODE, "PBT",
                        Vars.RECEIVERS, "PARENT_AND_OTHERS"));
    }

    /** The ward's one school, started, prepared and signed by its head. */
    private static ProcessInstance signedSchool(ProcessInstance ward) {
        execute(jobQuery().processInstanceId(ward.getId()).singleResult());
        ProcessInstance school = UnitReportProcessTest.child("PBTTH1");
        Assertions.assertThat(runtimeService().getVariable(school.getId(), Vars.RECEIVERS))
                .as("the setting travels down the tree").isEqualTo("PARENT_AND_OTHERS");
        complete(task(school));
        complete(task(school), withVariables(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        return school;
    }

    private static ProcessInstance receipt() {
        return runtimeService().createProcessInstanceQuery().processDefinitionKey(ReportReceiptProcess.KEY)
                .singleResult();
    }

    /** What OpenReport sets: the ward PBT with one school PBTTH1. */
    static void openReport(DelegateExecution execution) {
        String unit = (String) execution.getVariable(Vars.UNIT_CODE);
        boolean ward = "PBT".equals(unit);
        execution.setVariable(Vars.REPORT_ID, ward ? 1L : 2L);
        execution.setVariable(Vars.REPORT_TITLE, "Báo cáo sơ kết " + unit);
        execution.setVariable(Vars.STAFF_GROUP, unit + "staff");
        execution.setVariable(Vars.HEAD_GROUP, unit + "head");
        execution.setVariable(Vars.COUNCIL_GROUP, unit + "council");
        execution.setVariable(Vars.DOSSIER, false);
        execution.setVariable(Vars.HAS_PARENT, !ward);
        execution.setVariable(Vars.REVIEWER_GROUP, ward ? null : "PBTstaff");
        execution.setVariable(Vars.CHILD_UNIT_CODES, new ArrayList<>(ward ? List.of("PBTTH1") : List.of()));
        UnitReportProcessTest.deadlines(execution, DEADLINE, List.of(), "2025-03-19T17:00:00+07:00");
    }

    /** What SendToOtherBodies does for a school that also reports to the department SOGD. */
    static void sendToDepartment(DelegateExecution execution) {
        execution.getProcessEngineServices().getRuntimeService().startProcessInstanceByMessage(
                ReportReceiptProcess.MESSAGE_REPORT_SENT, "2-SOGD-0", Variables.createVariables()
                        .putValue(ReportReceiptProcess.Vars.REPORT_ID, 2L)
                        .putValue(ReportReceiptProcess.Vars.BODY_CODE, "SOGD")
                        .putValue(ReportReceiptProcess.Vars.BODY_STAFF_GROUP, "SOGDstaff")
                        .putValue(ReportReceiptProcess.Vars.ROUND, 0)
                        .putValue(ReportReceiptProcess.Vars.RECEIPT_DUE, RECEIPT_DUE)
                        .putValue(ReportReceiptProcess.Vars.RECEIPT_REMINDER_AT, RECEIPT_REMINDER_AT)
                        .putValue(ReportReceiptProcess.Vars.RECEIPT_ESCALATION_AT, RECEIPT_ESCALATION_AT));
    }

    private static Date date(String iso) {
        return Date.from(OffsetDateTime.parse(iso).toInstant());
    }
}
