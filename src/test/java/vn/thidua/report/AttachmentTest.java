package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * The minutes and reports a school attaches: its staff upload while the report is theirs, the school and the
 * levels above read them, other schools learn nothing, and a submitted report's files are frozen.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class AttachmentTest {

    static final String PASSWORD = "MatKhau@2026";

    @Autowired
    YearDriver year;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identityService;
    @Autowired
    ReportRepository reports;
    @Autowired
    AttachmentRepository attachments;

    long reportId;
    long campaignId;

    @BeforeEach
    void aSchoolIsPreparingItsReport() throws Exception {
        year.setClock(OffsetDateTime.parse("2026-10-01T08:00:00+07:00"));
        year.importOrg("scenario/two-level-units.csv", "scenario/two-level-users.csv");
        for (String user : List.of("sctlamsonstaff", "sctlamsonhead", "scthoabinhstaff", "scttinhstaff")) {
            var account = identityService.createUserQuery().userId(user).singleResult();
            account.setPassword(PASSWORD);
            identityService.saveUser(account);
        }
        campaignId = year.launch("scttinhstaff", "Phong trào tệp đính kèm " + System.nanoTime(), List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25))));
        year.runDueJobs();
        reportId = reports.find(campaignId, 1, "SCTLAMSON").orElseThrow().id();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void staffUploadTheLevelsAboveReadOtherSchoolsCannot() throws Exception {
        MockMultipartFile minutes = new MockMultipartFile("file", "Biên bản họp hội đồng.pdf", "application/pdf",
                "%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId).file(minutes).with(basic("sctlamsonstaff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].fileName").value("Biên bản họp hội đồng.pdf"));

        long attachmentId = reportsAttachment();
        mvc.perform(get("/api/reports/{r}/attachments/{a}", reportId, attachmentId).with(basic("scttinhstaff")))
                .andExpect(status().isOk())
                .andExpect(content().bytes("%PDF-1.4 biên bản".getBytes(StandardCharsets.UTF_8)));
        // The page names who uploaded the file as people know her, not by her account name.
        mvc.perform(get("/reports/{r}/attachments", reportId).with(basic("sctlamsonhead")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Biên bản họp hội đồng.pdf")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>Hoàng Văn Quý</td>")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(
                        "<td>sctlamsonstaff</td>"))));

        // Another school: neither the list nor the file, and no upload.
        mvc.perform(get("/api/reports/{r}/attachments", reportId).with(basic("scthoabinhstaff")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/reports/{r}/attachments/{a}", reportId, attachmentId).with(basic("scthoabinhstaff")))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId).file(minutes).with(basic("scthoabinhstaff")))
                .andExpect(status().isForbidden());
        // The head reads but does not change the staff's files.
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId).file(minutes).with(basic("sctlamsonhead")))
                .andExpect(status().isForbidden());
    }

    @Test
    void theTaskFormListsTheFilesAsSoonAsTheyAreUploadedOrDeleted() throws Exception {
        var prepare = year.task(campaignId, 1, "SCTLAMSON", UnitReportProcess.PREPARE_REPORT);
        assertThat(year.formVariables("sctlamsonstaff", prepare).get(FormFields.ATTACHMENT_NAMES)).isEqualTo("");

        year.setClock(OffsetDateTime.parse("2026-10-02T16:20:00+07:00"));
        byte[] pdf = new byte[3 * 1024];
        mvc.perform(multipart("/reports/{id}/attachments", reportId)
                        .file(new MockMultipartFile("file", "Biên bản họp_hội đồng.pdf", "application/pdf", pdf))
                        .with(basic("sctlamsonstaff")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId)
                        .file(new MockMultipartFile("file", "bao-cao.docx", "application/msword", new byte[1500]))
                        .with(basic("sctlamsonstaff")))
                .andExpect(status().isOk());

        // The open task, read again as Tasklist does when she returns to it: name, size, full name, Vietnam time.
        String listed = (String) year.formVariables("sctlamsonstaff", prepare).get(FormFields.ATTACHMENT_NAMES);
        assertThat(listed).isEqualTo("""


                - **Biên bản họp\\_hội đồng.pdf** – 3 KB – Hoàng Văn Quý, 02/10/2026 16:20
                - **bao-cao.docx** – 1 KB – Hoàng Văn Quý, 02/10/2026 16:20
                """);
        mvc.perform(get("/reports/{r}/attachments", reportId).with(basic("sctlamsonstaff")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Hoàng Văn Quý")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("#/?task=" + prepare.getId())));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .post("/reports/{r}/attachments/{a}/delete", reportId, reportsAttachment())
                        .with(basic("sctlamsonstaff")))
                .andExpect(status().is3xxRedirection());
        assertThat((String) year.formVariables("sctlamsonstaff", prepare).get(FormFields.ATTACHMENT_NAMES))
                .doesNotContain("Biên bản").contains("bao-cao.docx");
    }

    @Test
    void wrongFilesAreRefusedWithTheReasonAndNothingIsStored() throws Exception {
        MockMultipartFile exe = new MockMultipartFile("file", "baocao.exe", "application/octet-stream", new byte[] {1});
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId).file(exe).with(basic("sctlamsonstaff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("không thuộc loại được nhận")));
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId).with(basic("sctlamsonstaff")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Chưa chọn tệp nào để tải lên."));
        mvc.perform(get("/api/reports/{r}/attachments", reportId).with(basic("sctlamsonstaff")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void aSubmittedReportsFilesAreFrozen() throws Exception {
        year.submit("sctlamsonstaff", year.task(campaignId, 1, "SCTLAMSON", UnitReportProcess.PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường triển khai đầy đủ kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 40, FormFields.REGISTERED_COUNT, 38));
        // A single-phase campaign's report is its tổng kết: the council meets before the head signs.
        year.submit("sctlamsoncouncil", year.task(campaignId, 1, "SCTLAMSON", UnitReportProcess.COUNCIL_VOTE),
                Map.of(FormFields.COUNCIL_CONFIRMED, true));
        year.submit("sctlamsonhead", year.task(campaignId, 1, "SCTLAMSON", UnitReportProcess.APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, "approve"));
        MockMultipartFile late = new MockMultipartFile("file", "bosung.docx", "application/msword", new byte[] {1, 2});
        mvc.perform(multipart("/api/reports/{id}/attachments", reportId).file(late).with(basic("sctlamsonstaff")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Báo cáo đã nộp")));
        assertThat(reports.get(reportId).status()).isEqualTo(ReportStatus.SUBMITTED);
    }

    private long reportsAttachment() {
        return attachments.list(reportId).get(0).id();
    }

    private static RequestPostProcessor basic(String user) {
        return request -> {
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }
}
