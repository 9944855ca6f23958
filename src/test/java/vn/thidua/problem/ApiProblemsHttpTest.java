package vn.thidua.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;
import vn.thidua.support.TestAdmins;

/**
 * Whatever is wrong with a request to our API, over real HTTP, the answer is our problem detail with a Vietnamese
 * detail: a request Spring refuses before our code runs (no body, malformed JSON, a wrong type, a wrong method or
 * content type) and a path that has no endpoint, which ends in Spring's /error.
 */
@PostgresHttpTest
class ApiProblemsHttpTest {

    static final String ADMIN = "quantriloi";
    static final String PASSWORD = "QuanTri@2026";

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    final ObjectMapper json = new ObjectMapper();
    HttpCalls http;

    @BeforeEach
    void admin() {
        TestAdmins.ensure(identityService, authorizationService, ADMIN, PASSWORD);
        http = new HttpCalls(port);
    }

    @Test
    void anEmptyUnitsFile() throws Exception {
        JsonNode problem = problem(http.post("/api/org/units", ADMIN, PASSWORD, "text/csv", ""), 400);
        assertThat(problem.path("detail").asText())
                .isEqualTo("Yêu cầu không có nội dung: tệp hoặc dữ liệu gửi lên đang trống.");
    }

    @Test
    void malformedJsonOnALaunch() throws Exception {
        JsonNode problem = problem(http.postJson("/api/campaigns", ADMIN, PASSWORD, "{\"name\": \"Phong trào"), 400);
        assertThat(problem.path("detail").asText()).startsWith("Nội dung gửi lên không phải JSON hợp lệ (dòng 1, cột ");
    }

    @Test
    void aWrongTypeOnALaunchNamesTheField() throws Exception {
        JsonNode problem = problem(http.postJson("/api/campaigns", ADMIN, PASSWORD,
                "{\"name\": \"Phong trào thi đua\", \"schoolYear\": \"2026-2027\", \"leadDays\": \"ba\"}"), 400);
        assertThat(problem.path("detail").asText())
                .isEqualTo("Trường \"leadDays\" có giá trị không đúng kiểu: cần một số nguyên.");
        assertThat(problem.path("errors").get(0).path("field").asText()).isEqualTo("leadDays");

        JsonNode phases = problem(http.postJson("/api/campaigns", ADMIN, PASSWORD,
                "{\"name\": \"Phong trào thi đua\", \"phases\": {\"name\": \"Đợt 1\"}}"), 400);
        assertThat(phases.path("detail").asText()).isEqualTo("Trường \"phases\" có giá trị không đúng kiểu: cần "
                + "một danh sách […].");
    }

    @Test
    void aWrongTypeInThePath() throws Exception {
        JsonNode problem = problem(http.get("/api/dossiers/abc", ADMIN, PASSWORD), 400);
        assertThat(problem.path("detail").asText())
                .isEqualTo("Tham số \"reportId\" có giá trị không đúng kiểu: \"abc\", cần một số nguyên.");
    }

    @Test
    void aWrongMethodOrContentType() throws Exception {
        JsonNode method = problem(http.delete("/api/campaigns", ADMIN, PASSWORD), 405);
        assertThat(method.path("detail").asText()).startsWith("Địa chỉ này không nhận phương thức DELETE");
        JsonNode media = problem(http.postJson("/api/org/units", ADMIN, PASSWORD, "{}"), 415);
        assertThat(media.path("detail").asText()).startsWith("Định dạng nội dung \"application/json\" không được "
                + "hỗ trợ ở địa chỉ này; dùng text/csv");
    }

    @Test
    void aPathWithNoEndpointEndsInSpringsErrorPageStillInVietnamese() throws Exception {
        JsonNode missing = problem(http.get("/api/khong-co-dia-chi-nay", ADMIN, PASSWORD), 404);
        assertThat(missing.path("detail").asText()).isEqualTo("Không tìm thấy địa chỉ hoặc dữ liệu được yêu cầu.");
        assertThat(missing.path("title").asText()).isEqualTo("Không tìm thấy");
    }

    private JsonNode problem(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Bad Request", "Not Found", "Method Not Allowed",
                "Unsupported Media Type", "\"error\"", "Required request body");
        JsonNode body = json.readTree(response.body());
        assertThat(body.path("status").asInt()).isEqualTo(status);
        return body;
    }
}
