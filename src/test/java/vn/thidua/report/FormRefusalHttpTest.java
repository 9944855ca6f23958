package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.HttpCalls.engineRest;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.dossier.DossierService;
import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;
import vn.thidua.support.YearDriver;

/**
 * What a user submitted in a form and our rules refuse reaches the user, over Camunda's REST API as Tasklist and
 * scripts call it, as a 400 with our Vietnamese sentence alone; nothing changes and the task stays open. Every rule
 * the form states is checked again on the server. Sở Từ Chối's schools: Hoa Lan prepares a dossier with a
 * nomination that fails the rule set and has no justification; Hoa Cúc prepares its report; Hoa Đào has sent its
 * report for the Sở to review.
 */
@PostgresHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class FormRefusalHttpTest {

    static final String ENGINE = PostgresHttpTest.ENGINE;
    static final String PASSWORD = "MatKhau@2026";
    static final String NOMINEE = "Võ Thị Kỷ Luật";
    static final String GOOD_SUMMARY = "Trường hoàn thành kế hoạch thi đua của năm học.";

    @LocalServerPort
    int port;
    @Autowired
    YearDriver year;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    TaskService taskService;
    @Autowired
    ReportRepository reports;
    @Autowired
    DossierService dossiers;
    @Autowired
    vn.thidua.campaign.CampaignRepository campaigns;

    final ObjectMapper json = new ObjectMapper();
    HttpCalls http;
    long campaignId;

    @BeforeAll
    void twoSchools() throws Exception {
        http = new HttpCalls(port);
        year.setClock(OffsetDateTime.parse("2026-10-01T08:00:00+07:00"));
        try {
            year.importOrg("refusals/units.csv", "refusals/users.csv");
            identityService.createUserQuery().list().stream().filter(u -> u.getId().startsWith("tc")).forEach(u -> {
                u.setPassword(PASSWORD);
                identityService.saveUser(u);
            });
            campaignId = year.launch("tcsostaff", "Phong trào thi đua Từ Chối", List.of(YearDriver.phase("Đợt 1",
                    LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25))));
            year.runDueJobs();
            long lan = reports.find(campaignId, 1, "TCLAN").orElseThrow().id();
            LocalDate birth = LocalDate.of(1985, 4, 2);
            dossiers.save(user("tclanstaff"), lan, List.of(new Nomination.Person(
                    NomineeKeys.person("TCLAN", NOMINEE, birth), "TCLAN", NOMINEE, birth, "Giáo viên", Rating.GOOD,
                    null, RecognitionLevel.NONE, null, RecognitionLevel.NONE, Discipline.REPRIMAND, 2, false, 12, null,
                    "LDTT", "Hoàn thành tốt công tác chủ nhiệm lớp 4B.")));

            year.submit("tcdaostaff", year.task(campaignId, 1, "TCDAO", UnitReportProcess.PREPARE_REPORT), Map.of(
                    FormFields.SUMMARY, GOOD_SUMMARY, FormFields.STAFF_COUNT, 25, FormFields.REGISTERED_COUNT, 25));
            year.submit("tcdaocouncil", year.task(campaignId, 1, "TCDAO", UnitReportProcess.COUNCIL_VOTE),
                    Map.of(FormFields.COUNCIL_CONFIRMED, true));
            year.submit("tcdaohead", year.task(campaignId, 1, "TCDAO", UnitReportProcess.APPROVE_REPORT),
                    Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
            year.runDueJobs();
        } finally {
            ClockUtil.reset();
        }
    }


    @Test
    void aNominationWithoutJustificationIsRefusedWithOurSentenceAloneThroughEngineRest(CapturedOutput log)
            throws Exception {
        Task prepare = prepareAtHoaLan();
        HttpResponse<String> response = http.postJson(engineRest("/task/" + prepare.getId() + "/submit-form"),
                "tclanstaff", PASSWORD, prepareForm(GOOD_SUMMARY, 30, 20));

        assertRefused(response, "Các đề nghị chưa đạt tiêu chuẩn cần ghi lý do đề nghị trước khi chuyển hội đồng "
                + "(trên trang hồ sơ): 1. " + NOMINEE + ".");
        assertStillOpen(prepare);
        // A refused input, on one line: no ERROR of the engine, no stack trace. Only the lines about this refusal
        // count (they name the nominee): other applications of the test run log from their own job executors.
        List<String> aboutIt = log.getOut().lines().filter(line -> line.contains(NOMINEE)).toList();
        assertThat(aboutIt).anySatisfy(line -> assertThat(line).contains("Refused input on POST "));
        assertThat(aboutIt).noneSatisfy(line -> assertThat(line).containsAnyOf(" ERROR ", "ENGINE-16004",
                "ENGINE-03051", "ENGINE-REST-HTTP", "Exception while invoking TaskListener"));
        // /complete puts the values on the process, under the task's own copies of the form's variables: the task
        // still reads none, and says so in Vietnamese.
        HttpResponse<String> complete = http.postJson(engineRest("/task/" + prepare.getId() + "/complete"),
                "tclanstaff", PASSWORD, prepareForm(GOOD_SUMMARY, 30, 20));
        assertThat(complete.statusCode()).as(complete.body()).isEqualTo(400);
        assertThat(message(complete)).containsIgnoringCase("tóm tắt kết quả thực hiện phong trào");
        assertNoEngineText(complete);
        assertStillOpen(prepare);
    }

    @Test
    void tasklistsOwnCallThroughTheWebappsEngineApiGetsTheSameAnswer() throws Exception {
        Task prepare = prepareAtHoaLan();
        Browser browser = new Browser();
        assertThat(browser.login("tclanstaff").statusCode()).isEqualTo(200);
        HttpResponse<String> response = browser.post("/camunda/api/engine/engine/" + ENGINE + "/task/"
                + prepare.getId() + "/submit-form", prepareForm(GOOD_SUMMARY, 30, 20));

        assertRefused(response, "Các đề nghị chưa đạt tiêu chuẩn cần ghi lý do đề nghị trước khi chuyển hội đồng "
                + "(trên trang hồ sơ): 1. " + NOMINEE + ".");
        assertStillOpen(prepare);
    }

    @Test
    void theFormsRulesHoldOnTheServer() throws Exception {
        Task prepare = year.task(campaignId, 1, "TCCUC", UnitReportProcess.PREPARE_REPORT);
        String path = engineRest("/task/" + prepare.getId() + "/submit-form");
        assertRefused(http.postJson(path, "tccucstaff", PASSWORD, prepareForm("ngắn", 30, 20)),
                "Tóm tắt kết quả thực hiện phong trào: cần nhập ít nhất 20 ký tự.");
        assertRefused(http.postJson(path, "tccucstaff", PASSWORD, prepareForm(GOOD_SUMMARY, 250_000, 20)),
                "Tổng số cán bộ, giáo viên, nhân viên: giá trị không được lớn hơn 100.000.");
        assertStillOpen(prepare);
        assertThat(reports.get(reports.find(campaignId, 1, "TCCUC").orElseThrow().id()).summary())
                .as("nothing stored").isNull();
    }

    @Test
    void negativeOrImpossibleCountsAreRefused() throws Exception {
        Task prepare = year.task(campaignId, 1, "TCCUC", UnitReportProcess.PREPARE_REPORT);
        String path = engineRest("/task/" + prepare.getId() + "/submit-form");
        assertRefused(http.postJson(path, "tccucstaff", PASSWORD, prepareForm(GOOD_SUMMARY, -3, 0)),
                "Tổng số cán bộ, giáo viên, nhân viên phải là số nguyên không âm.");
        assertRefused(http.postJson(path, "tccucstaff", PASSWORD, prepareForm(GOOD_SUMMARY, 20, 31)),
                "Số người đăng ký thi đua (31) không thể lớn hơn tổng số cán bộ, giáo viên, nhân viên (20).");
        assertStillOpen(prepare);
    }

    @Test
    void aReturnWithAPastOrFarDeadlineOrAShortReasonIsRefused() throws Exception {
        Task review = year.task(campaignId, 1, "TCDAO", UnitReportProcess.REVIEW_REPORT);
        String path = engineRest("/task/" + review.getId() + "/submit-form");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

        HttpResponse<String> past = http.postJson(path, "tcsostaff", PASSWORD,
                returnForm("Bổ sung biên bản họp hội đồng thi đua.", today.minusDays(3)));
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(message(past)).startsWith("Hạn nộp bổ sung (").endsWith(") phải sau thời điểm hiện tại.");
        assertNoEngineText(past);

        HttpResponse<String> far = http.postJson(path, "tcsostaff", PASSWORD,
                returnForm("Bổ sung biên bản họp hội đồng thi đua.", today.plusDays(90)));
        assertThat(far.statusCode()).as(far.body()).isEqualTo(400);
        assertThat(message(far)).startsWith("Hạn nộp bổ sung (").contains("xa hơn 60 ngày");
        assertNoEngineText(far);

        assertRefused(http.postJson(path, "tcsostaff", PASSWORD, returnForm("Thiếu", today.plusDays(10))),
                "Hãy ghi rõ lý do trả và nội dung cần bổ sung (ít nhất 10 ký tự).");
        assertStillOpen(review);
        assertThat(reports.lastReturn(reports.find(campaignId, 1, "TCDAO").orElseThrow().id())).isEmpty();
    }

    @Test
    void aLaunchThroughTheStartFormKeepsTheFormsRules() throws Exception {
        String launch = json.writeValueAsString(Map.of("variables", Map.of(
                "campaignName", Map.of("value", "Thi", "type", "String"),
                "schoolYear", Map.of("value", "2026-2027", "type", "String"),
                "phase1Name", Map.of("value", "Đợt 1", "type", "String"),
                "phase1StartsOn", Map.of("value", "2027-01-04", "type", "String"),
                "phase1EndsOn", Map.of("value", "2027-05-20", "type", "String"),
                "phase1ReportDeadline", Map.of("value", "2027-05-25", "type", "String"))));
        assertRefused(http.postJson(engineRest("/process-definition/key/Campaign/submit-form"), "tcsostaff", PASSWORD,
                launch), "Tên phong trào thi đua: cần nhập ít nhất 5 ký tự.");
        assertThat(campaigns.all()).noneMatch(c -> c.name().equals("Thi"));
    }

    private Task prepareAtHoaLan() {
        Task task = year.task(campaignId, 1, "TCLAN", UnitReportProcess.PREPARE_REPORT);
        assertThat(task).isNotNull();
        return task;
    }

    private void assertRefused(HttpResponse<String> response, String sentence) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(message(response)).isEqualTo(sentence);
        assertNoEngineText(response);
    }

    private static void assertNoEngineText(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("ENGINE-", "Exception while", "Cannot submit", "TaskListener");
    }

    private String message(HttpResponse<String> response) throws Exception {
        JsonNode body = json.readTree(response.body());
        return body.path("message").asText();
    }

    private void assertStillOpen(Task task) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);
    }

    private String prepareForm(String summary, int staff, int registered) throws Exception {
        return json.writeValueAsString(Map.of("variables", Map.of(
                FormFields.SUMMARY, Map.of("value", summary, "type", "String"),
                FormFields.STAFF_COUNT, Map.of("value", staff, "type", "Long"),
                FormFields.REGISTERED_COUNT, Map.of("value", registered, "type", "Long"))));
    }

    private String returnForm(String reasons, LocalDate deadline) throws Exception {
        return json.writeValueAsString(Map.of("variables", Map.of(
                Vars.REVIEW_DECISION, Map.of("value", UnitReportProcess.REVIEW_RETURN, "type", "String"),
                FormFields.RETURN_REASONS, Map.of("value", reasons, "type", "String"),
                FormFields.NEW_DEADLINE, Map.of("value", deadline.toString(), "type", "String"))));
    }

    private SignedInUser user(String username) {
        return new SignedInUser(username, identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList());
    }

    /** A browser signed in to Tasklist: cookies and the CSRF token the webapps hand out with the first page. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrf;

        HttpResponse<String> login(String username) throws Exception {
            client.send(HttpRequest.newBuilder(http.uri("/camunda/app/tasklist/" + ENGINE + "/")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            csrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                            http.uri("/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username,
                            StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(PASSWORD,
                            StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            // A login starts a new session with a token of its own, which the next page hands out again.
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                    http.uri("/camunda/api/engine/engine/" + ENGINE + "/task/count")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                    .stream().filter(c -> c.getName().equals("XSRF-TOKEN")).reduce((a, b) -> b).orElseThrow()
                    .getValue());
            return login;
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return client.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                            .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(body,
                                    StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
