package vn.thidua.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.thidua.report.UnitReportProcess;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;

/**
 * Cockpit and Admin show every unit's processes and every account, so only administrators enter them; everybody
 * else signs in to Tasklist. Checked in Camunda's authorizations and over HTTP, through the webapps' own login
 * with its CSRF token, as a browser does it.
 */
@PostgresHttpTest
class CockpitAccessTest {

    static final String ENGINE = PostgresHttpTest.ENGINE;

    @LocalServerPort
    int port;
    @Autowired
    IsolationFixture fixture;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    IdentityService identityService;
    @Autowired
    RepositoryService repositoryService;

    @BeforeEach
    void organisationExists() throws Exception {
        fixture.state();
    }

    @ParameterizedTest(name = "{0} uses Tasklist and cannot enter Cockpit or Admin")
    @ValueSource(strings = {"kthongstaff", "kthonghead", "kthongcouncil", "ktanphustaff", "ktsostaff", "ktsohead"})
    void staffUseTasklistOnly(String username) throws Exception {
        List<String> groups = identityService.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).toList();
        assertThat(authorizationService.isUserAuthorized(username, groups, Permissions.ACCESS, Resources.APPLICATION,
                "tasklist")).isTrue();
        for (String app : List.of("cockpit", "admin")) {
            assertThat(authorizationService.isUserAuthorized(username, groups, Permissions.ACCESS,
                    Resources.APPLICATION, app)).as(app).isFalse();
        }

        Browser browser = new Browser();
        HttpResponse<String> cockpit = browser.login(username, "cockpit");
        assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(403);
        assertThat(browser.login(username, "admin").statusCode()).isEqualTo(403);
        assertThat(browser.login(username, "tasklist").statusCode()).isEqualTo(200);
        String me = browser.get("/camunda/api/admin/auth/user/" + ENGINE).body();
        assertThat(me).contains("\"tasklist\"").doesNotContain("\"cockpit\"", "\"admin\"");
        // Signed in to Tasklist, the Cockpit's own API still refuses.
        assertThat(browser.get(cockpitProbe()).statusCode()).isIn(401, 403);
    }

    @org.junit.jupiter.api.Test
    void theLoginPagesStillLoadTheirPluginsBeforeAnyoneSignsIn() throws Exception {
        Browser browser = new Browser();
        String cockpitPage = browser.get("/camunda/app/cockpit/" + ENGINE + "/").body();
        assertThat(cockpitPage).contains("cockpit");
        for (String app : List.of("cockpit", "admin")) {
            assertThat(browser.get("/camunda/api/" + app + "/plugin/" + app + "Plugins/static/app/plugin.js")
                    .statusCode()).as(app).isNotIn(401, 403);
            assertThat(browser.get("/camunda/api/" + app + "/plugin/" + app + "Plugins/" + ENGINE + "/process-definition")
                    .statusCode()).as(app).isEqualTo(401);
        }
    }

    @ParameterizedTest(name = "{0} enters Cockpit and Admin")
    @ValueSource(strings = IsolationFixture.ADMIN)
    void administratorsEnterCockpitAndAdmin(String username) throws Exception {
        Browser browser = new Browser();
        assertThat(browser.login(username, "cockpit").statusCode()).isEqualTo(200);
        String me = browser.get("/camunda/api/admin/auth/user/" + ENGINE).body();
        assertThat(me).contains("\"cockpit\"", "\"admin\"", "\"tasklist\"");
        assertThat(browser.get(cockpitProbe()).statusCode()).isEqualTo(200);
        assertThat(new Browser().login(username, "admin").statusCode()).isEqualTo(200);
    }

    private String cockpitProbe() {
        String definitionId = repositoryService.createProcessDefinitionQuery()
                .processDefinitionKey(UnitReportProcess.KEY).latestVersion().singleResult().getId();
        return "/camunda/api/cockpit/plugin/base/" + ENGINE + "/process-definition/" + definitionId
                + "/called-process-definitions";
    }

    /** A browser's session: cookies, and the CSRF token the webapps hand out with the first page. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        final HttpCalls calls = new HttpCalls(port);

        HttpResponse<String> login(String username, String app) throws Exception {
            get("/camunda/app/" + app + "/" + ENGINE + "/");
            String csrf = cookies.getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();
            return http.send(HttpRequest.newBuilder(calls.uri("/camunda/api/admin/auth/user/" + ENGINE + "/login/" + app))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                            + "&password=" + URLEncoder.encode(IsolationFixture.PASSWORD, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(calls.uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }
}
