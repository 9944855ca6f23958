package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import jakarta.mail.internet.MimeMessage;
import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.mail.OutboxDelivery;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.overview.CampaignOverview;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.YearDriver;

/**
 * Since 1 July 2025 a primary school answers to its ward and to the province's department at once: a ward tree where
 * each school of phường Hiến Nam also reports to the Sở. The sơ kết reaches both; the ward returns it once, the
 * department acknowledges; the overview and the report's history show each body's answer. A school without other
 * bodies, and a campaign whose reports go to the parent only, stay as they were. On PostgreSQL, authorization on.
 */
@PostgresIntegrationTest
class ReceivingBodiesScenarioTest {

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    static final String CAMPAIGN = "Phong trào thi đua năm học 2026-2027 – báo cáo gửi phường và Sở";

    @Autowired
    YearDriver year;
    @Autowired
    TaskService taskService;
    @Autowired
    ReportRepository reports;
    @Autowired
    ReportReceipts receipts;
    @Autowired
    ReportHistory history;
    @Autowired
    CampaignOverview overview;
    @Autowired
    OrgDirectory org;
    @Autowired
    OutboxDelivery dispatcher;
    @Autowired
    vn.thidua.campaign.CampaignLauncher launcher;

    /** The engine clock: each step of the story happens an hour after the one before. */
    OffsetDateTime now = LAUNCH;

