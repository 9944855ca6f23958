package vn.thidua.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.mail.OutboxDelivery;
import vn.thidua.overview.CampaignOverview;
import vn.thidua.report.ReceiptProcessNames;
import vn.thidua.report.ReportHistory;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.YearDriver;

/**
 * The district plan's "báo cáo định kỳ 06 tháng … gửi về Ủy ban nhân dân … và Phòng Giáo dục": a ward's 6-month
 * report of its schedule, set to go to the parent and the units' other bodies, reaches the ward (who reviews it) and
 * the province's department (who returns one school's report with reasons and acknowledges the other's); the school
 * learns why by mail and in its report's history, the ward's overview shows each body's answer.
 */
@PostgresIntegrationTest
class ScheduleToTwoBodiesTest {

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();

    static final String SCHEDULE = "Lịch báo cáo định kỳ – Phường Hiến Nam";

    static final OffsetDateTime SET_UP = OffsetDateTime.parse("2026-10-01T09:00:00+07:00");

    @Autowired
    YearDriver year;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    RoundRepository rounds;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    TaskService taskService;
    @Autowired
    ReportRepository reports;
    @Autowired
    ReportHistory history;
    @Autowired
    CampaignOverview overview;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    OutboxDelivery dispatcher;

    @BeforeEach
    void setUp() throws Exception {
        year.setClock(SET_UP);
        year.importOrg("scenario/ward-units.csv", "scenario/ward-users.csv");
        smtp.reset();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSixMonthReportReachesTheWardAndTheDepartment() {
        long id = schedules.create(new ScheduleInput(SCHEDULE, null, List.of(
                new ScheduleInput.Item("Báo cáo 6 tháng", "15/10", 5,
                        "Báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng.", false, "PARENT_AND_OTHERS"))),
                launcher.asUser("wbhiennamstaff"));
        long campaignId = rounds.findSchedule(id).orElseThrow().campaignId();

        // 15/10/2026 is a Thursday: the round opens five working days before, on Thursday 08/10.
        year.setClock(OffsetDateTime.parse("2026-10-08T07:00:00+07:00"));
        year.runDueJobs();
        for (String school : List.of("WBQUANGTRUNG", "WBLELOI")) {
            year.submit(school.toLowerCase() + "staff", year.task(campaignId, 1, school, PREPARE_REPORT),
                    Map.of(FormFields.SUMMARY, "Sáu tháng đầu năm học, nhà trường triển khai phong trào thi đua "
                            + "đến toàn thể cán bộ, giáo viên, nhân viên."));
            year.submit(school.toLowerCase() + "head", year.task(campaignId, 1, school, APPROVE_REPORT),
                    Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
            year.runDueJobs();
        }

        // The ward reviews each school's report; the department has each in its Tasklist to acknowledge.
        assertThat(year.task(campaignId, 1, "WBQUANGTRUNG", REVIEW_REPORT)).isNotNull();
        assertThat(year.task(campaignId, 1, "WBLELOI", REVIEW_REPORT)).isNotNull();
        // The body's receipt runs in a process of its own (report-receipt.bpmn).
        List<Task> receipts = taskService.createTaskQuery().processDefinitionKey("ReportReceipt")
                .taskCandidateGroup("WBSOstaff").list();
        assertThat(receipts).extracting(Task::getName).containsExactlyInAnyOrder(
                "Tiếp nhận: Báo cáo 6 tháng năm 2026 – Trường Tiểu học Quang Trung – Lịch báo cáo định kỳ – Phường Hiến Nam",
                "Tiếp nhận: Báo cáo 6 tháng năm 2026 – Trường Tiểu học Lê Lợi – Lịch báo cáo định kỳ – Phường Hiến Nam");
        assertThat(campaigns.get(campaignId).receivers()).isEqualTo("PARENT_AND_OTHERS");

        // The department returns Quang Trung's report with reasons and acknowledges Lê Lợi's.
        long quangTrung = reports.find(campaignId, 1, "WBQUANGTRUNG").orElseThrow().id();
        long leLoi = reports.find(campaignId, 1, "WBLELOI").orElseThrow().id();
        String reasons = "Thiếu số liệu đoàn viên công đoàn tham gia phong trào thi đua sáu tháng đầu năm";
        year.setClock(OffsetDateTime.parse("2026-10-09T10:00:00+07:00"));
        year.submit("wbsostaff", receiptTask(quangTrung), Map.of(
                ReceiptProcessNames.RECEIPT_DECISION, ReceiptProcessNames.RETURN,
                ReceiptProcessNames.RECEIPT_REASONS, reasons));
        year.setClock(OffsetDateTime.parse("2026-10-09T10:30:00+07:00"));
        year.submit("wbsostaff", receiptTask(leLoi), Map.of(
                ReceiptProcessNames.RECEIPT_DECISION, ReceiptProcessNames.ACKNOWLEDGE));
        year.runDueJobs();
        dispatcher.dispatchDue();

        // Quang Trung's staff and head learn why by mail; Lê Lợi gets no such mail.
        for (String person : List.of("wbquangtrungstaff", "wbquangtrunghead")) {
            assertThat(smtp.to(SCHEDULE, person)).singleElement().satisfies(mail -> {
                assertThat(TestMailbox.subject(mail)).isEqualTo("Sở Giáo dục và Đào tạo tỉnh Thử nghiệm trả lại báo cáo: "
                        + "Báo cáo 6 tháng năm 2026 – Trường Tiểu học Quang Trung – " + SCHEDULE);
                assertThat(TestMailbox.plainText(mail)).contains(reasons, "/reports/" + quangTrung + "/history");
            });
        }
        assertThat(smtp.to(SCHEDULE, "wbleloistaff")).isEmpty();

        // The school's history shows the department's answer; the ward still decides.
        ReportHistory.View qt = history.of(launcher.asUser("wbquangtrungstaff"), quangTrung);
        assertThat(qt.entries()).singleElement().satisfies(e -> {
            assertThat(e.bodyCode()).isEqualTo("WBSO");
            assertThat(e.decision()).isEqualTo("RETURNED");
            assertThat(e.reasons()).isEqualTo(reasons);
            assertThat(e.by()).isEqualTo("wbsostaff");
        });
        assertThat(qt.bodies()).extracting(ReportHistory.Body::code, ReportHistory.Body::statusLabel)
                .containsExactly(tuple("WBHIENNAM", "Đã nộp, chờ thẩm định"), tuple("WBSO", "Đã trả lại"));
        assertThat(history.of(launcher.asUser("wbleloistaff"), leLoi).entries()).extracting(ReportHistory.Entry::decision)
                .containsExactly("ACKNOWLEDGED");
        assertThat(year.task(campaignId, 1, "WBQUANGTRUNG", REVIEW_REPORT)).isNotNull();

        // The ward's overview of the round: each school's standing with the department.
        CampaignOverview.Overview ward = overview.of(launcher.asUser("wbhiennamstaff"), campaignId, null);
        assertThat(ward.receivers()).isEqualTo("PARENT_AND_OTHERS");
        CampaignOverview.PhaseOverview round = ward.phases().get(0);
        assertThat(round.receiversLabel()).isEqualTo("Đơn vị cấp trên và các đơn vị nhận khác");
        Map<String, CampaignOverview.Row> rows = round.children().stream()
                .collect(Collectors.toMap(CampaignOverview.Row::code, r -> r));
        assertThat(rows.get("WBQUANGTRUNG").otherBodies()).singleElement().satisfies(b -> {
            assertThat(b.code()).isEqualTo("WBSO");
            assertThat(b.status()).isEqualTo("RETURNED");
            assertThat(b.reasons()).isEqualTo(reasons);
        });
        assertThat(rows.get("WBLELOI").otherBodies()).singleElement()
                .satisfies(b -> assertThat(b.statusLabel()).isEqualTo("Đã tiếp nhận"));
        assertThat(rows.get("WBQUANGTRUNG").historyUrl()).isEqualTo("/reports/" + quangTrung + "/history");

        // The ward returns Lê Lợi's report once; the school sends it again and the ward accepts it. The department's
        // acknowledgement of the first sending stands in the school's history.
        year.setClock(OffsetDateTime.parse("2026-10-12T09:00:00+07:00"));
        year.submit("wbhiennamstaff", year.task(campaignId, 1, "WBLELOI", REVIEW_REPORT), Map.of(
                UnitReportProcess.Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_RETURN,
                FormFields.RETURN_REASONS, "Thiếu biên bản họp hội đồng thi đua sáu tháng đầu năm",
                FormFields.NEW_DEADLINE, "2026-10-20"));
        year.runDueJobs();
        assertThat(reports.get(leLoi).status()).isEqualTo(ReportStatus.RETURNED);
        year.setClock(OffsetDateTime.parse("2026-10-13T09:00:00+07:00"));
        year.submit("wbleloistaff", year.task(campaignId, 1, "WBLELOI", PREPARE_REPORT), Map.of(FormFields.SUMMARY,
                "Sáu tháng đầu năm học, nhà trường triển khai phong trào thi đua; biên bản họp hội đồng kèm theo."));
        year.submit("wbleloihead", year.task(campaignId, 1, "WBLELOI", APPROVE_REPORT),
                Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
        year.submit("wbhiennamstaff", year.task(campaignId, 1, "WBLELOI", REVIEW_REPORT),
                Map.of(UnitReportProcess.Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();
        assertThat(reports.get(leLoi).status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(history.of(launcher.asUser("wbleloistaff"), leLoi).entries())
                .extracting(ReportHistory.Entry::bodyCode, ReportHistory.Entry::decision)
                .contains(tuple("WBSO", "ACKNOWLEDGED"));
    }

    /** A schedule whose items send their reports to different receivers: each round says where its reports go. */
    @Test
    void aScheduleWhoseItemsDifferSaysTheReceiversPerRound() {
        long id = schedules.create(new ScheduleInput("Lịch báo cáo hai nơi nhận – Phường Hiến Nam", null, List.of(
                new ScheduleInput.Item("Báo cáo 6 tháng", "15/10", 5, "Báo cáo sơ kết 6 tháng.", false,
                        "PARENT_AND_OTHERS"),
                new ScheduleInput.Item("Báo cáo năm", "15/12", 5, "Báo cáo tổng kết năm.", false, "PARENT"))),
                launcher.asUser("wbhiennamstaff"));
        long campaignId = rounds.findSchedule(id).orElseThrow().campaignId();
        assertThat(campaigns.get(campaignId).receivers()).isEqualTo("PER_ROUND");

        year.setClock(OffsetDateTime.parse("2026-10-08T07:00:00+07:00"));
        year.runDueJobs();
        assertThat(campaigns.rounds(campaignId)).extracting(r -> r.phase().name(), r -> r.receivers())
                .containsExactly(tuple("Báo cáo 6 tháng năm 2026", "PARENT_AND_OTHERS"));
        CampaignOverview.Overview ward = overview.of(launcher.asUser("wbhiennamstaff"), campaignId, null);
        assertThat(ward.receiversPerRound()).isTrue();
        assertThat(ward.receiversLabel()).isEqualTo("Theo từng đợt báo cáo");
        assertThat(ward.phases()).extracting(CampaignOverview.PhaseOverview::receiversLabel)
                .containsExactly("Đơn vị cấp trên và các đơn vị nhận khác");
    }

    private Task receiptTask(long reportId) {
        return taskService.createTaskQuery().processDefinitionKey(ReceiptProcessNames.KEY)
                .processVariableValueEquals(ReceiptProcessNames.REPORT_ID, reportId).singleResult();
    }
}
