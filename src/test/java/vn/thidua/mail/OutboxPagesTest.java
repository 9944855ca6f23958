package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class OutboxPagesTest {

    // Not "admin": Camunda's password policy refuses a password containing the user id; ids are [a-zA-Z0-9]+.
    private static final String ADMIN = "quantrioutbox";
    private static final String ADMIN_PASSWORD = "Admin@12345";
    private static final String TEACHER = "gvleloioutbox";
    private static final String TEACHER_PASSWORD = "GiaoVien@2026";

    @Autowired
    WebApplicationContext context;
    @Autowired
    IdentityService identityService;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;

    MockMvc web;

    @BeforeEach
    void setUp() {
        jdbc.sql("delete from mail_outbox").update();
        // The same Spring Security filters as in the servlet container.
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        user(ADMIN, ADMIN_PASSWORD, "Quản trị", "Hệ thống");
        if (identityService.createGroupQuery().groupId(SignedInUser.ADMIN_GROUP).count() == 0) {
            Group admins = identityService.newGroup(SignedInUser.ADMIN_GROUP);
            admins.setName("camunda BPM Administrators");
            admins.setType("SYSTEM");
            identityService.saveGroup(admins);
        }
        if (identityService.createUserQuery().userId(ADMIN).memberOfGroup(SignedInUser.ADMIN_GROUP).count() == 0) {
            identityService.createMembership(ADMIN, SignedInUser.ADMIN_GROUP);
        }
        user(TEACHER, TEACHER_PASSWORD, "Thị Hoa", "Nguyễn");
    }

    private void user(String id, String password, String firstName, String lastName) {
        if (identityService.createUserQuery().userId(id).count() == 0) {
            User user = identityService.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setPassword(password);
            identityService.saveUser(user);
        }
    }

    private static String basic(String user, String password) {
        return HttpHeaders.encodeBasicAuth(user, password, StandardCharsets.UTF_8);
    }

    @Test
    void theOutboxPageIsForAdministratorsOnly() throws Exception {
        outbox.queue(TestMails.reminder("reminder:Q1-TH-LELOI:so-ket-1:3"));

        web.perform(get("/admin/outbox")).andExpect(status().isUnauthorized());
        // An unknown user: a wrong password would lock a real one out for a few seconds (Camunda's login delay).
        web.perform(get("/admin/outbox").header(HttpHeaders.AUTHORIZATION, "Basic " + basic("khongco", "Sai@12345")))
                .andExpect(status().isUnauthorized());
        web.perform(get("/admin/outbox").accept(MediaType.TEXT_HTML)
                        .header(HttpHeaders.AUTHORIZATION, "Basic " + basic(TEACHER, TEACHER_PASSWORD)))
                .andExpect(status().isForbidden());

        String page = web.perform(get("/admin/outbox").accept(MediaType.TEXT_HTML)
                        .header(HttpHeaders.AUTHORIZATION, "Basic " + basic(ADMIN, ADMIN_PASSWORD)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Hộp thư đi",
                "Nhắc hạn: Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027 (còn 3 ngày làm việc)",
                "Nguyễn Thị Hoa", "Chờ gửi", "/camunda/app/");
    }

    @Test
    void theDetailShowsTextAndSandboxedHtmlAndAFailedMailCanBeRetried() throws Exception {
        outbox.queue(TestMails.returned("returned:Q1-TH-LELOI:so-ket-1:1"));
        long id = jdbc.sql("select id from mail_outbox").query(Long.class).single();
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = 3, last_error = 'MailSendException: 421'")
                .update();
        String admin = "Basic " + basic(ADMIN, ADMIN_PASSWORD);

        String detail = web.perform(get("/admin/outbox/{id}", id).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(detail).contains("Trả hồ sơ: Sơ kết đợt 1 – Trường TH Lê Lợi", "Lỗi",
                "Lý do trả lại:\nThiếu biên bản họp Hội đồng thi đua.", "<iframe sandbox=\"\"",
                "srcdoc=\"&lt;!DOCTYPE html&gt;", "Gửi lại");

        web.perform(post("/admin/outbox/{id}/retry", id).header(HttpHeaders.AUTHORIZATION,
                        "Basic " + basic(TEACHER, TEACHER_PASSWORD)))
                .andExpect(status().isForbidden());
        web.perform(post("/admin/outbox/{id}/retry", id).param("back", "detail")
                        .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/outbox/" + id));
        assertThat(jdbc.sql("select status from mail_outbox").query(String.class).single()).isEqualTo("PENDING");

        web.perform(get("/admin/outbox/{id}", id + 1000).header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isNotFound());
    }

    @Test
    void automationReadsTheOutboxAsJson() throws Exception {
        outbox.queue(TestMails.overdue("overdue:Q1-TH-LELOI:so-ket-1:parent", "parent"));

        web.perform(get("/api/mail/outbox")).andExpect(status().isUnauthorized());
        web.perform(get("/api/mail/outbox").header(HttpHeaders.AUTHORIZATION,
                        "Basic " + basic(TEACHER, TEACHER_PASSWORD)))
                .andExpect(status().isForbidden());
        String admin = "Basic " + basic(ADMIN, ADMIN_PASSWORD);
        web.perform(get("/api/mail/outbox").param("status", "PENDING").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].dedupKey").value("overdue:Q1-TH-LELOI:so-ket-1:parent"))
                .andExpect(jsonPath("$[0].subject")
                        .value("Quá hạn: Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027"))
                .andExpect(jsonPath("$[0].status").value("PENDING"));
        web.perform(get("/api/mail/outbox").param("status", "SENT").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        web.perform(get("/api/mail/outbox").param("status", "DA_GUI").header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }
}
