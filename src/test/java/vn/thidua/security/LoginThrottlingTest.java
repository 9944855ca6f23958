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

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;

/**
 * Guessing passwords gets slow: after wrong passwords Camunda holds the account back for a while, and every way in
 * (our API, Camunda's REST API, the webapps' login) refuses even the right password until the delay has passed.
 * The engine clock moves; nobody sleeps.
 */
@PostgresHttpTest
class LoginThrottlingTest {

    static final String USER = "ktdoanhoa";
    static final String PASSWORD = "Dung-MatKhau@2026";

    @LocalServerPort
    int port;
    @Autowired
    IsolationFixture fixture;
    @Autowired
    IdentityService identityService;

    HttpCalls http;

    @BeforeEach
    void aTeacherWithAPassword() throws Exception {
        fixture.state();
        http = new HttpCalls(port);
        if (identityService.createUserQuery().userId(USER).count() == 0) {
            User user = identityService.newUser(USER);
            user.setFirstName("Đoàn Thị");
            user.setLastName("Hoa");
            user.setEmail("doanhoa@kt.thidua.local");
            user.setPassword(PASSWORD);
            identityService.saveUser(user);
            identityService.createMembership(USER, "KTQAHONG");
            identityService.createMembership(USER, "KTQAHONGstaff");
        }
        identityService.unlockUser(USER);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void afterWrongPasswordsEvenTheRightOneWaitsOnEveryWayIn() throws Exception {
        Instant start = Instant.parse("2026-11-02T01:00:00Z");
        at(start);
        assertThat(api(PASSWORD).statusCode()).isEqualTo(200);

        // Each wrong password holds the account back 3 s × 2^(n-1); a guess within that time is not even tried.
        int[] wrongAt = {0, 4, 11};
        for (int attempt = 0; attempt < wrongAt.length; attempt++) {
            at(start.plusSeconds(wrongAt[attempt]));
            HttpResponse<String> wrong = api("SaiMatKhau@" + attempt);
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        }

        // The third wrong password in a row holds it back 3 × 2² = 12 seconds, until 11 + 12 = 23 s: meanwhile the
        // right password is refused on every way in.
        at(start.plusSeconds(15));
        HttpResponse<String> held = api(PASSWORD);
        assertThat(held.statusCode()).isEqualTo(401);
        assertThat(held.body()).contains("tạm khoá vì nhập sai mật khẩu nhiều lần", "Hãy chờ vài phút");
        assertThat(held.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(http.get(engineRest("/task"), USER, PASSWORD).statusCode()).isEqualTo(401);
        assertThat(webappLogin(PASSWORD)).isEqualTo(401);

        // Once the delay has passed, the right password opens every door, and the count starts again.
        at(start.plusSeconds(24));
        assertThat(api(PASSWORD).statusCode()).isEqualTo(200);
        assertThat(http.get(engineRest("/task"), USER, PASSWORD).statusCode()).isEqualTo(200);
        assertThat(webappLogin(PASSWORD)).isEqualTo(200);
    }

    @Test
    void wrongPasswordsThroughCamundasRestApiCountToo() {
        Instant start = Instant.parse("2026-11-03T01:00:00Z");
        at(start);
        assertThat(http.get(engineRest("/task"), USER, "SaiMatKhau@1").statusCode()).isEqualTo(401);
        at(start.plusSeconds(4));
        assertThat(http.get(engineRest("/task"), USER, "SaiMatKhau@2").statusCode()).isEqualTo(401);
        // Held back 3 × 2 = 6 seconds, until 10 s.
        at(start.plusSeconds(7));
        assertThat(api(PASSWORD).statusCode()).as("held back by the REST API's failures").isEqualTo(401);
        at(start.plusSeconds(11));
        assertThat(api(PASSWORD).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> api(String password) {
        return http.get("/api/rule-sets", USER, password);
    }

    private int webappLogin(String password) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).build();
        browser.send(HttpRequest.newBuilder(http.uri("/camunda/app/tasklist/" + PostgresHttpTest.ENGINE + "/")).build(),
                HttpResponse.BodyHandlers.discarding());
        String csrf = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .findFirst().orElseThrow().getValue();
        return browser.send(HttpRequest.newBuilder(http.uri("/camunda/api/admin/auth/user/" + PostgresHttpTest.ENGINE
                        + "/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + USER + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
