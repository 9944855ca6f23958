package vn.thidua.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.InternetAddress;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Person;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;

/**
 * The app as a newcomer starts it with {@code ./mvnw spring-boot:run}: no profile named (the demo profile is the
 * default), nothing configured but a free web port and a fresh H2 file database; demo organisation, demo campaign,
 * job executor, mail dispatcher and mail catcher on. Tasklist and both REST APIs answer; nothing answers without
 * signing in; the demo's mail reaches its own mail catcher.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:file:./target/demo-app-test/${random.uuid}/thidua"})
class DemoApplicationTest {

    static final String PASSWORD = "ThiDua@2026";

    @LocalServerPort
    int port;
    @Autowired
    OrgDirectory org;
    @Autowired
    TaskService taskService;
    @Autowired
    CampaignRepository campaigns;
    /** The demo's own SMTP server; absent if the demo profile failed to switch it on. */
    @Autowired(required = false)
    GreenMail mailCatcher;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new java.net.CookieManager()).build();

    @Test
    void tasklistAnswersAndTheRestApisRequireSigningIn() throws Exception {
        assertThat(get("/camunda/app/tasklist/default/", null).statusCode()).isEqualTo(200);
        assertThat(get("/camunda/app/tasklist/default/", null).body()).contains("Tasklist");

        assertThat(get("/engine-rest/task", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/user", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/campaigns/1", null).statusCode()).isEqualTo(401);
        // An unknown user, not a wrong password: Camunda briefly locks a user after a failed login.
        assertThat(get("/api/campaigns/1", "khongtontai:SaiMatKhau@1").statusCode()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition", "admin:" + PASSWORD).statusCode()).isEqualTo(200);
        assertThat(get("/admin/outbox", "admin:" + PASSWORD).statusCode()).isEqualTo(200);
    }

    @Test
    void theDemoDeliversItsMailToItsOwnCatcherAndTheOutboxShowsItSentWithLinksToItself() throws Exception {
        Person secretary = org.people(firstSchool().code(), UnitRole.STAFF).get(0);
        HttpResponse<String> queued = post("/api/users/" + secretary.username() + "/password-link",
                "admin:" + PASSWORD, "");
        assertThat(queued.statusCode()).isEqualTo(202);

        // Nobody dispatches by hand: the demo's dispatcher runs on its own schedule.
        JsonNode mail = null;
        for (int i = 0; i < 120; i++) {
            mail = outboxMail("password-link", secretary.email());
            if (mail != null && mail.get("status").asText().equals("SENT")) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(mail).as("the password-link mail in the outbox").isNotNull();
        assertThat(mail.get("status").asText()).as("last error: %s", mail.get("lastError")).isEqualTo("SENT");
        assertThat(mailCatcher).as("the demo's mail catcher").isNotNull();
        assertThat(mailCatcher.getReceivedMessages()).as("delivered to the demo's own mail catcher")
                .anySatisfy(m -> assertThat(((InternetAddress) m.getAllRecipients()[0]).getAddress())
                        .isEqualTo(secretary.email()));

        // The outbox page shows the mail as sent, rendered; its links lead to this application, on its own port.
        HttpResponse<String> page = get("/admin/outbox/" + mail.get("id").asLong(), "admin:" + PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<dd>Đã gửi</dd>", "<iframe", secretary.fullName(),
                "http://localhost:" + port + "/account/password?token=");
    }

    private JsonNode outboxMail(String template, String to) throws Exception {
        HttpResponse<String> list = get("/api/mail/outbox?size=500", "admin:" + PASSWORD);
        assertThat(list.statusCode()).isEqualTo(200);
        for (JsonNode row : new ObjectMapper().readTree(list.body())) {
            if (row.get("template").asText().equals(template) && row.get("toAddress").asText().equals(to)) {
                return row;
            }
        }
        return null;
    }

    @Test
    void tasklistSpeaksVietnameseToEveryBrowser() throws Exception {
        // The path Tasklist itself requests (it adds ?bust=<version>); no sign-in needed, the login page uses it.
        HttpResponse<String> vi = get("/camunda/app/tasklist/locales/vi.json?bust=7.24.0", null);
        assertThat(vi.statusCode()).isEqualTo(200);
        assertThat(vi.body()).contains("\"CLAIM_TASK\": \"Nhận việc\"", "\"PAGE_LOGIN_PLEASE_SIGN_IN\": \"Vui lòng đăng nhập\"");
        // Our config.js, not the one in Camunda's webjar, is the one served.
        HttpResponse<String> config = get("/camunda/app/tasklist/scripts/config.js?bust=7.24.0", null);
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("availableLocales: ['vi']", "fallbackLocale: 'vi'");
        assertThat(get("/camunda/app/tasklist/locales/en.json?bust=7.24.0", null).statusCode()).isEqualTo(200);
    }

    @Test
    void aDemoSchoolSecretaryFindsHerSoKetTaskThroughTheRestApi() throws Exception {
        Unit school = firstSchool();
        Person secretary = org.people(school.code(), UnitRole.STAFF).get(0);
        String credentials = secretary.username() + ":" + PASSWORD;

        // The demo campaigns have begun: the job executor opens every unit's reports by itself — the sơ kết of the
        // school year's campaign, the tổng kết (with its award dossier) of the themed one, and the registration of
        // the campaign that opens with it.
        List<String> names = List.of();
        for (int i = 0; i < 120; i++) {
            names = taskService.createTaskQuery().taskCandidateGroup(UnitRole.STAFF.groupId(school.code())).list()
                    .stream().map(Task::getName).toList();
            if (names.stream().anyMatch(n -> n.startsWith("Sơ kết đợt 1 – " + school.name()))
                    && names.stream().anyMatch(n -> n.startsWith("Tổng kết đợt 2 – " + school.name()))
                    && names.stream().anyMatch(n -> n.startsWith("Đăng ký thi đua năm học"))) {
                break;
            }
            Thread.sleep(500);
        }
        assertThat(names).anyMatch(n -> n.startsWith("Sơ kết đợt 1 – " + school.name()))
                .anyMatch(n -> n.startsWith("Tổng kết đợt 2 – " + school.name()))
                .as("the campaign that opens with registration").anyMatch(n -> n.startsWith("Đăng ký thi đua năm học")
                        && n.contains(" – " + school.name()));

        HttpResponse<String> mine = get("/engine-rest/task?candidateGroup=" + UnitRole.STAFF.groupId(school.code()),
                credentials);
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("Sơ kết đợt 1");

        // A school user sees no other school's task.
        Unit other = org.children(school.parentCode()).stream().filter(u -> !u.code().equals(school.code()))
                .findFirst().orElseThrow();
        HttpResponse<String> others = get("/engine-rest/task?candidateGroup=" + UnitRole.STAFF.groupId(other.code()),
                credentials);
        assertThat(others.body()).isEqualTo("[]");
    }

    @Test
    void cityStaffLaunchACampaignThroughTheApiAndBadInputListsEveryError() throws Exception {
        Person cityStaff = org.people(org.roots().get(0).code(), UnitRole.STAFF).get(0);
        String credentials = cityStaff.username() + ":" + PASSWORD;
        HttpResponse<String> bad = post("/api/campaigns", credentials, """
                {"name": "", "schoolYear": "2026", "phases": [
                  {"name": "Đợt 1", "startsOn": "2027-01-10", "endsOn": "2027-01-01", "reportDeadline": "2027-13-40"}]}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Chưa nhập tên phong trào", "Năm học phải có dạng 2026-2027",
                "ngày kết thúc (01/01/2027) trước ngày bắt đầu", "hạn nộp báo cáo không đúng dạng ngày");

        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        HttpResponse<String> created = post("/api/campaigns", credentials, """
                {"name": "Phong trào thi đua chào mừng ngày Nhà giáo Việt Nam", "schoolYear": "2026-2027", "leadDays": 3,
                 "phases": [
                   {"name": "Đợt 1", "startsOn": "%s", "endsOn": "%s", "reportDeadline": "%s"},
                   {"name": "Đợt 2", "startsOn": "%s", "endsOn": "%s", "reportDeadline": "%s"},
                   {"name": "Đợt 3", "startsOn": "%s", "endsOn": "%s", "reportDeadline": "%s"}]}""".formatted(
                today, today.plusDays(20), today.plusDays(30), today.plusDays(31), today.plusDays(60),
                today.plusDays(70), today.plusDays(71), today.plusDays(100), today.plusDays(110)));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).startsWith("/api/campaigns/"));
        String location = created.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> view = get(location, credentials);
        assertThat(view.body()).contains("\"kind\":\"INTERIM\"", "\"kind\":\"FINAL\"", "Đợt 3");

        Person secretary = org.people(firstSchool().code(), UnitRole.STAFF).get(0);
        assertThat(post("/api/campaigns", secretary.username() + ":" + PASSWORD, """
                {"name": "Phong trào của trường", "schoolYear": "2026-2027", "rootUnitCode": "%s", "phases": []}"""
                .formatted(org.roots().get(0).code())).statusCode()).isEqualTo(400);
    }

    @Test
    void theDemoRunsACampaignOverThreeSchoolYearsShownYearByYear() throws Exception {
        Person cityStaff = org.people(org.roots().get(0).code(), UnitRole.STAFF).get(0);
        Campaign multiYear = campaigns.all().stream().filter(c -> !campaigns.yearly(c.id()).isEmpty()).findFirst()
                .orElseThrow();
        assertThat(campaigns.yearly(multiYear.id())).hasSize(3);
        HttpResponse<String> overview = get("/api/campaigns/" + multiYear.id() + "/overview",
                cityStaff.username() + ":" + PASSWORD);
        assertThat(overview.statusCode()).isEqualTo(200);
        JsonNode years = new com.fasterxml.jackson.databind.ObjectMapper().readTree(overview.body()).path("years");
        assertThat(years).hasSize(3);
        assertThat(years.get(0).path("rounds").get(0).path("reportLabel").asText()).startsWith("Tổng kết năm học ");
        assertThat(years.get(2).path("rounds").findValuesAsText("reportLabel")).contains(
                "Tổng kết giai đoạn " + multiYear.schoolYear());
    }

    @Test
    void signingInToTasklistAlsoOpensTheAttachmentPage() throws Exception {
        Unit school = firstSchool();
        Person secretary = org.people(school.code(), UnitRole.STAFF).get(0);
        // The webapps protect every POST with a CSRF token, handed out as a cookie on the first page.
        http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).build(), HttpResponse.BodyHandlers.ofString());
        String csrf = ((java.net.CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + secretary.username() + "&password=" + PASSWORD))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(uri("/reports/999999/attachments")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(missing.statusCode()).as("signed in via the session, denied for a report not theirs").isEqualTo(403);
    }

    private Unit firstSchool() {
        Unit root = org.roots().get(0);
        Unit district = org.children(root.code()).get(0);
        return org.children(district.code()).get(0);
    }

    private HttpResponse<String> get(String path, String basic) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (basic != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(String path, String basic, String json) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
