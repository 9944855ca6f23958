package vn.thidua.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.COUNCIL_VOTE;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;
import static vn.thidua.support.HttpCalls.engineRest;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;
import vn.thidua.support.YearDriver;

/**
 * A campaign over three school years (2026-2029) in three phases, launched from the Tasklist start form with its
 * phases typed one a line, as the city union's plan 2016 – 2020 runs: a yearly evaluation round every school year
 * (its own tổng kết with dossier and council, under the campaign of that year), the interim review (sơ kết) at the
 * end of the phase the launcher chose, and the final review at the end. The engine clock moves through the years.
 */
@PostgresHttpTest
class MultiYearCampaignHttpTest {

    static final String PASSWORD = "MatKhau@2026";
    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-09-01T08:00:00+07:00");
    static final String PROVINCE = "SCT";
    static final List<String> SCHOOLS = List.of("SCTHOABINH", "SCTLAMSON", "SCTQUANGTRUNG");
    /** Phase 1 has no review of its own; phase 2 ends with the sơ kết; phase 3 with the tổng kết of the period. */
    static final String THREE_PHASES = """
            Đợt 1; 05/09/2026; 31/01/2027
            Đợt 2; từ 01/02/2027; đến 31/05/2028; hạn nộp 20/06/2028

            Đợt 3; 01/08/2028; 31/05/2029; 25/06/2029
            """;

    @LocalServerPort
    int port;
    @Autowired
    YearDriver year;
    @Autowired
    IdentityService identityService;
    @Autowired
    HistoryService historyService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    ReportRepository reports;

    final ObjectMapper json = new ObjectMapper();
    HttpCalls http;

    @BeforeEach
    void provinceAndSchools() throws Exception {
        http = new HttpCalls(port);
        year.setClock(LAUNCH);
        year.importOrg("scenario/two-level-units.csv", "scenario/two-level-users.csv");
        identityService.createUserQuery().list().stream().filter(u -> u.getId().equals("scttinhstaff"))
                .filter(u -> u.getPassword() == null || !identityService.checkPassword(u.getId(), PASSWORD))
                .forEach(u -> {
                    u.setPassword(PASSWORD);
                    identityService.saveUser(u);
                });
    }

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void threeSchoolYearsRunTheirYearlyRoundsTheInterimAndTheFinalReview() throws Exception {
        String name = "Phong trào thi đua yêu nước giai đoạn 2026-2029";
        HttpResponse<String> started = launch(name, "2026-2029", THREE_PHASES, "15/06");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long id = campaignOf(json.readTree(started.body()).path("id").asText());

        // Five rounds in deadline order; each yearly round runs as the campaign of its school year.
        List<ReportRound> rounds = campaigns.rounds(id);
        assertThat(rounds).extracting(r -> r.phase().reportLabel()).containsExactly(
                "Tổng kết năm học 2026-2027", "Tổng kết năm học 2027-2028", "Sơ kết đợt 2",
                "Tổng kết năm học 2028-2029", "Tổng kết giai đoạn 2026-2029");
        assertThat(rounds).extracting(ReportRound::schoolYear)
                .containsExactly("2026-2027", "2027-2028", "2027-2028", "2028-2029", "2028-2029");
        assertThat(rounds).extracting(ReportRound::opensOn).containsExactly(LocalDate.of(2026, 9, 5),
                LocalDate.of(2027, 8, 1), LocalDate.of(2027, 8, 1), LocalDate.of(2028, 8, 1),
                LocalDate.of(2028, 8, 1));
        List<Campaign> yearly = campaigns.yearly(id);
        assertThat(yearly).extracting(Campaign::schoolYear).containsExactly("2026-2027", "2027-2028", "2028-2029");
        assertThat(yearly).allMatch(c -> c.name().equals(name) && c.ruleSet().equals(campaigns.get(id).ruleSet()));
        assertThat(campaigns.planPhases(id)).extracting(CampaignPhase::name).containsExactly("Đợt 1", "Đợt 2", "Đợt 3");
        assertThat(rounds.get(0).roundCampaignId()).isEqualTo(yearly.get(0).id());
        assertThat(rounds.get(2).roundCampaignId()).isNull();

        year.runDueJobs();
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(UnitReportProcess.KEY)
                .processInstanceBusinessKeyLike(yearly.get(0).id() + "-%").count()).as("before 05/09").isZero();

