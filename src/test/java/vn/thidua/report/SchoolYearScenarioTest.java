package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.COUNCIL_VOTE;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * A school year told in order: the city launches, every school reports its sơ kết, districts consolidate, the
 * city closes the phase; then the tổng kết. On a real PostgreSQL, with authorization on.
 */
@PostgresIntegrationTest
class SchoolYearScenarioTest {

    /** The launch happens on 1 October 2026 (Vietnam time); the phases and deadlines follow the seeds' rhythm. */
    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    static final LocalDate INTERIM_DEADLINE = LocalDate.of(2027, 1, 25);
    static final LocalDate FINAL_DEADLINE = LocalDate.of(2027, 6, 5);

    @Autowired
    YearDriver year;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ReportRepository reports;
    @Autowired
    CampaignRepository campaigns;

    @BeforeEach
    void setUp() throws Exception {
        init(engine);
        year.setClock(LAUNCH);
        year.importOrg("scenario/three-level-units.csv", "scenario/three-level-users.csv");
        year.importOrg("scenario/two-level-units.csv", "scenario/two-level-users.csv");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static List<Map<String, Object>> twoPhases() {
        return List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), INTERIM_DEADLINE),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25), FINAL_DEADLINE));
    }

    @Test
    void threeLevelTreeRunsSoKetAndTongKetToTheEnd() throws Exception {
        long campaignId = year.launch("scnsostaff", "Phong trào thi đua năm học 2026-2027", twoPhases());
        year.runDueJobs();

        // Sơ kết: every school has its task, with its own, earlier deadline; districts and city wait.
        Task leLoi = year.task(campaignId, 1, "SCNLELOI", PREPARE_REPORT);
        assertThat(leLoi).isNotNull();
        assertThat(leLoi.getName())
                .isEqualTo("Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào thi đua năm học 2026-2027");
        assertThat(leLoi).hasCandidateGroup("SCNLELOIstaff");
        // City Monday 25/01/2027, wards 5 working days earlier (Monday 18/01), schools 5 more (Monday 11/01).
        OffsetDateTime cityDeadline = OffsetDateTime.parse("2027-01-25T17:00:00+07:00");
        assertThat(leLoi.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-11T17:00:00+07:00").toInstant());
        assertThat(year.task(campaignId, 1, "SCNPA", PREPARE_REPORT)).isNull();
        assertThat(year.task(campaignId, 2, "SCNLELOI", PREPARE_REPORT)).as("tổng kết waits for phase 2").isNull();

        for (String school : List.of("SCNLELOI", "SCNNGUYENDU")) {
            schoolReportsAndIsAccepted(campaignId, 1, school, "scnankhanhstaff");
        }
        // Both schools of An Khánh are in: the ward consolidates, with the schools' figures prefilled.
        Task ward = year.task(campaignId, 1, "SCNPA", PREPARE_REPORT);
        assertThat(ward).hasCandidateGroup("SCNPAstaff");
        assertThat(ward.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-18T17:00:00+07:00").toInstant());
        Map<String, Object> form = year.formVariables("scnankhanhstaff", ward);
        assertThat((String) form.get(FormFields.CHILDREN_SUMMARY)).contains("Trường TH Lê Lợi")
                .contains("Trường THCS Nguyễn Du, Phường An Khánh");
        assertThat(form.get(FormFields.STAFF_COUNT)).isEqualTo(84);
        prepareAndSign(campaignId, 1, "SCNPA", "scnankhanhstaff", "scnankhanhhead", 84, 80);
        review(campaignId, 1, "SCNPA", "scnsostaff", UnitReportProcess.REVIEW_ACCEPT, null, null);
        assertThat(year.task(campaignId, 1, "SCN", PREPARE_REPORT)).as("city waits for Bến Thành").isNull();

        for (String school : List.of("SCNMINHDUC", "SCNTRANPHU")) {
            schoolReportsAndIsAccepted(campaignId, 1, school, "scnbenthanhstaff");
        }
        prepareAndSign(campaignId, 1, "SCNPB", "scnbenthanhstaff", "scnbenthanhhead", 84, 80);
        review(campaignId, 1, "SCNPB", "scnsostaff", UnitReportProcess.REVIEW_ACCEPT, null, null);

        // The city consolidates and its head signs: the phase is closed at the top.
        Task city = year.task(campaignId, 1, "SCN", PREPARE_REPORT);
        assertThat(city.getDueDate().toInstant()).isEqualTo(cityDeadline.toInstant());
        prepareAndSign(campaignId, 1, "SCN", "scnsostaff", "scnsohead", 168, 160);
        assertThat(reports.find(campaignId, 1, "SCN").orElseThrow().status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(reports.ofCampaign(campaignId)).filteredOn(r -> r.phaseNo() == 1)
                .hasSize(7).allMatch(r -> r.status() == ReportStatus.ACCEPTED);

        // Phase 2 opens on its first day: the tổng kết round runs the same way.
        year.setClock(OffsetDateTime.parse("2027-01-18T00:00:01+07:00"));
        year.runDueJobs();
        Task tongKet = year.task(campaignId, 2, "SCNLELOI", PREPARE_REPORT);
        assertThat(tongKet.getName()).startsWith("Tổng kết đợt 2 – Trường TH Lê Lợi");
        for (String school : List.of("SCNLELOI", "SCNNGUYENDU")) {
            schoolReportsAndIsAccepted(campaignId, 2, school, "scnankhanhstaff");
        }
        for (String school : List.of("SCNMINHDUC", "SCNTRANPHU")) {
            schoolReportsAndIsAccepted(campaignId, 2, school, "scnbenthanhstaff");
        }
        prepareAndSign(campaignId, 2, "SCNPA", "scnankhanhstaff", "scnankhanhhead", 84, 82);
        review(campaignId, 2, "SCNPA", "scnsostaff", UnitReportProcess.REVIEW_ACCEPT, null, null);
        prepareAndSign(campaignId, 2, "SCNPB", "scnbenthanhstaff", "scnbenthanhhead", 84, 82);
        review(campaignId, 2, "SCNPB", "scnsostaff", UnitReportProcess.REVIEW_ACCEPT, null, null);
        prepareAndSign(campaignId, 2, "SCN", "scnsostaff", "scnsohead", 168, 164);

        Campaign campaign = campaigns.get(campaignId);
        assertThat(campaign.status()).isEqualTo(Campaign.STATUS_CLOSED);
        ProcessInstance launched = runtimeService.createProcessInstanceQuery()
                .processInstanceId(campaign.processInstanceId()).singleResult();
        assertThat(launched).as("campaign process ended").isNull();
        assertThat(reports.ofCampaign(campaignId)).hasSize(14).allMatch(r -> r.status() == ReportStatus.ACCEPTED);
    }

    @Test
    void twoLevelTreeRunsWithoutAMiddleLevel() throws Exception {
        long campaignId = year.launch("scttinhstaff", "Phong trào thi đua năm học 2026-2027 (tỉnh)", twoPhases());
        year.runDueJobs();
        // Province Monday 25/01/2027; its schools 5 working days earlier, Monday 18/01.
        Task school = year.task(campaignId, 1, "SCTHOABINH", PREPARE_REPORT);
        assertThat(school.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-18T17:00:00+07:00").toInstant());
        for (String code : List.of("SCTHOABINH", "SCTLAMSON", "SCTQUANGTRUNG")) {
            schoolReportsAndIsAccepted(campaignId, 1, code, "scttinhstaff");
        }
        prepareAndSign(campaignId, 1, "SCT", "scttinhstaff", "scttinhhead", 126, 120);

        year.setClock(OffsetDateTime.parse("2027-01-18T00:00:01+07:00"));
        year.runDueJobs();
        for (String code : List.of("SCTHOABINH", "SCTLAMSON", "SCTQUANGTRUNG")) {
            schoolReportsAndIsAccepted(campaignId, 2, code, "scttinhstaff");
        }
        prepareAndSign(campaignId, 2, "SCT", "scttinhstaff", "scttinhhead", 126, 124);
        assertThat(campaigns.get(campaignId).status()).isEqualTo(Campaign.STATUS_CLOSED);
        assertThat(reports.ofCampaign(campaignId)).hasSize(8).allMatch(r -> r.status() == ReportStatus.ACCEPTED);
    }

    @Test
    void reportReturnedTwiceThenAccepted() throws Exception {
        long campaignId = year.launch("scttinhstaff", "Phong trào trả hồ sơ", twoPhases());
        year.runDueJobs();
        ProcessInstance lamSon = unitInstance(campaignId, 1, "SCTLAMSON");
        year.setClock(OffsetDateTime.parse("2027-01-12T09:00:00+07:00"));

        prepareAndSign(campaignId, 1, "SCTLAMSON", "sctlamsonstaff", "sctlamsonhead", 40, 38);
        review(campaignId, 1, "SCTLAMSON", "scttinhstaff", UnitReportProcess.REVIEW_RETURN,
                "Thiếu biên bản họp bình xét thi đua của hội đồng", "2027-01-22");

        // Back to the school's staff, with the reasons on top of the form and the new deadline as due date.
        assertThat(lamSon).isWaitingAt(PREPARE_REPORT);
        Task again = year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT);
        assertThat(again.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-22T17:00:00+07:00").toInstant());
        assertThat(year.formVariables("sctlamsonstaff", again).get(FormFields.RETURN_REASONS))
                .isEqualTo("Thiếu biên bản họp bình xét thi đua của hội đồng");
        assertThat(reports.find(campaignId, 1, "SCTLAMSON").orElseThrow().status()).isEqualTo(ReportStatus.RETURNED);

        prepareAndSign(campaignId, 1, "SCTLAMSON", "sctlamsonstaff", "sctlamsonhead", 40, 38);
        review(campaignId, 1, "SCTLAMSON", "scttinhstaff", UnitReportProcess.REVIEW_RETURN,
                "Số liệu đăng ký thi đua chưa khớp với danh sách", "2027-01-23");
        // Saturday 23/01 is a day off: the deadline moves to Monday 25/01 and the form says why.
        Task third = year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT);
        assertThat(third.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-25T17:00:00+07:00").toInstant());
        Map<String, Object> thirdForm = year.formVariables("sctlamsonstaff", third);
        assertThat(thirdForm.get(FormFields.RETURN_REASONS)).isEqualTo("Số liệu đăng ký thi đua chưa khớp với danh sách");
        assertThat(thirdForm.get(FormFields.DEADLINE_LABEL)).isEqualTo("Hạn nộp: 17:00 ngày 25/01/2027 (ngày "
                + "23/01/2027 là ngày nghỉ, hạn chuyển sang ngày làm việc kế tiếp)");

        prepareAndSign(campaignId, 1, "SCTLAMSON", "sctlamsonstaff", "sctlamsonhead", 40, 36);
        review(campaignId, 1, "SCTLAMSON", "scttinhstaff", UnitReportProcess.REVIEW_ACCEPT, null, null);

        assertThat(lamSon).isEnded();
        Report report = reports.find(campaignId, 1, "SCTLAMSON").orElseThrow();
        assertThat(report.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(report.returnCount()).isEqualTo(2);
        assertThat(report.registeredCount()).isEqualTo(36);
    }

    @Test
    void headSendsReportBackToStaff() throws Exception {
        long campaignId = year.launch("scttinhstaff", "Phong trào thủ trưởng trả lại", twoPhases());
        year.runDueJobs();
        ProcessInstance hoaBinh = unitInstance(campaignId, 1, "SCTHOABINH");
        year.submit("scthoabinhstaff", year.task(campaignId, 1, "SCTHOABINH", PREPARE_REPORT),
                content(42, 40));
        Task approve = year.task(campaignId, 1, "SCTHOABINH", APPROVE_REPORT);
        assertThat(approve).hasCandidateGroup("SCTHOABINHhead");
        assertThat(approve.getName()).startsWith("Ký duyệt: Sơ kết đợt 1 – Trường THPT Hòa Bình");

        assertThatThrownBy(() -> year.submit("scthoabinhhead", approve, Map.of(Vars.HEAD_DECISION, "sendBack")))
                .hasMessageContaining("Hãy ghi nội dung cần chỉnh sửa");
        year.submit("scthoabinhhead", approve, Map.of(Vars.HEAD_DECISION, "sendBack",
                FormFields.HEAD_COMMENT, "Bổ sung gương điển hình của tổ Toán"));

        assertThat(hoaBinh).isWaitingAt(PREPARE_REPORT);
        Task back = year.task(campaignId, 1, "SCTHOABINH", PREPARE_REPORT);
        Map<String, Object> form = year.formVariables("scthoabinhstaff", back);
        assertThat(form.get(FormFields.HEAD_COMMENT)).isEqualTo("Bổ sung gương điển hình của tổ Toán");
        assertThat(form.get(FormFields.SUMMARY)).as("nothing typed is lost").asString().contains("Trường THPT");
        year.submit("scthoabinhstaff", back, content(42, 40));
        year.submit("scthoabinhhead", year.task(campaignId, 1, "SCTHOABINH", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, "approve"));
        assertThat(hoaBinh).isWaitingAt(REVIEW_REPORT);
        assertThat(year.task(campaignId, 1, "SCTHOABINH", REVIEW_REPORT)).hasCandidateGroup("SCTstaff");
    }

    @Test
    void badInputIsRefusedWithAVietnameseMessageAndNothingIsLost() throws Exception {
        long campaignId = year.launch("scttinhstaff", "Phong trào nhập sai", twoPhases());
        year.runDueJobs();
        Task prepare = year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT);
        assertThatThrownBy(() -> year.submit("sctquangtrungstaff", prepare, content(30, 45)))
                .hasMessageContaining("không thể lớn hơn tổng số cán bộ");
        assertThat(year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT)).as("task still open").isNotNull();

        // Another school's staff cannot complete it: authorization is on.
        assertThatThrownBy(() -> year.submit("sctlamsonstaff", prepare, content(30, 20)))
                .isInstanceOf(AuthorizationException.class);

        prepareAndSign(campaignId, 1, "SCTQUANGTRUNG", "sctquangtrungstaff", "sctquangtrunghead", 30, 20);
        Task review = year.task(campaignId, 1, "SCTQUANGTRUNG", REVIEW_REPORT);
        assertThatThrownBy(() -> year.submit("scttinhstaff", review, Map.of(Vars.REVIEW_DECISION, "return",
                FormFields.RETURN_REASONS, "Thiếu biên bản họp hội đồng", FormFields.NEW_DEADLINE, "2026-09-30")))
                .hasMessageContaining("phải sau thời điểm hiện tại");
        assertThatThrownBy(() -> year.submit("scttinhstaff", review, Map.of(Vars.REVIEW_DECISION, "return",
                FormFields.NEW_DEADLINE, "2026-12-30")))
                .hasMessageContaining("lý do trả");
        // 30/11 typed day-first reads as month 30 in the date field: the server catches the absurd date.
        assertThatThrownBy(() -> year.submit("scttinhstaff", review, Map.of(Vars.REVIEW_DECISION, "return",
                FormFields.RETURN_REASONS, "Thiếu biên bản họp hội đồng", FormFields.NEW_DEADLINE, "2028-05-11")))
                .hasMessageContaining("xa hơn 60 ngày").hasMessageContaining("thứ tự ngày/tháng");
        assertThat(year.task(campaignId, 1, "SCTQUANGTRUNG", REVIEW_REPORT)).as("nothing lost").isNotNull();
    }

    @Test
    void textUpToWhatAVariableHoldsIsKeptLongerTextIsRefusedWithAMessage() throws Exception {
        long campaignId = year.launch("scttinhstaff", "Phong trào báo cáo dài", twoPhases());
        year.runDueJobs();
        Task prepare = year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT);
        assertThatThrownBy(() -> year.submit("sctquangtrungstaff", prepare, withSummary("ư".repeat(4001))))
                .hasMessageContaining("Tóm tắt kết quả thực hiện phong trào dài 4001 ký tự, tối đa 4000 ký tự");
        year.submit("sctquangtrungstaff", prepare, withSummary("ư".repeat(4000)));

        Task approve = year.task(campaignId, 1, "SCTQUANGTRUNG", APPROVE_REPORT);
        assertThatThrownBy(() -> year.submit("sctquangtrunghead", approve, Map.of(Vars.HEAD_DECISION, "sendBack",
                FormFields.HEAD_COMMENT, "Bổ sung ".repeat(501))))
                .hasMessageContaining("Nội dung cần chỉnh sửa dài 4008 ký tự, tối đa 4000 ký tự");
        year.submit("sctquangtrunghead", approve, Map.of(Vars.HEAD_DECISION, "sendBack",
                FormFields.HEAD_COMMENT, "Bổ sung ".repeat(500)));

        Map<String, Object> form = year.formVariables("sctquangtrungstaff",
                year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT));
        assertThat((String) form.get(FormFields.SUMMARY)).hasSize(4000);
        assertThat((String) form.get(FormFields.HEAD_COMMENT)).hasSize(3999);
    }

    @Test
    void aLaunchWithBadDatesIsRefusedWhole() {
        var phases = List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 3)));
        assertThatThrownBy(() -> year.launch("scttinhstaff", "Phong trào sai ngày", phases))
                .hasMessageContaining("ngày kết thúc (01/09/2026) trước ngày bắt đầu")
                .hasMessageContaining("đã qua");
        assertThat(campaigns.all()).noneMatch(c -> c.name().equals("Phong trào sai ngày"));
    }

    private ProcessInstance unitInstance(long campaignId, int phaseNo, String unitCode) {
        return runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(campaignId + "-" + phaseNo + "-" + unitCode)
                .processDefinitionKey(UnitReportProcess.KEY).singleResult();
    }

    private void schoolReportsAndIsAccepted(long campaignId, int phaseNo, String school, String reviewer) {
        String prefix = school.startsWith("SCT") ? "sct" : "scn";
        String shortName = school.substring(3).toLowerCase(java.util.Locale.ROOT);
        prepareAndSign(campaignId, phaseNo, school, prefix + shortName + "staff", prefix + shortName + "head", 42, 40);
        review(campaignId, phaseNo, school, reviewer, UnitReportProcess.REVIEW_ACCEPT, null, null);
        assertThat(reports.find(campaignId, phaseNo, school).orElseThrow().status()).isEqualTo(ReportStatus.ACCEPTED);
    }

    private void prepareAndSign(long campaignId, int phaseNo, String unit, String staff, String head, int staffCount,
                                int registered) {
        Task prepare = year.task(campaignId, phaseNo, unit, PREPARE_REPORT);
        assertThat(prepare).as("prepare task of " + unit).isNotNull();
        year.submit(staff, prepare, content(staffCount, registered));
        Task council = year.task(campaignId, phaseNo, unit, COUNCIL_VOTE);
        // The tổng kết carries the award dossier: the council meets even when nobody is nominated.
        assertThat(council).as("council step of " + unit).matches(t -> (t != null) == (phaseNo == 2));
        if (council != null) {
            year.submit(staff.replace("staff", "council"), council, Map.of(FormFields.COUNCIL_CONFIRMED, true));
        }
        year.submit(head, year.task(campaignId, phaseNo, unit, APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
    }

    private void review(long campaignId, int phaseNo, String unit, String reviewer, String decision, String reasons,
                        String newDeadline) {
        Task review = year.task(campaignId, phaseNo, unit, REVIEW_REPORT);
        assertThat(review).as("review task of " + unit).isNotNull();
        Map<String, Object> values = new java.util.HashMap<>(Map.of(Vars.REVIEW_DECISION, decision));
        if (reasons != null) {
            values.put(FormFields.RETURN_REASONS, reasons);
            values.put(FormFields.NEW_DEADLINE, newDeadline);
        }
        year.submit(reviewer, review, values);
        year.runDueJobs();
    }

    private static Map<String, Object> withSummary(String summary) {
        Map<String, Object> content = new HashMap<>(content(30, 20));
        content.put(FormFields.SUMMARY, summary);
        return content;
    }

    private static Map<String, Object> content(int staff, int registered) {
        return Map.of(
                FormFields.SUMMARY, "Trường THPT đã triển khai phong trào thi đua “Dạy tốt – Học tốt” đến toàn thể cán bộ.",
                FormFields.STAFF_COUNT, staff,
                FormFields.REGISTERED_COUNT, registered,
                FormFields.HIGHLIGHTS, "Tổ Toán có 3 sáng kiến được công nhận cấp trường.");
    }

}
