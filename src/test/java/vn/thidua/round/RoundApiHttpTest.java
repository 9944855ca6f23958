package vn.thidua.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.security.IsolationFixture;
import vn.thidua.support.HttpCalls;
import vn.thidua.support.PostgresHttpTest;

/**
 * The JSON API and pages of schedules and ad-hoc requests over real HTTP: bad input is a 400 problem detail in
 * Vietnamese listing every error and saves nothing; a schedule is paused, resumed and ended; a template goes up
 * with its request and comes down for the school asked.
 */
@PostgresHttpTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoundApiHttpTest {

    static final String DISTRICT = "ktanphustaff";
    static final String PASSWORD = IsolationFixture.PASSWORD;
    static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    IsolationFixture fixture;
    @Autowired
    RoundRepository rounds;

    HttpCalls http;

    @BeforeAll
    void tree() throws Exception {
        fixture.state();
        http = new HttpCalls(port);
    }

    @Test
    void badScheduleIs400WithEveryErrorInVietnameseAndNothingSaved() throws Exception {
        int before = rounds.schedules().size();
        HttpResponse<String> bad = http.postJson("/api/report-schedules", DISTRICT, PASSWORD, """
                {"name": "", "items": [{"title": "Báo cáo 6 tháng", "dueOn": "31/06", "openDaysBefore": 0,
                  "receivers": "CO_QUAN_KHAC"}]}""");
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        JsonNode problem = JSON.readTree(bad.body());
        assertThat(problem.get("detail").asText()).contains("Chưa lưu được: có 4 lỗi.");
        assertThat(problem.get("errors").findValuesAsText("field"))
                .containsExactly("name", "items[0].dueOn", "items[0].openDaysBefore", "items[0].receivers");
        assertThat(problem.get("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("tháng 6 có 30 ngày"));

        HttpResponse<String> notANumber = http.postJson("/api/report-schedules", DISTRICT, PASSWORD, """
                {"name": "Lịch", "items": [{"title": "Báo cáo", "dueOn": "15/06", "openDaysBefore": "mười"}]}""");
        assertThat(notANumber.statusCode()).as(notANumber.body()).isEqualTo(400);
        assertThat(JSON.readTree(notANumber.body()).get("detail").asText()).doesNotContain("Exception");
        assertThat(rounds.schedules()).hasSize(before);
    }

    @Test
    void scheduleIsPausedResumedAndEndedThroughTheApi() throws Exception {
        HttpResponse<String> created = http.postJson("/api/report-schedules", DISTRICT, PASSWORD, """
                {"name": "Lịch báo cáo thử qua API", "rootUnitCode": "KTQA", "items": [
                  {"title": "Báo cáo 6 tháng", "dueOn": "15/06", "openDaysBefore": 15},
                  {"title": "Báo cáo năm", "dueOn": "15/12", "openDaysBefore": 15, "receivers": "PARENT_AND_OTHERS",
                   "askCounts": false, "instructions": "Tổng kết năm."}]}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode schedule = JSON.readTree(created.body());
        long id = schedule.get("id").asLong();
        assertThat(schedule.get("statusLabel").asText()).isEqualTo("Đang chạy");
        assertThat(schedule.get("items").get(1).get("receiversLabel").asText())
                .isEqualTo("Đơn vị cấp trên và các cơ quan nhận khác");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/report-schedules/" + id);

        String base = "/api/report-schedules/" + id;
        assertThat(status(http.post(base + "/pause", DISTRICT, PASSWORD, "application/json", ""))).isEqualTo("PAUSED");
        HttpResponse<String> again = http.post(base + "/pause", DISTRICT, PASSWORD, "application/json", "");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(again.body()).get("detail").asText()).contains("không đang chạy");
        assertThat(status(http.post(base + "/resume", DISTRICT, PASSWORD, "application/json", "")))
                .isEqualTo("ACTIVE");
        assertThat(status(http.post(base + "/end", DISTRICT, PASSWORD, "application/json", ""))).isEqualTo("ENDED");
        assertThat(http.post(base + "/end", DISTRICT, PASSWORD, "application/json", "").statusCode()).isEqualTo(400);

        HttpResponse<String> page = http.get("/report-schedules/" + id, DISTRICT, PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lịch báo cáo thử qua API", "Đã kết thúc", "15/12");
    }

    @Test
    void adHocRequestWithTemplateGoesUpAndDownAndBadOnesAre400() throws Exception {
        String due = LocalDate.now().plusDays(30).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        int before = rounds.adHocRequests().size();
        HttpResponse<String> bad = http.post("/api/adhoc-reports", DISTRICT, PASSWORD,
                "multipart/form-data; boundary=RANH", multipart("""
                        {"topic": "Báo cáo đột xuất", "rootUnitCode": "KTQA", "dueOn": "%s",
                         "unitCodes": ["KTQBSEN"]}""".formatted(due), "chuong-trinh.exe"));
        assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
        assertThat(JSON.readTree(bad.body()).get("errors").findValuesAsText("message"))
                .anySatisfy(m -> assertThat(m).contains("không phải đơn vị trực thuộc"))
                .anySatisfy(m -> assertThat(m).contains("chỉ nhận tệp"));
        assertThat(rounds.adHocRequests()).hasSize(before);

        HttpResponse<String> created = http.post("/api/adhoc-reports", DISTRICT, PASSWORD,
                "multipart/form-data; boundary=RANH", multipart("""
                        {"topic": "Báo cáo đột xuất về sĩ số học sinh", "rootUnitCode": "KTQA", "dueOn": "%s",
                         "unitCodes": ["KTQACUC"]}""".formatted(due), "mau-si-so.xlsx"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode request = JSON.readTree(created.body());
        assertThat(request.get("units").findValuesAsText("name")).containsExactly("Trường Tiểu học Hoa Cúc");
        assertThat(request.get("templateName").asText()).isEqualTo("mau-si-so.xlsx");
        String template = request.get("templateUrl").asText();
        HttpResponse<String> download = http.get("/api" + template, "ktcucstaff", PASSWORD);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo("Nội dung mẫu");
        assertThat(http.get(template, "kthongstaff", PASSWORD).statusCode()).isIn(403, 404);

        HttpResponse<String> page = http.get("/adhoc-reports", DISTRICT, PASSWORD);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Báo cáo đột xuất về sĩ số học sinh", "Trường Tiểu học Hoa Hồng");
    }

    private static String status(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("status").asText();
    }

    private static String multipart(String json, String fileName) {
        return "--RANH\r\nContent-Disposition: form-data; name=\"request\"\r\nContent-Type: application/json\r\n\r\n"
                + json + "\r\n--RANH\r\nContent-Disposition: form-data; name=\"template\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\nNội dung mẫu\r\n--RANH--\r\n";
    }
}
