package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.security.IsolationFixture.State;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;

/**
 * A browser that opens one of our pages without being signed in is sent to our sign-in page, which signs in through
 * the webapps' own login, as the page's script does, and is brought back to the page it opened; Tasklist then knows
 * the person too. The page goes on only to a page of ours.
 */
@PostgresHttpTest
class SignInPageTest {

    static final String ENGINE = PostgresHttpTest.ENGINE;
    static final String STAFF = "kthongstaff";
    static final String TASKLIST = "/camunda/app/tasklist/" + ENGINE + "/";

    @LocalServerPort
    int port;
    @Autowired
    IsolationFixture fixture;

    State s;
    HttpCalls http;

    @BeforeEach
    void organisationExists() throws Exception {
        s = fixture.state();
        http = new HttpCalls(port);
    }

    @Test
    void aBrowserSignsInOnOurPageAndComesBackToThePageItOpened() throws Exception {
        Browser browser = new Browser();
        // Tasklist was open before in this browser: its session already holds the webapps' CSRF token.
        browser.get(TASKLIST);
        String page = "/reports/" + s.reportHong() + "/attachments";

        HttpResponse<String> refused = browser.page(page + "?xem=tat-ca");
        assertThat(refused.statusCode()).isEqualTo(302);
        String signIn = refused.headers().firstValue("Location").orElseThrow();
        assertThat(signIn).endsWith("/sign-in?next=" + page + "?xem%3Dtat-ca");

        HttpResponse<String> form = browser.page(signIn.substring(signIn.indexOf("/sign-in")));
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Vui lòng đăng nhập", "Tên đăng nhập", "Mật khẩu",
                "Sau khi đăng nhập, trang bạn vừa mở sẽ tự hiện ra.");
        assertThat(data(form, "next")).isEqualTo(page + "?xem=tat-ca");
        assertThat(data(form, "login")).isEqualTo("/camunda/api/admin/auth/user/" + ENGINE + "/login/tasklist");

        // What the page's script does: the engine list hands the new session its CSRF token, the login takes it.
        HttpResponse<String> engines = browser.get(data(form, "engines"));
        assertThat(engines.statusCode()).isEqualTo(200);
        String token = engines.headers().firstValue("X-XSRF-TOKEN").orElseThrow(
                () -> new AssertionError("the sign-in page's session got no CSRF token from the webapps"));
        String credentials = "username=" + STAFF + "&password="
                + URLEncoder.encode(IsolationFixture.PASSWORD, StandardCharsets.UTF_8);
        assertThat(browser.login(data(form, "login"), token, credentials).statusCode()).isEqualTo(200);

        HttpResponse<String> back = browser.page(data(form, "next"));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("Biên bản Hoa Hồng.pdf");
        // The same session is Tasklist's.
        assertThat(browser.get("/camunda/api/admin/auth/user/" + ENGINE).body()).contains("\"userId\":\"" + STAFF);

        // Signed in, the sign-in page goes straight on: to the page, or to Tasklist for an address not ours.
        assertThat(browser.page("/sign-in?next=" + page).headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(page));
        assertThat(browser.page("/sign-in?next=%2F%2Fevil.example%2F").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith(TASKLIST));
    }

    @Test
    void theSignInPageGoesOnOnlyToAPageOfOurs() throws Exception {
        for (String next : new String[] {"https://evil.example/", "//evil.example", "/\\evil.example",
            "\\\\evil.example", "/\t/evil.example", "javascript:alert(1)", "/camunda/app/cockpit/" + ENGINE + "/",
            "/api/rule-sets"}) {
            HttpResponse<String> form = new Browser().page("/sign-in?next="
                    + URLEncoder.encode(next, StandardCharsets.UTF_8));
            assertThat(form.statusCode()).as(next).isEqualTo(200);
            assertThat(data(form, "next")).as(next).isEqualTo(TASKLIST);
            assertThat(form.body()).as(next)
                    .doesNotContain("evil.example", "Sau khi đăng nhập, trang bạn vừa mở sẽ tự hiện ra.")
                    .contains("Sau khi đăng nhập, bạn sẽ vào danh sách công việc (Tasklist).");
        }
    }

    private static String data(HttpResponse<String> page, String name) {
        Matcher value = Pattern.compile("data-" + name + "=\"([^\"]*)\"").matcher(page.body());
        assertThat(value.find()).as("data-" + name + " in " + page.body()).isTrue();
        return value.group(1).replace("&amp;", "&");
    }

    /** A browser: cookies, no redirects followed. */
    final class Browser {
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return send(HttpRequest.newBuilder(http.uri(path)));
        }

        HttpResponse<String> page(String path) throws Exception {
            return send(HttpRequest.newBuilder(http.uri(path)).header("Accept", "text/html"));
        }

        HttpResponse<String> login(String path, String token, String form) throws Exception {
            return send(HttpRequest.newBuilder(http.uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded;charset=UTF-8")
                    .header("X-XSRF-TOKEN", token).POST(HttpRequest.BodyPublishers.ofString(form)));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
