package vn.thidua.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestAdmins;

/** An administrator declares a one-off day off (a storm) and deadlines on that day move to the next working day. */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class DayOffApiTest {

    static final String ADMIN = "quantrilich";
    static final String ADMIN_PASSWORD = "QuanTri@2026";
    static final String STAFF = "canbolich";
    static final String STAFF_PASSWORD = "CanBo@2026x";
    /** A Wednesday. */
    static final LocalDate STORM = LocalDate.of(2031, 3, 12);

    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    DeadlineCalendar calendar;

    @BeforeEach
    void users() {
        TestAdmins.ensure(identityService, authorizationService, ADMIN, ADMIN_PASSWORD);
        if (identityService.createUserQuery().userId(STAFF).count() == 0) {
            User user = identityService.newUser(STAFF);
            user.setPassword(STAFF_PASSWORD);
            identityService.saveUser(user);
        }
    }

    @Test
    void anAdministratorsDayOffMovesDeadlinesUntilRemoved() throws Exception {
        String storm = """
                {"day": "%s", "reason": "Bão số 3: học sinh và giáo viên nghỉ"}""".formatted(STORM);
        assertThat(calendar.closeOfDay(STORM)).isEqualTo("2031-03-12T17:00+07:00");

        mvc.perform(post("/api/calendar/days-off").contentType(MediaType.APPLICATION_JSON).content(storm))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/calendar/days-off").with(basic(STAFF, STAFF_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(storm))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Chỉ quản trị viên mới được thực hiện thao tác này."));
        mvc.perform(post("/api/calendar/days-off").with(basic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"day": "12/03/2031", "reason": " "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Chưa thể thêm ngày nghỉ: có 2 lỗi cần sửa."))
                .andExpect(jsonPath("$.errors[0].field").value("day"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Ngày nghỉ không đúng dạng ngày (yyyy-MM-dd): 12/03/2031."))
                .andExpect(jsonPath("$.errors[1].message").value("Chưa nhập lý do nghỉ."));

        mvc.perform(post("/api/calendar/days-off").with(basic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(storm))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.day").value("2031-03-12"))
                .andExpect(jsonPath("$.createdBy").value(ADMIN));
        DeadlineCalendar.Due due = calendar.dueOn(STORM);
        assertThat(due.deadline()).isEqualTo("2031-03-13T17:00+07:00");
        assertThat(due.label()).isEqualTo(
                "17:00 ngày 13/03/2031 (ngày 12/03/2031 là ngày nghỉ, hạn chuyển sang ngày làm việc kế tiếp)");

        mvc.perform(get("/api/calendar/days-off").with(basic(STAFF, STAFF_PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.day == '2031-03-12')].reason")
                        .value("Bão số 3: học sinh và giáo viên nghỉ"));
        mvc.perform(post("/api/calendar/days-off").with(basic(ADMIN, ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content(storm))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ngày 12/03/2031 đã có trong danh sách ngày nghỉ."));

        mvc.perform(delete("/api/calendar/days-off/2031-03-12").with(basic(STAFF, STAFF_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/calendar/days-off/2031-03-12").with(basic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNoContent());
        assertThat(calendar.closeOfDay(STORM)).isEqualTo("2031-03-12T17:00+07:00");
        mvc.perform(delete("/api/calendar/days-off/2031-03-12").with(basic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isNotFound());
    }

    private static RequestPostProcessor basic(String user, String password) {
        return request -> {
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }
}