        // School year 2026-2027: the yearly tổng kết opens on the first day of phase 1, with the dossier's council.
        year.setClock(OffsetDateTime.parse("2026-09-05T00:00:01+07:00"));
        year.runDueJobs();
        long year1 = yearly.get(0).id();
        Task hoaBinh = year.task(year1, 1, "SCTHOABINH", PREPARE_REPORT);
        assertThat(hoaBinh.getName()).isEqualTo("Tổng kết năm học 2026-2027 – Trường THPT Hòa Bình – " + name);
        // Tuesday 15/06/2027 at the province; its schools 5 working days earlier, Tuesday 08/06.
        assertThat(hoaBinh.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-06-08T17:00:00+07:00").toInstant());
        assertThat(reports.find(year1, 1, "SCTHOABINH").orElseThrow().kind()).isEqualTo(ReportKind.FINAL);
        runRound(year1, 1, true);
        assertThat(campaigns.get(year1).status()).isEqualTo(Campaign.STATUS_CLOSED);
        assertThat(campaigns.get(id).status()).isEqualTo(Campaign.STATUS_RUNNING);

        // The overview shows the campaign year by year: 2026-2027 done, the later years not open yet.
        JsonNode overview = overview(id);
        assertThat(texts(overview.path("years"), "schoolYear")).containsExactly("2026-2027", "2027-2028", "2028-2029");
        JsonNode firstYear = overview.path("years").get(0).path("rounds").get(0);
        assertThat(firstYear.path("reportLabel").asText()).isEqualTo("Tổng kết năm học 2026-2027");
        assertThat(firstYear.path("roundCampaignId").asLong()).isEqualTo(year1);
        assertThat(firstYear.path("own").path("status").asText()).isEqualTo("ACCEPTED");
        assertThat(firstYear.path("totals").path("submitted").asInt()).isEqualTo(3);
        assertThat(texts(overview.path("years").get(1).path("rounds"), "reportLabel"))
                .containsExactly("Tổng kết năm học 2027-2028", "Sơ kết đợt 2");
        assertThat(overview.path("years").get(1).path("rounds").get(1).path("opened").asBoolean()).isFalse();
        assertThat(texts(overview.path("years").get(2).path("rounds"), "reportLabel"))
                .containsExactly("Tổng kết năm học 2028-2029", "Tổng kết giai đoạn 2026-2029");

        // School year 2027-2028: its yearly round and the sơ kết ending phase 2 open on 01/08/2027.
        year.setClock(OffsetDateTime.parse("2027-07-31T12:00:00+07:00"));
        year.runDueJobs();
        assertThat(year.task(id, 3, "SCTLAMSON", PREPARE_REPORT)).as("not yet").isNull();
        year.setClock(OffsetDateTime.parse("2027-08-01T00:00:01+07:00"));
        year.runDueJobs();
        long year2 = yearly.get(1).id();
        assertThat(year.task(year2, 1, "SCTLAMSON", PREPARE_REPORT).getName())
                .startsWith("Tổng kết năm học 2027-2028 – Trường THPT Lam Sơn");
        Task interim = year.task(id, 3, "SCTLAMSON", PREPARE_REPORT);
        assertThat(interim.getName()).isEqualTo("Sơ kết đợt 2 – Trường THPT Lam Sơn – " + name);
        assertThat(interim.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2028-06-13T17:00:00+07:00").toInstant());
        JsonNode secondYear = overview(id).path("years").get(1).path("rounds");
        assertThat(secondYear.get(1).path("opened").asBoolean()).isTrue();
        assertThat(secondYear.get(1).path("children")).hasSize(3);
        assertThat(secondYear.get(1).path("totals").path("submitted").asInt()).isZero();
        runRound(year2, 1, true);
        runRound(id, 3, false);

        // School year 2028-2029: the last yearly round and the final review of the period.
        year.setClock(OffsetDateTime.parse("2028-08-01T00:00:01+07:00"));
        year.runDueJobs();
        long year3 = yearly.get(2).id();
        runRound(year3, 1, true);
        assertThat(campaigns.get(id).status()).isEqualTo(Campaign.STATUS_RUNNING);
        assertThat(year.task(id, 5, "SCTQUANGTRUNG", PREPARE_REPORT).getName())
                .isEqualTo("Tổng kết giai đoạn 2026-2029 – Trường THPT Quang Trung – " + name);
        runRound(id, 5, true);

        assertThat(campaigns.get(id).status()).isEqualTo(Campaign.STATUS_CLOSED);
        assertThat(campaigns.yearly(id)).allMatch(c -> c.status().equals(Campaign.STATUS_CLOSED));
        assertThat(runtimeService.createProcessInstanceQuery()
                .processInstanceId(campaigns.get(id).processInstanceId()).count()).as("campaign ended").isZero();
        assertThat(reports.ofCampaign(id)).hasSize(8).allMatch(r -> r.status() == ReportStatus.ACCEPTED);
        for (Campaign c : yearly) {
            assertThat(reports.ofCampaign(c.id())).hasSize(4).allMatch(r -> r.status() == ReportStatus.ACCEPTED);
        }
        assertThat(campaigns.get(id).evaluationYear()).isEqualTo("2028-2029");
        assertThat(overview(id).path("years").findValues("own")).hasSize(5)
                .allMatch(own -> own.path("status").asText().equals("ACCEPTED"));
    }

    private JsonNode overview(long campaignId) throws Exception {
        HttpResponse<String> response = http.get("/api/campaigns/" + campaignId + "/overview", "scttinhstaff",
                PASSWORD);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new java.util.ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asText()));
        return texts;
    }

    @Test
    void theCampaignsListNestsTheSchoolYearsUnderTheirCampaignAndSaysWhoReceivesTheReports() throws Exception {
        String name = "Phong trào thi đua giai đoạn 2026-2029 gửi phường và Sở";
        HttpResponse<String> started = launch(name, "2026-2029", THREE_PHASES, "15/06",
                Map.of(CampaignProcess.Vars.RECEIVERS, "PARENT_AND_OTHERS"));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long id = campaignOf(json.readTree(started.body()).path("id").asText());
        List<Long> yearIds = campaigns.yearly(id).stream().map(Campaign::id).toList();
        assertThat(yearIds).hasSize(3);

        // The API lists the campaign once, its school years' campaigns inside it, none of them beside it.
        JsonNode list = json.readTree(ok(http.get("/api/campaigns", "scttinhstaff", PASSWORD)));
        List<JsonNode> entries = new java.util.ArrayList<>();
        list.forEach(entries::add);
        assertThat(entries).filteredOn(e -> e.path("name").asText().equals(name)).singleElement().satisfies(e -> {
            assertThat(e.path("id").asLong()).isEqualTo(id);
            assertThat(e.path("receivers").asText()).isEqualTo("PARENT_AND_OTHERS");
            assertThat(texts(e.path("yearly"), "schoolYear")).containsExactly("2026-2027", "2027-2028", "2028-2029");
            assertThat(texts(e.path("yearly"), "id")).containsExactlyElementsOf(
                    yearIds.stream().map(String::valueOf).toList());
        });
        assertThat(entries).extracting(e -> e.path("id").asLong()).doesNotContainAnyElementsOf(yearIds);

        // The campaign says who receives its reports; a school year's campaign names the campaign it belongs to.
        JsonNode campaign = json.readTree(ok(http.get("/api/campaigns/" + id, "scttinhstaff", PASSWORD)));
        assertThat(campaign.path("campaign").path("receivers").asText()).isEqualTo("PARENT_AND_OTHERS");
        assertThat(campaign.path("receiversLabel").asText()).isEqualTo("Đơn vị cấp trên và các đơn vị nhận khác");
        assertThat(campaign.path("campaign").path("parentCampaignId").isNull()).isTrue();
        assertThat(texts(campaign.path("yearly"), "schoolYear")).containsExactly("2026-2027", "2027-2028",
                "2028-2029");
        assertThat(texts(campaign.path("rounds"), "receivers")).hasSize(5).containsOnly("PARENT_AND_OTHERS");
        JsonNode firstYear = json.readTree(ok(http.get("/api/campaigns/" + yearIds.get(0), "scttinhstaff",
                PASSWORD)));
        assertThat(firstYear.path("campaign").path("parentCampaignId").asLong()).isEqualTo(id);
        assertThat(firstYear.path("campaign").path("receivers").asText()).isEqualTo("PARENT_AND_OTHERS");

        // The page: one row, the years' results linked from it; the overview says where the reports go.
        String page = ok(http.get("/campaigns", "scttinhstaff", PASSWORD));
        assertThat(page.split(java.util.regex.Pattern.quote("<span>" + name + "</span>"), -1)).hasSize(2);
        assertThat(page).containsPattern("(?s)<span>" + java.util.regex.Pattern.quote(name) + "</span>.*?"
                        + "/campaigns/" + id + "/overview.*?<ul class=\"years\">.*?Năm học <span>2026-2027</span>.*?"
                        + "/campaigns/" + yearIds.get(0) + "/results")
                .doesNotContain("/campaigns/" + yearIds.get(0) + "/overview");
        assertThat(ok(http.get("/campaigns/" + id + "/overview", "scttinhstaff", PASSWORD)))
                .containsPattern("Nơi nhận báo cáo:\\s*<strong>Đơn vị cấp trên và các đơn vị nhận khác</strong>");
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    @Test
    void oneSchoolYearInThreePhasesFromTheLinesEndsEachPhaseWithItsReport() throws Exception {
        String name = "Phong trào thi đua ba đợt năm học 2026-2027";
        HttpResponse<String> started = launch(name, "2026-2027", """
                Học kỳ I; 05/09/2026; 16/01/2027; 25/01/2027
                Học kỳ II (đầu); 18/01/2027; 31/03/2027; 08/04/2027
                Học kỳ II (cuối); 01/04/2027; 25/05/2027; 05/06/2027""", null);
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        long id = campaignOf(json.readTree(started.body()).path("id").asText());
        assertThat(campaigns.phases(id)).extracting(CampaignPhase::reportLabel)
                .containsExactly("Sơ kết học kỳ I", "Sơ kết học kỳ II (đầu)", "Tổng kết học kỳ II (cuối)");
        assertThat(campaigns.yearly(id)).isEmpty();
        assertThat(campaigns.planPhases(id)).isEmpty();
    }

    @Test
    void aBadLaunchIsRefusedLineByLineInVietnameseAndStartsNothing() throws Exception {
        long instancesBefore = runtimeService.createProcessInstanceQuery().count();
        String name = "Phong trào nhập sai giai đoạn 2026-2029";

        assertRefused(launch(name, "2026-2029", """
                Đợt 1; 05/09/2026; 31/02/2027
                Đợt 2; 01/01/2027; 31/05/2028; 20/06/2028
                Đợt 3 05/09/2028 31/05/2029
                Đợt 4; 01/05/2028; 31/05/2029; 25/06/2029""", "15/06"),
                "Dòng 1: ngày kết thúc: \"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.",
                "Dòng 3: cần 3 hoặc 4 phần cách nhau bằng dấu chấm phẩy",
                "Dòng 4: phải bắt đầu sau khi đợt trước kết thúc (31/05/2028).");
        assertRefused(launch(name, "2026-2029", THREE_PHASES, null),
                "Phong trào nhiều năm học cần hạn nộp báo cáo tổng kết năm học");
        assertRefused(launch(name, "2026-2029", THREE_PHASES, "29/02"),
                "Hạn nộp tổng kết năm học \"29/02\" không phải ngày có trong mọi năm");
        assertRefused(launch(name, "2026-2029", """
                Đợt 1; 05/09/2025; 31/01/2027
                Đợt 2; 01/02/2027; 31/05/2028""", "15/06"),
                "Dòng 1: đợt phải nằm trong giai đoạn 2026-2029 (từ 01/08/2026 đến 31/07/2029).",
                "Dòng 2: hạn nộp báo cáo tổng kết (đợt cuối) chưa nhập.",
                "Đợt cuối phải kết thúc trong năm học 2028-2029");
        assertRefused(launch(name, "2026-2029", "Đợt " + "x".repeat(200) + "; 05/09/2026; 31/05/2029; 25/06/2029",
                "15/06"), "Dòng 1: tên đợt dài quá 200 ký tự.");
        assertRefused(launch(name, "2026-2027", """
                Đợt 1; 05/09/2026; 16/01/2027
                Đợt 2; 18/01/2027; 25/05/2027; 05/06/2027""", null),
                "Dòng 1: hạn nộp báo cáo chưa nhập.");

        assertThat(campaigns.all()).noneMatch(c -> c.name().equals(name));
        assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    }

    /** City staff fill in the start form in Tasklist: phases one a line. */
    private HttpResponse<String> launch(String name, String schoolYear, String lines, String yearlyDeadline)
            throws Exception {
        return launch(name, schoolYear, lines, yearlyDeadline, Map.of());
    }

    private HttpResponse<String> launch(String name, String schoolYear, String lines, String yearlyDeadline,
                                        Map<String, String> more) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        more.forEach((key, value) -> variables.put(key, Map.of("value", value, "type", "String")));
        variables.put(CampaignProcess.Vars.CAMPAIGN_NAME, Map.of("value", name, "type", "String"));
        variables.put(CampaignProcess.Vars.SCHOOL_YEAR, Map.of("value", schoolYear, "type", "String"));
        variables.put(CampaignProcess.Vars.RULE_SET_ID, Map.of("value", "giao-duc-2025", "type", "String"));
        variables.put(CampaignProcess.Vars.PHASE_ENTRY, Map.of("value", "lines", "type", "String"));
        variables.put(CampaignProcess.Vars.PHASE_LINES, Map.of("value", lines, "type", "String"));
        if (yearlyDeadline != null) {
            variables.put(CampaignProcess.Vars.YEARLY_REPORT_DEADLINE,
                    Map.of("value", yearlyDeadline, "type", "String"));
        }
        return http.postJson(engineRest("/process-definition/key/Campaign/submit-form"), "scttinhstaff", PASSWORD,
                json.writeValueAsString(Map.of("variables", variables)));
    }

    private long campaignOf(String processInstanceId) {
        // The process's own variable: each yearly round's instance of Sub_Phase holds its year's campaign id.
        return historyService.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId)
                .variableName(CampaignProcess.Vars.CAMPAIGN_ID).list().stream()
                .filter(v -> processInstanceId.equals(v.getActivityInstanceId()))
                .map(v -> ((Number) v.getValue()).longValue()).findFirst().orElseThrow();
    }

    private void assertRefused(HttpResponse<String> response, String... sentences) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        String message = json.readTree(response.body()).path("message").asText();
        assertThat(message).startsWith("Chưa thể phát động phong trào").contains(sentences);
        assertThat(message).doesNotContain("ENGINE-", "Exception", "yyyy-MM-dd");
    }

    /** Every school reports and is accepted, then the province reports: the round is over. */
    private void runRound(long campaignId, int phaseNo, boolean dossier) {
        for (String school : SCHOOLS) {
            String user = "sct" + school.substring(3).toLowerCase(java.util.Locale.ROOT);
            prepareAndSign(campaignId, phaseNo, school, user, dossier);
            year.submit("scttinhstaff", year.task(campaignId, phaseNo, school, REVIEW_REPORT),
                    Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
            year.runDueJobs();
        }
        prepareAndSign(campaignId, phaseNo, PROVINCE, "scttinh", dossier);
        assertThat(reports.find(campaignId, phaseNo, PROVINCE).orElseThrow().status())
                .isEqualTo(ReportStatus.ACCEPTED);
    }

    private void prepareAndSign(long campaignId, int phaseNo, String unit, String user, boolean dossier) {
        Task prepare = year.task(campaignId, phaseNo, unit, PREPARE_REPORT);
        assertThat(prepare).as("prepare task of " + unit + " in " + campaignId + "-" + phaseNo).isNotNull();
        year.submit(user + "staff", prepare, Map.of(
                FormFields.SUMMARY, "Đơn vị đã triển khai phong trào thi đua “Dạy tốt – Học tốt” đến toàn thể cán bộ.",
                FormFields.STAFF_COUNT, 42, FormFields.REGISTERED_COUNT, 40));
        Task council = year.task(campaignId, phaseNo, unit, COUNCIL_VOTE);
        // A tổng kết (yearly or final) carries the award dossier: the council meets; a sơ kết has none.
        assertThat(council != null).as("council step of " + unit).isEqualTo(dossier);
        if (council != null) {
            year.submit(user + "council", council, Map.of(FormFields.COUNCIL_CONFIRMED, true));
        }
        year.submit(user + "head", year.task(campaignId, phaseNo, unit, APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
    }
}
