package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.HttpCalls.engineRest;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;

import vn.thidua.security.IsolationFixture.State;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;

/**
 * Every route is closed unless declared public: a route nobody listed asks for a sign-in; the person signed in to
 * Tasklist is the person of our pages; a page's form is refused without its CSRF token; a wrong HTTP Basic password
 * is refused in Vietnamese and counts toward Camunda's login throttling.
 */
@PostgresHttpTest
class ClosedByDefaultTest {

    static final String ENGINE = PostgresHttpTest.ENGINE;
    static final String STAFF = "kthongstaff";
    static final String TASKLIST = "/camunda/app/tasklist/" + ENGINE + "/";
    static final String CSRF_REFUSAL = "hãy tải lại trang rồi làm lại thao tác";
    static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** A teacher of her own, so that the throttling of her account concerns no other test. */
    static final String THROTTLED = "ktdoanmai";
    static final String THROTTLED_PASSWORD = "Dung-MatKhau@2027";

    @LocalServerPort
    int port;
    @Autowired
    IsolationFixture fixture;
    @Autowired
    IdentityService identityService;
    @Autowired
    ApplicationContext context;

    State s;
    HttpCalls http;

    @BeforeEach
    void organisationExists() throws Exception {
        s = fixture.state();
        http = new HttpCalls(port);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRouteNobodyDeclaredPublicAsksForASignIn() throws Exception {
        for (String path : new String[] {"/api/khong-co-dia-chi-nay", "/khong-co-trang-nay", "/bao-cao/moi"}) {
            HttpResponse<String> script = http.get(path, null, null);
            assertThat(script.statusCode()).as(path).isEqualTo(401);
            assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(script.body()).contains("Bạn cần đăng nhập");
        }
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(http.uri("/khong-co-trang-nay"))
                .header("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/sign-in?next=/khong-co-trang-nay"));
        // Our API never sends a browser away: it answers 401, without asking the browser for a password.
        HttpResponse<String> api = browser.send(HttpRequest.newBuilder(http.uri("/api/rule-sets"))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(http.get("/api/rule-sets", null, null).headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Basic"));
        // Signed in, a route that does not exist is simply not found.
        assertThat(http.get("/khong-co-trang-nay", STAFF, IsolationFixture.PASSWORD).statusCode()).isEqualTo(404);
    }

    /**
     * Spring Security's own chain answers every request, not Spring Security 6.5's wrapper that runs Spring MVC's
     * handler lookup first ({@link UnwrappedSecurityFilterChain}); the routes above are still closed.
     */
    @Test
    void noSpringMvcLookupRunsBeforeTheSecurityChain() {
        Object chain = context.getBean(UnwrappedSecurityFilterChain.CHAIN);
        assertThat(chain).isInstanceOf(FilterChainProxy.class);
        assertThat(chain.getClass().getName()).isNotEqualTo(UnwrappedSecurityFilterChain.WRAPPER);
        assertThat(context.getBeanNamesForType(FilterChainProxy.class))
                .containsExactly(UnwrappedSecurityFilterChain.CHAIN);
    }

    @Test
    void theOneSignedInToTasklistIsTheOneOfOurPages() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.login(STAFF)).isEqualTo(200);

        HttpResponse<String> files = browser.page("/reports/" + s.reportHong() + "/attachments");
        assertThat(files.statusCode()).isEqualTo(200);
        assertThat(files.body()).contains("Biên bản Hoa Hồng.pdf");
        // Isolation holds for the session as for HTTP Basic.
        assertThat(browser.page("/reports/" + s.reportSen() + "/attachments").statusCode()).isIn(403, 404);
        // Our REST API takes HTTP Basic only: the browser's session opens no /api call.
        assertThat(browser.get("/api/reports/" + s.reportHong() + "/attachments").statusCode()).isEqualTo(401);

        browser.logout();
        HttpResponse<String> signedOut = browser.page("/reports/" + s.reportHong() + "/attachments");
        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(signedOut.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .endsWith("/sign-in?next=/reports/" + s.reportHong() + "/attachments"));
    }