    @BeforeEach
    void setUp() throws Exception {
        year.setClock(LAUNCH);
        year.importOrg("scenario/ward-units.csv", "scenario/ward-users.csv");
        smtp.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theOrganisationFileSaysWhoElseEachSchoolReportsTo() {
        assertThat(org.otherBodies("WBQUANGTRUNG")).extracting(Unit::code).containsExactly("WBSO");
        assertThat(org.otherBodies("WBNGUYENTRAI")).isEmpty();
        assertThat(org.otherBodies("WBHIENNAM")).isEmpty();
    }

    @Test
    void theSchoolReportReachesTheWardAndTheDepartmentWhoAnswerEachOnTheirOwn() throws Exception {
        long campaignId = launch(CAMPAIGN, "PARENT_AND_OTHERS");
        long quangTrung = reports.find(campaignId, 1, "WBQUANGTRUNG").orElseThrow().id();
        long leLoi = reports.find(campaignId, 1, "WBLELOI").orElseThrow().id();
        long nguyenTrai = reports.find(campaignId, 1, "WBNGUYENTRAI").orElseThrow().id();
        assertThat(receipts.of(quangTrung)).singleElement().satisfies(r -> {
            assertThat(r.bodyCode()).isEqualTo("WBSO");
            assertThat(r.status()).isEqualTo(ReceiptStatus.NOT_SENT);
        });
        assertThat(receipts.of(nguyenTrai)).isEmpty();
        SignedInUser department = user("wbsostaff");
        // Before the head signs, the department has nothing to read.
        assertThatThrownBy(() -> history.of(department, quangTrung)).isInstanceOf(AccessDeniedException.class);

        prepareAndSign(campaignId, "WBQUANGTRUNG", "wbquangtrung");
        prepareAndSign(campaignId, "WBLELOI", "wbleloi");
        prepareAndSign(campaignId, "WBNGUYENTRAI", "wbnguyentrai");

        // The department's staff find both reports of phường Hiến Nam in their Tasklist, and a mail for each.
        Task qtReceipt = receiptTask(quangTrung);
        assertThat(qtReceipt.getName()).isEqualTo("Tiếp nhận: Sơ kết đợt 1 – Trường Tiểu học Quang Trung – " + CAMPAIGN);
        assertThat(taskService.createTaskQuery().taskCandidateGroup("WBSOstaff")
                .processDefinitionKey(ReportReceiptProcess.KEY).count()).isEqualTo(2);
        // A body with no units below it still finds what it must acknowledge in "Chờ tôi duyệt".
        List<Task> toReview = year.as("wbsostaff", () -> filterService.list(filterService.createFilterQuery()
                .filterName(vn.thidua.tasklist.TasklistFilterNames.TO_REVIEW).singleResult().getId()));
        assertThat(toReview).extracting(Task::getId).contains(qtReceipt.getId(), receiptTask(leLoi).getId());
        Map<String, Object> form = year.formVariables("wbsostaff", qtReceipt);
        assertThat(form).containsEntry(FormFields.SUMMARY, summary("WBQUANGTRUNG"))
                .containsEntry(ReportReceiptProcess.FormFields.HISTORY_URL, "/reports/" + quangTrung + "/history")
                .containsEntry(ReportReceiptProcess.FormFields.BODY_NAME, "Sở Giáo dục và Đào tạo tỉnh Thử nghiệm");
        List<MimeMessage> received = smtp.to("Trường Tiểu học Quang Trung", "wbsostaff");
        assertThat(received).singleElement().satisfies(mail -> assertThat(TestMailbox.subject(mail))
                .startsWith("Báo cáo gửi đến Sở Giáo dục và Đào tạo tỉnh Thử nghiệm: Sơ kết đợt 1"));
        // The ward's review is as before; the department cannot do the ward's task, the ward not the department's.
        assertThat(year.task(campaignId, 1, "WBQUANGTRUNG", UnitReportProcess.REVIEW_REPORT)).isNotNull();
        assertThatThrownBy(() -> year.submit("wbhiennamstaff", qtReceipt,
                Map.of(ReportReceiptProcess.Vars.RECEIPT_DECISION, ReportReceiptProcess.ACKNOWLEDGE)))
                .isInstanceOf(AuthorizationException.class);
        // A school that reports to its ward only goes nowhere else: the department may not read it.
        assertThat(receipts.of(nguyenTrai)).isEmpty();
        assertThatThrownBy(() -> history.of(department, nguyenTrai)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> history.of(user("wblamsonstaff"), quangTrung))
                .isInstanceOf(AccessDeniedException.class);

        // The ward returns Quang Trung's report once; the department acknowledges it in the meantime.
        review(campaignId, "WBQUANGTRUNG", UnitReportProcess.REVIEW_RETURN, "Thiếu biên bản họp hội đồng thi đua");
        tick();
        year.submit("wbsostaff", qtReceipt,
                Map.of(ReportReceiptProcess.Vars.RECEIPT_DECISION, ReportReceiptProcess.ACKNOWLEDGE));
        assertThat(receipts.find(quangTrung, "WBSO").orElseThrow().status()).isEqualTo(ReceiptStatus.ACKNOWLEDGED);
        assertThat(reports.get(quangTrung).status()).isEqualTo(ReportStatus.RETURNED);

        // The department returns Lê Lợi's report with reasons: the school learns why, the ward still decides.
        Task llReceipt = receiptTask(leLoi);
        assertThatThrownBy(() -> year.submit("wbsostaff", llReceipt,
                Map.of(ReportReceiptProcess.Vars.RECEIPT_DECISION, ReportReceiptProcess.RETURN,
                        ReportReceiptProcess.FormFields.RECEIPT_REASONS, "Thiếu")))
                .hasMessageContaining("ít nhất 10 ký tự");
        year.submit("wbsostaff", llReceipt, Map.of(ReportReceiptProcess.Vars.RECEIPT_DECISION,
                ReportReceiptProcess.RETURN, ReportReceiptProcess.FormFields.RECEIPT_REASONS,
                "Số cán bộ, giáo viên chưa khớp với báo cáo thống kê tháng 9 gửi Sở"));
        year.runDueJobs();
        dispatcher.dispatchDue();
        assertThat(smtp.to("Trường Tiểu học Lê Lợi", "wbleloistaff")).singleElement().satisfies(mail -> {
            assertThat(TestMailbox.subject(mail)).startsWith("Sở Giáo dục và Đào tạo tỉnh Thử nghiệm trả lại báo cáo");
            assertThat(TestMailbox.plainText(mail)).contains("Số cán bộ, giáo viên chưa khớp")
                    .contains("/reports/" + leLoi + "/history");
        });
        review(campaignId, "WBLELOI", UnitReportProcess.REVIEW_ACCEPT, null);
        assertThat(reports.get(leLoi).status()).isEqualTo(ReportStatus.ACCEPTED);

        // Quang Trung completes and signs again: the department receives the new version, acknowledges; the ward accepts.
        prepareAndSign(campaignId, "WBQUANGTRUNG", "wbquangtrung");
        ReportReceipts.Receipt again = receipts.find(quangTrung, "WBSO").orElseThrow();
        assertThat(again.status()).isEqualTo(ReceiptStatus.WAITING);
        assertThat(again.round()).isEqualTo(1);
        tick();
        year.submit("wbsostaff", receiptTask(quangTrung),
                Map.of(ReportReceiptProcess.Vars.RECEIPT_DECISION, ReportReceiptProcess.ACKNOWLEDGE));
        review(campaignId, "WBQUANGTRUNG", UnitReportProcess.REVIEW_ACCEPT, null);
        assertThat(reports.get(quangTrung).status()).isEqualTo(ReportStatus.ACCEPTED);
        year.submit("wblamsonstaff", year.task(campaignId, 1, "WBNGUYENTRAI", UnitReportProcess.REVIEW_REPORT),
                Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();

        // The ward's overview shows each school's standing with the ward and with the department.
        CampaignOverview.PhaseOverview phase = overview.of(user("wbhiennamstaff"), campaignId, null).phases().get(0);
        Map<String, CampaignOverview.Row> rows = new HashMap<>();
        phase.children().forEach(row -> rows.put(row.code(), row));
        assertThat(rows.get("WBQUANGTRUNG").status()).isEqualTo("ACCEPTED");
        assertThat(rows.get("WBQUANGTRUNG").otherBodies()).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo("WBSO");
            assertThat(b.statusLabel()).isEqualTo("Đã tiếp nhận");
        });
        assertThat(rows.get("WBLELOI").otherBodies()).singleElement().satisfies(b -> {
            assertThat(b.status()).isEqualTo("RETURNED");
            assertThat(b.reasons()).contains("Số cán bộ, giáo viên chưa khớp");
        });
        assertThat(rows.get("WBQUANGTRUNG").historyUrl()).isEqualTo("/reports/" + quangTrung + "/history");

        // The report's history, as the school, the ward and the department read it: every answer in order.
        ReportHistory.View qt = history.of(department, quangTrung);
        assertThat(qt.bodies()).extracting(ReportHistory.Body::code, ReportHistory.Body::statusLabel)
                .containsExactly(tuple("WBHIENNAM", "Đã tiếp nhận"),
                        tuple("WBSO", "Đã tiếp nhận"));
        assertThat(qt.entries()).extracting(ReportHistory.Entry::bodyCode, ReportHistory.Entry::decision)
                .containsExactly(tuple("WBHIENNAM", "RETURNED"),
                        tuple("WBSO", "ACKNOWLEDGED"),
                        tuple("WBSO", "ACKNOWLEDGED"),
                        tuple("WBHIENNAM", "ACCEPTED"));
        assertThat(history.of(user("wbquangtrungstaff"), quangTrung).entries()).hasSize(4);
        assertThat(history.of(user("wbhiennamstaff"), quangTrung).entries().get(0).reasons())
                .isEqualTo("Thiếu biên bản họp hội đồng thi đua");
    }

