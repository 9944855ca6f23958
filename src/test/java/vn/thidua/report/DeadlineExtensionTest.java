package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import jakarta.mail.internet.MimeMessage;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.TwoLevelTree;
import vn.thidua.support.YearDriver;

/**
 * The province's staff extend one school's deadline (gia hạn): every timer of that school moves with it, the old ones
 * never fire, the task's due date follows and the extension stays in history. Only the parent's staff may do it, with
 * a later date and a reason. A storm day declared later on a school's deadline moves it the same way.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class DeadlineExtensionTest {

    static final String PASSWORD = "GiaHan@2026x";
    static final String ADMIN = "quantrigiahan";
    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2027-02-22T08:00:00+07:00");
    /** Province deadline Monday 22/03/2027; its schools report 5 working days earlier: Monday 15/03, 17:00. */
    static final OffsetDateTime SCHOOL_DEADLINE = OffsetDateTime.parse("2027-03-15T17:00:00+07:00");
    static final OffsetDateTime EXTENDED = OffsetDateTime.parse("2027-03-22T17:00:00+07:00");

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();
    @RegisterExtension
    @Order(2)
    static final TwoLevelTree tree = new TwoLevelTree(LAUNCH, smtp);

    @Autowired
    YearDriver year;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ReportRepository reports;

    long campaignId;
    String campaignName;

    @BeforeEach
    void launch() throws Exception {
        for (String user : List.of("scttinhstaff", "sctlamsonstaff", "scthoabinhstaff")) {
            User account = identityService.createUserQuery().userId(user).singleResult();
            account.setPassword(PASSWORD);
            identityService.saveUser(account);
        }
        TestAdmins.ensure(identityService, authorizationService, ADMIN, PASSWORD);
        campaignName = "Phong trào gia hạn " + System.nanoTime();
        campaignId = year.launch("scttinhstaff", campaignName, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2027, 2, 22), LocalDate.of(2027, 3, 12), LocalDate.of(2027, 3, 22)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 20), LocalDate.of(2027, 6, 30))));
        year.runDueJobs();
    }

    @Test
    void anExtensionMovesEveryTimerOfThatSchoolAndItsTaskDueDate() throws Exception {
        Report lamSon = report("SCTLAMSON");
        assertThat(lamSon.deadline()).isEqualTo(SCHOOL_DEADLINE);
        assertThat(reminderTimers(lamSon)).containsExactly("2027-03-08T17:00+07:00", "2027-03-11T17:00+07:00",
                "2027-03-12T17:00+07:00", "2027-03-15T07:30+07:00");

        year.setClock(OffsetDateTime.parse("2027-03-02T09:00:00+07:00"));
        mvc.perform(post("/api/reports/{id}/deadline-extensions", lamSon.id()).with(basic("scttinhstaff"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newDeadline": "2027-03-22", "reason": "Trường tổ chức hội thi giáo viên dạy giỏi cấp tỉnh"}"""))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.newDeadline").value("2027-03-22T17:00:00+07:00"))
                .andExpect(jsonPath("$.extendedBy").value("scttinhstaff"));

        assertThat(report("SCTLAMSON").deadline()).isEqualTo(EXTENDED);
        assertThat(year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT).getDueDate().toInstant())
                .isEqualTo(EXTENDED.toInstant());
        assertThat(year.task(campaignId, 1, "SCTHOABINH", PREPARE_REPORT).getDueDate().toInstant())
                .as("the other schools keep theirs").isEqualTo(SCHOOL_DEADLINE.toInstant());
        assertThat(reminderTimers(lamSon)).containsExactly("2027-03-15T17:00+07:00", "2027-03-18T17:00+07:00",
                "2027-03-19T17:00+07:00", "2027-03-22T07:30+07:00");
        mvc.perform(get("/api/reports/{id}/deadline-extensions", lamSon.id()).with(basic("sctlamsonstaff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.deadlineLabel").value("17:00 ngày 22/03/2027"))
                .andExpect(jsonPath("$.canExtend").value(false))
                .andExpect(jsonPath("$.extensions[0].oldDeadline").value("2027-03-15T17:00:00+07:00"))
                .andExpect(jsonPath("$.extensions[0].reason").value("Trường tổ chức hội thi giáo viên dạy giỏi cấp tỉnh"));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("Gia hạn:").contains("17:00 ngày 22/03/2027");
            assertThat(TestMailbox.plainText(m)).contains("Lý do: Trường tổ chức hội thi giáo viên dạy giỏi cấp tỉnh",
                    "Hạn cũ: 17:00 ngày 15/03/2027", "Mở công việc: ");
        });
        // "Mở công việc" opens the school's task in Tasklist, before signing in too (Tasklist's sign-in keeps it).
        String link = TestMailbox.openTaskLink(TestMailbox.plainText(mailsTo("sctlamsonstaff").get(0)));
        Task open = year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT);
        assertThat(link).endsWith("/task-links/" + open.getProcessInstanceId());
        mvc.perform(get(java.net.URI.create(link).getPath()))
                .andExpect(status().isFound())
                .andExpect(header().string("Location",
                        "/camunda/app/tasklist/" + engine.getName() + "/#/?task=" + open.getId()));

        // The old reminders never fire.
        for (String at : List.of("2027-03-08T17:01", "2027-03-11T17:01", "2027-03-12T17:01", "2027-03-15T07:31")) {
            year.setClock(OffsetDateTime.parse(at + ":00+07:00"));
            tree.run();
        }
        assertThat(subjects("sctlamsonstaff")).as("only the extension so far").singleElement()
                .satisfies(s -> assertThat(s).startsWith("Gia hạn:"));

        // At the old deadline: the new 5-working-days reminder, and no overdue notice.
        year.setClock(OffsetDateTime.parse("2027-03-15T17:02:00+07:00"));
        tree.run();
        assertThat(subjects("sctlamsonstaff")).filteredOn(s -> s.startsWith("Nhắc hạn:")).singleElement()
                .satisfies(s -> assertThat(s).contains("còn 5 ngày làm việc"));
        assertThat(mailsTo("sctlamsonhead")).as("no overdue at the old deadline")
                .noneMatch(m -> TestMailbox.subject(m).startsWith("Quá hạn:"));
        assertThat(mailsTo("scthoabinhhead")).as("Hòa Bình was not extended")
                .anyMatch(m -> TestMailbox.subject(m).startsWith("Quá hạn:"));

        // The watch's reminder timer moves on to each new reminder in turn.
        for (String at : List.of("2027-03-18T17:01", "2027-03-19T17:01", "2027-03-22T07:31")) {
            year.setClock(OffsetDateTime.parse(at + ":00+07:00"));
            tree.run();
        }
        year.setClock(EXTENDED.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonhead")).anyMatch(m -> TestMailbox.subject(m).startsWith("Quá hạn:"));
        assertThat(subjects("sctlamsonstaff")).filteredOn(s -> s.startsWith("Nhắc hạn:")).hasSize(4);
    }

    @Test
    void aSchoolLateEvenForTheParentsHeadGetsAFreshWatchWhenExtended() throws Exception {
        Report lamSon = report("SCTLAMSON");
        // Overdue at 15/03 17:00; 3 working days later (18/03) the province's head is told; the watch is over.
        year.setClock(OffsetDateTime.parse("2027-03-18T17:01:00+07:00"));
        tree.run();
        assertThat(subjects("scttinhhead")).filteredOn(s -> s.contains("Lam Sơn")).singleElement()
                .satisfies(s -> assertThat(s).startsWith("Chưa nộp sau hạn 3 ngày làm việc:"));
        assertThat(reminderTimers(lamSon)).isEmpty();

        year.setClock(OffsetDateTime.parse("2027-03-19T09:00:00+07:00"));
        mvc.perform(post("/api/reports/{id}/deadline-extensions", lamSon.id()).with(basic("scttinhstaff"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newDeadline": "2027-03-26T11:00", "reason": "Hiệu trưởng đi công tác, chưa ký được"}"""))
                .andExpect(status().isCreated());
        assertThat(reminderTimers(lamSon)).as("the watch starts again from the new deadline")
                .containsExactly("2027-03-19T11:00+07:00", "2027-03-24T11:00+07:00", "2027-03-25T11:00+07:00",
                        "2027-03-26T07:30+07:00");
        assertThat(year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT).getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-03-26T11:00:00+07:00").toInstant());

        // Late again: the unit's head and, 3 working days on (31/03), the province's head hear of it again.
        year.setClock(OffsetDateTime.parse("2027-03-26T11:01:00+07:00"));
        tree.run();
        assertThat(mailsTo("sctlamsonhead")).filteredOn(m -> TestMailbox.subject(m).startsWith("Quá hạn:")).hasSize(2);
        year.setClock(OffsetDateTime.parse("2027-03-31T11:01:00+07:00"));
        tree.run();
        assertThat(subjects("scttinhhead")).filteredOn(s -> s.contains("Lam Sơn")).hasSize(2);
    }

    @Test
    void onlyTheParentsStaffExtendAndOnlyToALaterDateWithAReason() throws Exception {
        Report lamSon = report("SCTLAMSON");
        mvc.perform(post("/api/reports/{id}/deadline-extensions", lamSon.id()).with(basic("sctlamsonstaff"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newDeadline": "2027-03-22", "reason": "Xin thêm thời gian"}"""))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(
                        "Chỉ cán bộ phụ trách của Sở Giáo dục và Đào tạo Tỉnh Thử nghiệm mới được gia hạn báo cáo này."));
        mvc.perform(post("/api/reports/{id}/deadline-extensions", lamSon.id()).with(basic("scthoabinhstaff"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newDeadline": "2027-03-22", "reason": "Xin thêm thời gian"}"""))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/reports/{id}/deadline-extensions", lamSon.id()).with(basic("scttinhstaff"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newDeadline": "2027-03-13", "reason": " "}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Chưa thể gia hạn: có 2 lỗi cần sửa."))
                .andExpect(jsonPath("$.errors[0].field").value("newDeadline"))
                .andExpect(jsonPath("$.errors[0].message").value("Hạn mới (17:00 ngày 15/03/2027 (ngày 13/03/2027 là "
                        + "ngày nghỉ, hạn chuyển sang ngày làm việc kế tiếp)) phải sau hạn hiện tại (17:00 ngày 15/03/2027)."))
                .andExpect(jsonPath("$.errors[1].message").value("Chưa nhập lý do gia hạn."));
        mvc.perform(post("/api/reports/{id}/deadline-extensions", lamSon.id()).with(basic("scttinhstaff"))
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"newDeadline": "22/03/2027", "reason": "Bão"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Hạn mới không đúng dạng ngày (yyyy-MM-dd, hoặc "
                        + "yyyy-MM-ddTHH:mm khi cần giờ): 22/03/2027."));
        assertThat(report("SCTLAMSON").deadline()).isEqualTo(SCHOOL_DEADLINE);
        assertThat(reminderTimers(lamSon)).hasSize(4).first().isEqualTo("2027-03-08T17:00+07:00");

        // The page: the school reads, the province extends to a Saturday with an hour, which moves to Monday.
        mvc.perform(get("/reports/{id}/deadline", lamSon.id()).with(basic("sctlamsonstaff")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Chỉ cán bộ phụ trách của đơn vị cấp trên")));
        mvc.perform(get("/reports/{id}/deadline", lamSon.id()).with(basic("scttinhstaff")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Gia hạn nộp báo cáo")));
        // A day typed day first that does not exist is refused with the page's words, and nothing moves.
        mvc.perform(post("/reports/{id}/deadline", lamSon.id()).with(basic("scttinhstaff"))
                        .param("newDay", "31/02/2027").param("newTime", "11:00")
                        .param("reason", "Đoàn kiểm tra của Bộ làm việc tại trường"))
                .andExpect(redirectedUrl("/reports/" + lamSon.id() + "/deadline"))
                .andExpect(flash().attribute("errors", java.util.List.of(
                        "Hạn mới: \"31/02/2027\" không phải ngày có thật: tháng 2 năm 2027 có 28 ngày.")))
                .andExpect(flash().attribute("newDay", "31/02/2027"));
        assertThat(report("SCTLAMSON").deadline()).isEqualTo(SCHOOL_DEADLINE);
        mvc.perform(post("/reports/{id}/deadline", lamSon.id()).with(basic("scttinhstaff"))
                        .param("newDay", "20/03/2027").param("newTime", "11:00")
                        .param("reason", "Đoàn kiểm tra của Bộ làm việc tại trường"))
                .andExpect(redirectedUrl("/reports/" + lamSon.id() + "/deadline"))
                .andExpect(flash().attribute("message", "Đã gia hạn đến 11:00 ngày 22/03/2027 (ngày 20/03/2027 là ngày "
                        + "nghỉ, hạn chuyển sang ngày làm việc kế tiếp). Các mốc nhắc hạn được tính lại theo hạn mới."));
        assertThat(report("SCTLAMSON").deadline()).isEqualTo("2027-03-22T11:00+07:00");
        // The history names who extended by full name, not by account name.
        mvc.perform(get("/reports/{id}/deadline", lamSon.id()).with(basic("sctlamsonstaff")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>Nguyễn Văn Tâm</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "<td>scttinhstaff</td>"))));
        assertThat(year.formVariables("sctlamsonstaff", year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT)))
                .as("the form shows the new deadline and why it moved")
                .containsEntry(UnitReportProcess.FormFields.DEADLINE_LABEL, "Hạn nộp: 11:00 ngày 22/03/2027 (ngày "
                        + "20/03/2027 là ngày nghỉ, hạn chuyển sang ngày làm việc kế tiếp)");
    }

    @Test
    void aDayOffDeclaredOnTheDeadlineMovesTheOpenReportsOnly() throws Exception {
        // Hòa Bình has already been told 5 working days before; Quang Trung submits in time.
        year.setClock(OffsetDateTime.parse("2027-03-09T09:00:00+07:00"));
        tree.run();
        year.submit("sctquangtrungstaff", year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT), Map.of(
                UnitReportProcess.FormFields.SUMMARY, "Nhà trường hoàn thành kế hoạch thi đua học kỳ II.",
                UnitReportProcess.FormFields.STAFF_COUNT, 70, UnitReportProcess.FormFields.REGISTERED_COUNT, 66));
        year.submit("sctquangtrunghead", year.task(campaignId, 1, "SCTQUANGTRUNG", UnitReportProcess.APPROVE_REPORT),
                Map.of(UnitReportProcess.Vars.HEAD_DECISION, "approve"));
        try {
            mvc.perform(post("/api/calendar/days-off").with(basic(ADMIN)).contentType(MediaType.APPLICATION_JSON)
                            .content("""
                                    {"day": "2027-03-15", "reason": "Bão số 2: học sinh và giáo viên nghỉ"}"""))
                    .andExpect(status().isCreated());

            Report hoaBinh = report("SCTHOABINH");
            assertThat(hoaBinh.deadline()).isEqualTo("2027-03-16T17:00+07:00");
            assertThat(year.task(campaignId, 1, "SCTHOABINH", PREPARE_REPORT).getDueDate().toInstant())
                    .isEqualTo(OffsetDateTime.parse("2027-03-16T17:00+07:00").toInstant());
            assertThat(report("SCTQUANGTRUNG").deadline()).as("submitted: not moved").isEqualTo(SCHOOL_DEADLINE);
            mvc.perform(get("/api/reports/{id}/deadline-extensions", hoaBinh.id()).with(basic("scttinhstaff")))
                    .andExpect(jsonPath("$.extensions[0].reason")
                            .value("Ngày nghỉ đột xuất 15/03/2027: Bão số 2: học sinh và giáo viên nghỉ"))
                    .andExpect(jsonPath("$.extensions[0].extendedBy").value(ADMIN));
            // Reminders counted again around the day off: 2 and 1 working days before 16/03, and its morning
            // (5 working days before is 08/03, already past).
            assertThat(reminderTimers(hoaBinh)).containsExactly("2027-03-11T17:00+07:00", "2027-03-12T17:00+07:00",
                    "2027-03-16T07:30+07:00");

            year.setClock(SCHOOL_DEADLINE.plusMinutes(1));
            tree.run();
            assertThat(mailsTo("scthoabinhhead")).as("not overdue on the day off")
                    .noneMatch(m -> TestMailbox.subject(m).startsWith("Quá hạn:"));
            year.setClock(OffsetDateTime.parse("2027-03-16T17:01:00+07:00"));
            tree.run();
            assertThat(mailsTo("scthoabinhhead")).anyMatch(m -> TestMailbox.subject(m).startsWith("Quá hạn:"));
        } finally {
            mvc.perform(delete("/api/calendar/days-off/2027-03-15").with(basic(ADMIN)));
        }
    }

    private Report report(String unitCode) {
        return reports.find(campaignId, 1, unitCode).orElseThrow();
    }

    /**
     * The report's reminders still to come, as ISO-8601 in Vietnam time: the due date of its one pending reminder
     * timer, then the reminder times after it (the timer moves on to each in turn).
     */
    private List<String> reminderTimers(Report report) {
        List<Job> timers = managementService.createJobQuery().processInstanceId(report.processInstanceId())
                .activityId(UnitReportProcess.TIMER_REMINDER).list();
        if (timers.isEmpty()) {
            return List.of();
        }
        assertThat(timers).as("one reminder timer at a time").hasSize(1);
        OffsetDateTime next = OffsetDateTime.ofInstant(timers.get(0).getDuedate().toInstant(),
                vn.thidua.deadline.EngineClock.ZONE);
        List<String> times = List.of(((String) runtimeService.getVariable(report.processInstanceId(),
                UnitReportProcess.Vars.REMINDER_TIMES)).split(" "));
        List<String> comingUp = new java.util.ArrayList<>(List.of(next.toString()));
        times.stream().map(OffsetDateTime::parse).filter(at -> at.isAfter(next))
                .map(at -> at.atZoneSameInstant(vn.thidua.deadline.EngineClock.ZONE).toOffsetDateTime().toString())
                .forEach(comingUp::add);
        return comingUp;
    }

    private static RequestPostProcessor basic(String user) {
        return request -> {
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }

    private List<String> subjects(String username) {
        return mailsTo(username).stream().map(TestMailbox::subject).toList();
    }

    /** Mails of this test's campaign to the user (other tests run campaigns on the same tree). */
    private List<MimeMessage> mailsTo(String username) {
        return smtp.to(campaignName, username);
    }
}