    @Test
    void aPagesFormIsRefusedWithoutItsCsrfToken() throws Exception {
        Browser browser = new Browser();
        assertThat(browser.login(STAFF)).isEqualTo(200);
        String delete = "/reports/" + s.reportHong() + "/attachments/987654/delete";

        HttpResponse<String> forged = browser.post(delete, "application/x-www-form-urlencoded", "");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains(CSRF_REFUSAL);
        assertThat(browser.post(delete, "application/x-www-form-urlencoded", "_csrf=doan-bua").statusCode())
                .isEqualTo(403);

        String token = browser.csrfToken("/reports/" + s.reportHong() + "/attachments");
        HttpResponse<String> sent = browser.post(delete, "application/x-www-form-urlencoded",
                "_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
        assertThat(sent.body()).doesNotContain(CSRF_REFUSAL);
        assertThat(sent.statusCode()).isEqualTo(302);

        // A file form (multipart) carries the token in its body like any other; sent without a file, nothing is
        // stored and the page says what is missing.
        HttpResponse<String> upload = browser.post("/reports/" + s.reportHong() + "/attachments",
                "multipart/form-data; boundary=RANH", "--RANH\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
                        + token + "\r\n--RANH--\r\n");
        assertThat(upload.body()).doesNotContain(CSRF_REFUSAL);
        assertThat(upload.statusCode()).isEqualTo(302);
        // The page's file forms send the token in their address too: a file over the limit leaves the form's
        // fields unread, and the answer is "too large" (413), not the refusal of a page that expired.
        String page = browser.page("/reports/" + s.reportHong() + "/attachments").body();
        Matcher action = Pattern.compile("action=\"(/reports/" + s.reportHong() + "/attachments\\?_csrf=[^\"]+)\"")
                .matcher(page);
        assertThat(action.find()).as(page).isTrue();
        String tooLarge = "--RANH\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n" + "x".repeat(21 * 1024 * 1024) + "\r\n--RANH--\r\n";
        HttpResponse<String> refused = browser.post(action.group(1).replace("&amp;", "&"),
                "multipart/form-data; boundary=RANH", tooLarge);
        assertThat(refused.body()).doesNotContain(CSRF_REFUSAL);
        assertThat(refused.statusCode()).isEqualTo(413);
    }

    @Test
    void aWrongBasicPasswordIsRefusedInVietnameseAndCountsTowardThrottling() {
        if (identityService.createUserQuery().userId(THROTTLED).count() == 0) {
            User user = identityService.newUser(THROTTLED);
            user.setFirstName("Đoàn Thị");
            user.setLastName("Mai");
            user.setEmail("doanmai@kt.thidua.local");
            user.setPassword(THROTTLED_PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(THROTTLED, "KTQAHONG");
            identityService.createMembership(THROTTLED, "KTQAHONGstaff");
        }
        identityService.unlockUser(THROTTLED);
        Instant start = Instant.parse("2026-11-04T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(start));

        for (String path : new String[] {"/api/rule-sets", "/admin/outbox", engineRest("/task")}) {
            HttpResponse<String> wrong = http.get(path, THROTTLED, "SaiMatKhau@1");
            assertThat(wrong.statusCode()).as(path).isEqualTo(401);
            assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(wrong.body()).as(path).contains("Đăng nhập không thành công",
                    "Tên đăng nhập hoặc mật khẩu không đúng");
        }
        // Held back after the wrong passwords: the right one waits too, on every way in.
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(2)));
        assertThat(http.get("/api/rule-sets", THROTTLED, THROTTLED_PASSWORD).statusCode()).isEqualTo(401);
        assertThat(http.get(engineRest("/task"), THROTTLED, THROTTLED_PASSWORD).statusCode()).isEqualTo(401);
        ClockUtil.setCurrentTime(Date.from(start.plusSeconds(120)));
        assertThat(http.get("/api/rule-sets", THROTTLED, THROTTLED_PASSWORD).statusCode()).isEqualTo(200);
    }

    /** A browser: cookies, signed in through the webapps' own login with their CSRF token. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();

        int login(String username) throws Exception {
            get(TASKLIST);
            return send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist"))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", webappToken())
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
                            + URLEncoder.encode(IsolationFixture.PASSWORD, StandardCharsets.UTF_8)))).statusCode();
        }

        void logout() throws Exception {
            // The webapps hand out a new CSRF token with the session their sign-in began.
            get("/camunda/api/admin/auth/user/" + ENGINE);
            HttpResponse<String> out = send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/" + ENGINE
                    + "/logout")).header("X-XSRF-TOKEN", webappToken()).POST(HttpRequest.BodyPublishers.noBody()));
            assertThat(out.statusCode()).as(out.body()).isEqualTo(200);
        }

        String webappToken() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .findFirst().orElseThrow().getValue();
        }

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(http.uri(path)));
        }

        HttpResponse<String> page(String path) throws Exception {
            return send(HttpRequest.newBuilder(http.uri(path)).header("Accept", "text/html"));
        }

        String csrfToken(String page) throws Exception {
            Matcher field = CSRF_FIELD.matcher(page(page).body());
            assertThat(field.find()).as("a CSRF field in the forms of " + page).isTrue();
            return field.group(1);
        }

        HttpResponse<String> post(String path, String type, String body) throws Exception {
            return send(HttpRequest.newBuilder(http.uri(path)).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
