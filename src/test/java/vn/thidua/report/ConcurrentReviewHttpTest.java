package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.HttpCalls.engineRest;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.ThiDuaApplication;
import vn.thidua.org.OrgImportService;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;
import vn.thidua.support.YearDriver;

/**
 * The deadline hour, over HTTP as Tasklist calls the engine: the district's reviewers accept the reports of its
 * {@value #SCHOOLS} schools at the same moment, then the city's reviewers accept its {@value #DISTRICTS} districts'
 * reports at the same moment. Every acceptance succeeds, the parent's own report opens exactly once, no job ends in
 * an incident and no mail goes out twice. Two heads signing the same report at once: one succeeds, the other is
 * told in Vietnamese (409) that the work was just done, and nothing changes.
 * <p>
 * The application's job executor runs here as in production (this test starts it and stops it afterwards), since
 * the hand-back of an accepted report to its parent happens in a job.
 */
@PostgresHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentReviewHttpTest {

    static final int SCHOOLS = 20;
    static final int DISTRICTS = 20;
    static final String PASSWORD = "MatKhau@2026";
    static final String ENGINE = PostgresHttpTest.ENGINE;
    static final String DISTRICT = "DTQ01";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    @LocalServerPort
    int port;
    @Autowired
    YearDriver year;
    @Autowired
    IdentityService identityService;
    @Autowired
    TaskService taskService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgImportService orgImport;
    @Autowired
    ReportRepository reports;
    @Autowired
    DataSource dataSource;

    final ObjectMapper json = new ObjectMapper();
    HttpCalls http;
    long campaignId;
    JobExecutor jobExecutor;

    @BeforeAll
    void aProvinceWhoseFirstDistrictHasTwentySchools() throws Exception {
        http = new HttpCalls(port);
        orgImport.importUnits(unitsCsv());
        orgImport.importUsers(usersCsv());
        identityService.createUserQuery().list().stream().filter(u -> u.getId().startsWith("dt")).forEach(u -> {
            u.setPassword(PASSWORD);
            identityService.saveUser(u);
        });
        LocalDate today = LocalDate.now(ZoneId.of(ThiDuaApplication.ZONE_ID));
        campaignId = year.launch("dtsostaff", "Phong trào thi đua Đồng Thời", List.of(
                YearDriver.phase("Đợt 1", today.minusDays(1), today.plusDays(40), today.plusDays(45)),
                YearDriver.phase("Đợt 2", today.plusDays(60), today.plusDays(90), today.plusDays(95))));
        year.runDueJobs();
    }

    @AfterAll
    void stopJobExecutor() {
        if (jobExecutor != null && jobExecutor.isActive()) {
            jobExecutor.shutdown();
        }
    }

    /**
     * The district's staff extend a school's deadline (our own API) while someone else's change of the school's
     * task is in flight: the engine stops the extension, which is told so in Vietnamese (409) and changes nothing.
     * The other change is played by a transaction of the test that holds the task's row until the extension waits
     * for it.
     */
    @Test
    @Order(1)
    void aDeadlineExtensionThatLosesARaceIsAConflictAndChangesNothing() throws Exception {
        Report school = reports.find(campaignId, 1, school(1)).orElseThrow();
        Task prepare = year.task(campaignId, 1, school(1), UnitReportProcess.PREPARE_REPORT);
        LocalDate later = school.deadline().atZoneSameInstant(ZoneId.of(ThiDuaApplication.ZONE_ID)).toLocalDate()
                .plusDays(7);
        String body = json.writeValueAsString(Map.of("newDeadline", later.toString(),
                "reason", "Trường cần thêm thời gian tổng hợp."));
        ExecutorService caller = Executors.newSingleThreadExecutor();
        HttpResponse<String> answer;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement change = other.prepareStatement(
                    "update act_ru_task set rev_ = rev_ + 1 where id_ = ?")) {
                change.setString(1, prepare.getId());
                assertThat(change.executeUpdate()).isEqualTo(1);
            }
            Future<HttpResponse<String>> extension = caller.submit(() -> http.postJson(
                    "/api/reports/" + school.id() + "/deadline-extensions", "dtq01staff", PASSWORD, body));
            awaitTrue("the extension waits for the task's row", () -> jdbc.sql("""
                    select count(*) from pg_stat_activity where wait_event_type = 'Lock'
                    and lower(query) like '%update%act_ru_task%'""").query(Long.class).single() > 0);
            other.commit();
            answer = extension.get(60, TimeUnit.SECONDS);
        } finally {
            caller.shutdownNow();
        }

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(409);
        assertThat(json.readTree(answer.body()).path("detail").asText()).isEqualTo("Dữ liệu này vừa được "
                + "người khác thay đổi cùng lúc với bạn; thao tác của bạn không được ghi nhận và không có gì thay "
                + "đổi. Hãy tải lại trang rồi thử lại.");
        assertThat(reports.get(school.id()).deadline()).as("deadline unchanged").isEqualTo(school.deadline());
        assertThat(jdbc.sql("select count(*) from report_deadline_extension where report_id = :r")
                .param("r", school.id()).query(Long.class).single()).as("no extension stored").isZero();
        assertThat(taskService.createTaskQuery().taskId(prepare.getId()).singleResult().getDueDate())
                .isEqualTo(prepare.getDueDate());
    }

    @Test
    @Order(2)
    void twentySchoolsAcceptedAtOnceOpenTheDistrictsReportOnce() throws Exception {
        submitEverySchoolAndLeafDistrict();
        startJobExecutor();
        List<Task> reviews = new ArrayList<>();
        for (int i = 1; i <= SCHOOLS; i++) {
            reviews.add(year.task(campaignId, 1, school(i), UnitReportProcess.REVIEW_REPORT));
        }
        assertThat(reviews).doesNotContainNull();

        List<Integer> statuses = acceptTogether(reviews, i -> i % 2 == 0 ? "dtq01staff" : "dtq01staff2");

        assertThat(statuses).as("every acceptance answered").containsOnly(204);
        awaitTrue("the district's own report opens", () -> !prepareTasks(DISTRICT).isEmpty()
                && openJobs() == 0);
        assertThat(prepareTasks(DISTRICT)).as("the district's consolidation task, once").hasSize(1);
        assertThat(jdbc.sql("""
                select count(*) from report r where r.campaign_id = :c and r.phase_no = 1
                and r.parent_unit_code = :d and r.status = 'ACCEPTED'""")
                .param("c", campaignId).param("d", DISTRICT).query(Long.class).single()).isEqualTo(SCHOOLS);
        assertNoIncidentNoFailedJobNoDuplicateMail();
    }

    @Test
    @Order(3)
    void twoHeadsSigningTheSameReportAtOnceOneSucceedsTheOtherIsToldWhy() throws Exception {
        Task prepare = prepareTasks(DISTRICT).get(0);
        year.submit("dtq01staff", prepare, prepareForm());
        Task approve = year.task(campaignId, 1, DISTRICT, UnitReportProcess.APPROVE_REPORT);
        assertThat(approve).isNotNull();

        String path = engineRest("/task/" + approve.getId() + "/submit-form");
        String body = json.writeValueAsString(Map.of("variables", Map.of(Vars.HEAD_DECISION,
                Map.of("value", UnitReportProcess.HEAD_APPROVE, "type", "String"))));
        List<HttpResponse<String>> answers = together(List.of(
                () -> http.postJson(path, "dtq01head", PASSWORD, body),
                () -> http.postJson(path, "dtq01head2", PASSWORD, body)));

        assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(204, 409);
        HttpResponse<String> refused = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        // Either the task was gone when the later request came (it says who signed it), or both were in flight.
        assertThat(message(refused)).as(refused.body()).startsWith("Việc ").contains(" vừa được ")
                .contains("thao tác của bạn không được ghi nhận và không có gì thay đổi");
        assertNoEngineText(refused);
        assertThat(jdbc.sql("select count(*) from report_review r join report p on p.id = r.report_id "
                        + "where p.campaign_id = :c and p.unit_code = :u")
                .param("c", campaignId).param("u", DISTRICT).query(Long.class).single())
                .as("nothing recorded twice").isZero();
        assertThat(year.task(campaignId, 1, DISTRICT, UnitReportProcess.REVIEW_REPORT))
                .as("the report went up once").isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(campaignId + "-1-" + DISTRICT).count())
                .isEqualTo(1);

        // Later, the second head tries again on the task that is gone: the same answer, naming who signed it.
        String signer = answers.get(0).statusCode() == 204 ? "Cao Văn Hải" : "Đinh Văn Hòa";
        HttpResponse<String> late = http.postJson(path, "dtq01head2", PASSWORD, body);
        assertThat(late.statusCode()).as(late.body()).isEqualTo(409);
        assertThat(message(late)).startsWith("Việc «Ký duyệt: ")
                .contains("» vừa được " + signer + " hoàn thành lúc ")
                .endsWith("thao tác của bạn không được ghi nhận và không có gì thay đổi. "
                        + "Hãy tải lại danh sách công việc.");
        assertNoEngineText(late);

        // Opening the task from a list shown before it was signed: who signed it, not the engine's "task is null".
        for (String opened : List.of("/form-variables", "", "/form")) {
            HttpResponse<String> open = http.get(engineRest("/task/" + approve.getId() + opened), "dtq01head2",
                    PASSWORD);
            assertThat(open.statusCode()).as(opened + " " + open.body()).isEqualTo(404);
            assertThat(message(open)).startsWith("Việc «Ký duyệt: ")
                    .contains("» đã được " + signer + " hoàn thành lúc ")
                    .endsWith("nên không còn mở được nữa. Hãy tải lại danh sách công việc.");
            assertNoEngineText(open);
        }
        HttpResponse<String> stranger = http.get(engineRest("/task/no-such-task/form-variables"), "dtq01head2",
                PASSWORD);
        assertThat(stranger.statusCode()).as("a task that never existed: the engine's answer")
                .isIn(400, 404);
        assertThat(message(stranger)).doesNotContain("Ký duyệt");

        // Tasklist's own call, through the webapps' engine API, gets the same answer.
        Browser browser = new Browser();
        assertThat(browser.login("dtq01head2").statusCode()).isEqualTo(200);
        HttpResponse<String> tasklist = browser.post("/camunda/api/engine/engine/" + ENGINE + "/task/"
                + approve.getId() + "/submit-form", body);
        assertThat(tasklist.statusCode()).as(tasklist.body()).isEqualTo(409);
        assertThat(message(tasklist)).isEqualTo(message(late));
    }

    @Test
    @Order(4)
    void twentyDistrictsAcceptedAtOnceOpenTheCitysReportOnce() throws Exception {
        List<Task> reviews = new ArrayList<>();
        for (int i = 1; i <= DISTRICTS; i++) {
            reviews.add(year.task(campaignId, 1, district(i), UnitReportProcess.REVIEW_REPORT));
        }
        assertThat(reviews).doesNotContainNull();

        List<Integer> statuses = acceptTogether(reviews, i -> i % 2 == 0 ? "dtsostaff" : "dtsostaff2");

        assertThat(statuses).as("every acceptance answered").containsOnly(204);
        awaitTrue("the city's own report opens", () -> !prepareTasks("DT").isEmpty() && openJobs() == 0);
        assertThat(prepareTasks("DT")).as("the city's consolidation task, once").hasSize(1);
        assertNoIncidentNoFailedJobNoDuplicateMail();

        // Tasklist claims a task before its form can be filled in: the second claim is told who was first.
        String claim = engineRest("/task/" + prepareTasks("DT").get(0).getId() + "/claim");
        assertThat(http.postJson(claim, "dtsostaff", PASSWORD, "{\"userId\":\"dtsostaff\"}").statusCode())
                .isEqualTo(204);
        HttpResponse<String> second = http.postJson(claim, "dtsostaff2", PASSWORD, "{\"userId\":\"dtsostaff2\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(409);
        assertThat(message(second)).isEqualTo("Việc này vừa được Đặng Thị Thu nhận xử lý trước bạn; thao tác của "
                + "bạn không được ghi nhận và không có gì thay đổi. Hãy tải lại danh sách công việc.");
        assertThat(prepareTasks("DT").get(0).getAssignee()).isEqualTo("dtsostaff");
    }

    // ---- The province and its people -----------------------------------------------------------------------

    private void submitEverySchoolAndLeafDistrict() {
        for (int i = 1; i <= SCHOOLS; i++) {
            submitOwnReport(school(i));
        }
        for (int i = 2; i <= DISTRICTS; i++) {
            submitOwnReport(district(i));
        }
        year.runDueJobs();
    }

    private void submitOwnReport(String unit) {
        String user = unit.toLowerCase();
        year.submit(user + "staff", year.task(campaignId, 1, unit, UnitReportProcess.PREPARE_REPORT), prepareForm());
        year.submit(user + "head", year.task(campaignId, 1, unit, UnitReportProcess.APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
    }

    private static Map<String, Object> prepareForm() {
        return Map.of(FormFields.SUMMARY, "Đơn vị hoàn thành kế hoạch thi đua của đợt.",
                FormFields.STAFF_COUNT, 30, FormFields.REGISTERED_COUNT, 28);
    }

    private static byte[] unitsCsv() {
        StringBuilder csv = new StringBuilder("code,name,level,parent_code,email\n")
                .append("DT,Sở Giáo dục và Đào tạo Tỉnh Đồng Thời,thanh_pho,,so@dt.thidua.local\n");
        for (int i = 1; i <= DISTRICTS; i++) {
            csv.append("%s,Phòng Giáo dục và Đào tạo Huyện Đồng Thời %d,quan,DT,%s@dt.thidua.local\n"
                    .formatted(district(i), i, district(i).toLowerCase()));
        }
        for (int i = 1; i <= SCHOOLS; i++) {
            csv.append("%s,Trường Tiểu học Đồng Thời %d,truong,%s,%s@dt.thidua.local\n"
                    .formatted(school(i), i, DISTRICT, school(i).toLowerCase()));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] usersCsv() {
        StringBuilder csv = new StringBuilder("username,full_name,email,unit_code,role\n")
                .append("dtsostaff,Đặng Thị Thu,dtsostaff@dt.thidua.local,DT,staff\n")
                .append("dtsostaff2,Lò Thị Xuân,dtsostaff2@dt.thidua.local,DT,staff\n")
                .append("dtsohead,Lâm Văn Quý,dtsohead@dt.thidua.local,DT,head\n")
                .append("dtq01staff2,Hà Thị Yến,dtq01staff2@dt.thidua.local,DTQ01,staff\n")
                .append("dtq01head2,Đinh Văn Hòa,dtq01head2@dt.thidua.local,DTQ01,head\n");
        for (int i = 1; i <= DISTRICTS; i++) {
            String unit = district(i);
            String user = unit.toLowerCase();
            csv.append("%sstaff,Phạm Thị %s,%sstaff@dt.thidua.local,%s,staff\n"
                            .formatted(user, given(i), user, unit))
                    .append("%shead,%s,%shead@dt.thidua.local,%s,head\n"
                            .formatted(user, i == 1 ? "Cao Văn Hải" : "Trần Văn " + given(i), user, unit));
        }
        for (int i = 1; i <= SCHOOLS; i++) {
            String unit = school(i);
            String user = unit.toLowerCase();
            csv.append("%sstaff,Nguyễn Thị %s,%sstaff@dt.thidua.local,%s,staff\n"
                            .formatted(user, given(i), user, unit))
                    .append("%shead,Vũ Văn %s,%shead@dt.thidua.local,%s,head\n"
                            .formatted(user, given(i), user, unit));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Given names without digits: Camunda's password policy refuses a password containing the user's name. */
    private static String given(int i) {
        return List.of("An", "Bảo", "Chi", "Dung", "Giang", "Hạnh", "Khánh", "Linh", "Mai", "Nga", "Oanh", "Phúc",
                "Quyên", "Sơn", "Tâm", "Uyên", "Vân", "Xuyến", "Yên", "Thảo").get(i - 1);
    }

    static String school(int i) {
        return "DTT%02d".formatted(i);
    }

    static String district(int i) {
        return "DTQ%02d".formatted(i);
    }

    // ---- Acting together -----------------------------------------------------------------------------------

    private List<Integer> acceptTogether(List<Task> reviews, IntFunction<String> reviewer)
            throws Exception {
        String body = json.writeValueAsString(Map.of("variables", Map.of(Vars.REVIEW_DECISION,
                Map.of("value", UnitReportProcess.REVIEW_ACCEPT, "type", "String"))));
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            String user = reviewer.apply(i);
            String path = engineRest("/task/" + reviews.get(i).getId() + "/submit-form");
            calls.add(() -> http.postJson(path, user, PASSWORD, body));
        }
        List<HttpResponse<String>> answers = together(calls);
        answers.stream().filter(a -> a.statusCode() != 204)
                .forEach(a -> LoggerFactory.getLogger(getClass()).warn("Refused: {}", a.body()));
        return answers.stream().map(HttpResponse::statusCode).toList();
    }

    /** Runs the calls on as many threads, released at the same moment. */
    private static <T> List<T> together(List<Callable<T>> calls) throws Exception {
        ExecutorService users = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> runs = new ArrayList<>();
            for (Callable<T> call : calls) {
                runs.add(users.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            users.shutdownNow();
        }
    }

    // ---- The engine, as production runs it ----------------------------------------------------------------

    /** The engine's job executor, switched off in tests, runs here as configured in application.yml. */
    private void startJobExecutor() {
        jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        jobExecutor.setMaxJobsPerAcquisition(10);
        jobExecutor.setWaitTimeInMillis(200);
        jobExecutor.setMaxWait(1000);
        jobExecutor.start();
    }

    private List<Task> prepareTasks(String unit) {
        return taskService.createTaskQuery().processInstanceBusinessKey(campaignId + "-1-" + unit)
                .taskDefinitionKey(UnitReportProcess.PREPARE_REPORT).list();
    }

    /** Jobs of this campaign's reports that are due now (timers ahead do not count). */
    private long openJobs() {
        return managementService.createJobQuery().executable().list().stream()
                .filter(job -> ourInstances().contains(job.getProcessInstanceId())).count();
    }

    private List<String> ourInstances() {
        List<String> ids = new ArrayList<>();
        runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(campaignId + "-%").list()
                .forEach(p -> ids.add(p.getId()));
        historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKeyLike(campaignId + "-%").list()
                .forEach(p -> ids.add(p.getId()));
        return ids;
    }

    private void assertNoIncidentNoFailedJobNoDuplicateMail() {
        List<String> ours = ourInstances();
        assertThat(runtimeService.createIncidentQuery().list()).as("incidents")
                .noneMatch(incident -> ours.contains(incident.getProcessInstanceId()));
        assertThat(managementService.createJobQuery().noRetriesLeft().list()).as("jobs out of retries")
                .noneMatch(job -> ours.contains(job.getProcessInstanceId()));
        assertThat(jdbc.sql("""
                select count(*) from (select to_address, subject from mail_outbox
                where to_address like '%@dt.thidua.local' group by to_address, subject having count(*) > 1) twice""")
                .query(Long.class).single()).as("mails queued twice").isZero();
    }

    private void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what + " (jobs due " + openJobs()
                        + ", failed " + managementService.createJobQuery().withException().count() + ")");
            }
            Thread.sleep(100);
        }
    }

    private String message(HttpResponse<String> response) throws Exception {
        return json.readTree(response.body()).path("message").asText();
    }

    private static void assertNoEngineText(HttpResponse<String> response) {
        assertThat(response.body()).doesNotContain("ENGINE-", "Exception", "Cannot submit", "task form");
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
            csrf = token();
            HttpResponse<String> login = client.send(HttpRequest.newBuilder(
                            http.uri("/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username,
                            StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(PASSWORD,
                            StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(
                    http.uri("/camunda/api/engine/engine/" + ENGINE + "/task/count")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            csrf = page.headers().firstValue("X-XSRF-TOKEN").orElseGet(this::token);
            return login;
        }

        private String token() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .reduce((a, b) -> b).orElseThrow().getValue();
        }

        HttpResponse<String> post(String path, String body) throws Exception {
            return client.send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", "application/json")
                            .header("X-XSRF-TOKEN", csrf).POST(HttpRequest.BodyPublishers.ofString(body,
                                    StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