    /**
     * Signed on Thursday 01/10/2026 09:00: the department has three working days (due Tuesday 06/10 09:00, the weekend
     * not counted), is reminded the working day before (Monday, not Sunday), told at the due time, and its head three
     * working days later; each mail once, through the outbox. Lê Lợi's report, acknowledged at once, causes none.
     */
    @Test
    void anUnansweredReceiptIsRemindedThenOverdueThenEscalatedToTheBodysHead() throws Exception {
        long campaignId = launch(CAMPAIGN, "PARENT_AND_OTHERS");
        long quangTrung = reports.find(campaignId, 1, "WBQUANGTRUNG").orElseThrow().id();
        long leLoi = reports.find(campaignId, 1, "WBLELOI").orElseThrow().id();
        prepareAndSign(campaignId, "WBQUANGTRUNG", "wbquangtrung");
        prepareAndSign(campaignId, "WBLELOI", "wbleloi");
        year.submit("wbsostaff", receiptTask(leLoi),
                Map.of(ReportReceiptProcess.Vars.RECEIPT_DECISION, ReportReceiptProcess.ACKNOWLEDGE));
        Task task = receiptTask(quangTrung);
        assertThat(task.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2026-10-06T09:00:00+07:00").toInstant());

        clockTo("2026-10-05T08:59:00+07:00");
        assertThat(notices()).isEmpty();
        clockTo("2026-10-05T09:00:01+07:00");
        assertThat(notices()).singleElement().satisfies(mail -> {
            assertThat(TestMailbox.subject(mail)).isEqualTo("Nhắc tiếp nhận: Sơ kết đợt 1 – Trường Tiểu học Quang Trung – "
                    + CAMPAIGN + " – hạn 09:00 ngày 06/10/2026");
            assertThat(mail.getAllRecipients()[0].toString()).contains("wbsostaff@");
            assertThat(TestMailbox.openTaskLink(TestMailbox.plainText(mail)))
                    .endsWith("/task-links/" + task.getProcessInstanceId());
        });

        clockTo("2026-10-06T09:00:01+07:00");
        assertThat(notices()).extracting(TestMailbox::subject).hasSize(2)
                .contains("Quá hạn tiếp nhận: Sơ kết đợt 1 – Trường Tiểu học Quang Trung – " + CAMPAIGN);
        assertThat(smtp.to(CAMPAIGN, "wbsohead")).isEmpty();

        clockTo("2026-10-09T08:59:00+07:00");
        assertThat(smtp.to(CAMPAIGN, "wbsohead")).isEmpty();
        clockTo("2026-10-09T09:00:01+07:00");
        assertThat(smtp.to(CAMPAIGN, "wbsohead")).singleElement().satisfies(mail -> {
            assertThat(TestMailbox.subject(mail)).isEqualTo("Chưa tiếp nhận sau hạn 3 ngày làm việc: Sơ kết đợt 1 – "
                    + "Trường Tiểu học Quang Trung – " + CAMPAIGN);
            assertThat(TestMailbox.plainText(mail)).contains("Sở Giáo dục và Đào tạo tỉnh Thử nghiệm",
                    "09:00 ngày 06/10/2026");
        });

        // Timers fire once: later runs add nothing; the answer ends the receipt and its timers.
        clockTo("2026-10-20T09:00:00+07:00");
        assertThat(notices()).hasSize(2);
        assertThat(smtp.to(CAMPAIGN, "wbsohead")).hasSize(1);
        year.submit("wbsostaff", receiptTask(quangTrung),
                Map.of(ReportReceiptProcess.Vars.RECEIPT_DECISION, ReportReceiptProcess.ACKNOWLEDGE));
        assertThat(managementService.createJobQuery().processInstanceId(task.getProcessInstanceId()).count()).isZero();
    }

    /** The department's staff's mails about the receipts of this campaign, besides the requests to acknowledge. */
    private List<MimeMessage> notices() {
        return smtp.to(CAMPAIGN, "wbsostaff").stream()
                .filter(m -> !TestMailbox.subject(m).startsWith("Báo cáo gửi đến")).toList();
    }

    private void clockTo(String iso) {
        now = OffsetDateTime.parse(iso);
        year.setClock(now);
        year.runDueJobs();
        dispatcher.dispatchDue();
    }

    @Test
    void aCampaignToTheParentOnlySendsNothingElsewhere() throws Exception {
        long campaignId = launch("Phong trào chỉ gửi cấp trên 2026-2027", null);
        long quangTrung = reports.find(campaignId, 1, "WBQUANGTRUNG").orElseThrow().id();
        prepareAndSign(campaignId, "WBQUANGTRUNG", "wbquangtrung");

        assertThat(receipts.of(quangTrung)).isEmpty();
        assertThat(taskService.createTaskQuery().processDefinitionKey(ReportReceiptProcess.KEY)
                .processVariableValueEquals(ReportReceiptProcess.Vars.REPORT_ID, quangTrung).count()).isZero();
        assertThatThrownBy(() -> history.of(user("wbsostaff"), quangTrung))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(year.task(campaignId, 1, "WBQUANGTRUNG", UnitReportProcess.REVIEW_REPORT)).isNotNull();
    }

    @Test
    void anUnknownReceiversSettingIsRefusedWithTheField() {
        vn.thidua.campaign.CampaignLaunch launch = new vn.thidua.campaign.CampaignLaunch("Phong trào nơi nhận sai",
                "2026-2027", "WBTINH", null, List.of(new vn.thidua.campaign.CampaignLaunch.Phase("Đợt 1", "2026-09-05",
                "2027-01-16", "2027-01-25")), null, null, null, null, null, null, null, null, "SO_ONLY");
        assertThatThrownBy(() -> launcher.launch(launch, user("wbtinhstaff")))
                .isInstanceOfSatisfying(vn.thidua.problem.InvalidInputException.class, e ->
                        assertThat(e.errors()).anySatisfy(error -> {
                            assertThat(error.field()).isEqualTo("receivers");
                            assertThat(error.message()).contains("PARENT_AND_OTHERS");
                        }));
    }

    private long launch(String name, String receivers) throws Exception {
        Map<String, Object> fields = new HashMap<>();
        if (receivers != null) {
            fields.put(CampaignProcessNames.Vars.RECEIVERS, receivers);
        }
        long campaignId = year.launch("wbtinhstaff", name, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25), LocalDate.of(2027, 6, 5))),
                fields);
        year.runDueJobs();
        return campaignId;
    }

    private void tick() {
        now = now.plusHours(1);
        year.setClock(now);
    }

    private void prepareAndSign(long campaignId, String unit, String people) {
        tick();
        year.submit(people + "staff", year.task(campaignId, 1, unit, UnitReportProcess.PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, summary(unit), FormFields.STAFF_COUNT, 38, FormFields.REGISTERED_COUNT, 35,
                FormFields.HIGHLIGHTS, "Hai giáo viên đạt giải giáo viên dạy giỏi cấp tỉnh."));
        year.submit(people + "head", year.task(campaignId, 1, unit, UnitReportProcess.APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
        dispatcher.dispatchDue();
    }

    private void review(long campaignId, String unit, String decision, String reasons) {
        tick();
        Map<String, Object> values = new HashMap<>(Map.of(Vars.REVIEW_DECISION, decision));
        if (reasons != null) {
            values.put(FormFields.RETURN_REASONS, reasons);
            values.put(FormFields.NEW_DEADLINE, "2026-10-20");
        }
        year.submit("wbhiennamstaff", year.task(campaignId, 1, unit, UnitReportProcess.REVIEW_REPORT), values);
        year.runDueJobs();
        dispatcher.dispatchDue();
    }

    private Task receiptTask(long reportId) {
        return taskService.createTaskQuery().processDefinitionKey(ReportReceiptProcess.KEY)
                .processVariableValueEquals(ReportReceiptProcess.Vars.REPORT_ID, reportId).singleResult();
    }

    private static String summary(String unit) {
        return "Báo cáo sơ kết học kỳ I của " + unit + ": nhà trường triển khai phong trào thi đua đến toàn thể cán bộ.";
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, identityService.createGroupQuery().groupMember(username).list().stream()
                .map(g -> g.getId()).toList());
    }

    @Autowired
    IdentityService identityService;
    @Autowired
    org.camunda.bpm.engine.ManagementService managementService;
    @Autowired
    org.camunda.bpm.engine.FilterService filterService;
}
