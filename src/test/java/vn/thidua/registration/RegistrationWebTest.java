package vn.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.ReportKind;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.org.Unit;
import vn.thidua.registration.Registration.Person;
import vn.thidua.registration.Registration.PublishedTarget;
import vn.thidua.registration.Registration.Target;
import vn.thidua.registration.Registration.Work;
import vn.thidua.report.Report;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.TitleRule;
import vn.thidua.rules.VoteDenominator;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;

/**
 * The registration page, roll-up and API over a mocked service: what the page shows, what a refused list shows back,
 * the downloads and the problem details. Who is signed in is the mocked {@link CurrentUser}.
 */
@WebMvcTest(controllers = RegistrationController.class)
@AutoConfigureMockMvc(addFilters = false)
class RegistrationWebTest {

    static final long REPORT = 57;
    static final SignedInUser STAFF = new SignedInUser("leloicanbo", List.of("Q1THLELOI", "Q1THLELOIstaff"));
    static final Unit LE_LOI = new Unit("Q1THLELOI", "Trường TH Lê Lợi", "truong", "Q1", "leloi@example.vn");
    static final Campaign CAMPAIGN = new Campaign(3, "Phong trào thi đua năm học 2026-2027", "2026-2027", "HCM",
            null, "socanbo", OffsetDateTime.parse("2026-09-05T08:00:00+07:00"), "pi-1", Campaign.STATUS_RUNNING,
            new vn.thidua.rules.RuleSetRef("giao-duc-2025", 1));
    static final Report REGISTRATION = new Report(REPORT, 3, 0, "Q1THLELOI", "Q1", ReportKind.REGISTRATION,
            ReportStatus.DRAFT, OffsetDateTime.parse("2026-09-30T17:00:00+07:00"), null, null, null, null, null, 0,
            null, null, "pi-57");
    static final List<TitleRule> TITLES = List.of(
            new TitleRule("LDTT", "Lao động tiên tiến", NomineeKind.PERSON, 0.6667, 0.7, VoteDenominator.PRESENT,
                    false, 1),
            new TitleRule("TTLDTT", "Tập thể lao động tiên tiến", NomineeKind.COLLECTIVE, 0.6667, 0.7,
                    VoteDenominator.PRESENT, false, 2),
            new TitleRule("CSTDCS", "Chiến sĩ thi đua cơ sở", NomineeKind.PERSON, 0.6667, 0.7,
                    VoteDenominator.PRESENT, false, 3));
    static final PublishedTarget MANDATORY = new PublishedTarget(7, "Q1", "Tỷ lệ giáo viên đạt chuẩn trình độ", "%",
            new BigDecimal("100"));

    @Autowired
    MockMvc web;
    @MockitoBean
    RegistrationService registrations;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    vn.thidua.org.OrgDirectory org;
    @MockitoBean
    vn.thidua.report.AttachmentService attachments;

    RegistrationService.View view;

    @BeforeEach
    void setUp() {
        when(currentUser.get()).thenReturn(STAFF);
        Registration registration = new Registration(3, "Q1THLELOI", "TTLDTT",
                List.of(new Target(7L, MANDATORY.name(), "%", new BigDecimal("100.00"), null),
                        new Target(null, "Số sáng kiến cấp cơ sở", "sáng kiến", new BigDecimal("3.00"), null)),
                List.of(new Person("Nguyễn Thị Hoa", LocalDate.of(1985, 3, 12), "Giáo viên", "CSTDCS",
                        "Q1THLELOI:nguyen thi hoa:1985-03-12")),
                List.of(new Work("Chuyên đề đọc hiểu lớp 4", "Tổ 4", LocalDate.of(2026, 12, 15))));
        view = new RegistrationService.View(REGISTRATION, LE_LOI, CAMPAIGN, registration, TITLES, List.of(MANDATORY),
                List.of(), true, false, false);
        when(registrations.view(STAFF, REPORT)).thenReturn(view);
    }

    @Test
    void thePageShowsTheRegistrationWithTheParentsTargetFixed() throws Exception {
        String page = web.perform(get("/registrations/57")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đăng ký thi đua – <span>Trường TH Lê Lợi</span>", "Chưa gửi",
                "Tỷ lệ giáo viên đạt chuẩn trình độ</span> <em class=\"muted\">(cấp trên giao)</em>",
                "value=\"Số sáng kiến cấp cơ sở\"", "value=\"3\"", "value=\"Nguyễn Thị Hoa\"", "value=\"12/03/1985\"",
                "value=\"15/12/2026\"", "/registrations/57/template.xlsx");
        assertThat(page).containsPattern("<option value=\"TTLDTT\" selected=\"selected\">Tập thể lao động tiên tiến");
        assertThat(page).containsPattern("<option value=\"CSTDCS\" selected=\"selected\">Chiến sĩ thi đua cơ sở");
    }

    @Test
    void aRefusedListComesBackWithEveryProblemAndWhatWasTyped() throws Exception {
        when(registrations.savePeople(eq(STAFF), eq(REPORT), any())).thenAnswer(call -> {
            RegistrationChecker.people(call.getArgument(2), "Q1THLELOI", TITLES);
            return view;
        });
        MvcResult result = web.perform(post("/registrations/57/people").param("pName1", "Lê Văn An")
                        .param("pBirth1", "31/02/1980").param("pPosition1", "Giáo viên").param("pTitle1", "LDTT")
                        .param("pName2", "").param("pBirth2", "").param("pPosition2", "").param("pTitle2", ""))
                .andExpect(redirectedUrl("/registrations/57"))
                .andExpect(flash().attribute("errors", List.of("Dòng 1, cột 2 (Ngày sinh): \"31/02/1980\" "
                        + "không phải ngày có thật: tháng 2 năm 1980 có 29 ngày.")))
                .andReturn();
        String page = web.perform(get("/registrations/57").flashAttrs(result.getFlashMap()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"Lê Văn An\"", "value=\"31/02/1980\"", "có 29 ngày")
                .doesNotContain("value=\"Nguyễn Thị Hoa\"");
    }

    @Test
    void aComputedTargetShowsItsValueBesideTheTargetAndTakesNoTyping() throws Exception {
        Report approved = new Report(REPORT, 3, 0, "Q1THLELOI", "Q1", ReportKind.REGISTRATION, ReportStatus.ACCEPTED,
                REGISTRATION.deadline(), null, null, null, null, null, 0, null, null, "pi-57");
        Registration registration = new Registration(3, "Q1THLELOI", null, List.of(
                new Target(null, "Số sáng kiến cấp cơ sở", "sáng kiến", new BigDecimal("3"), new BigDecimal("2")),
                new Target(null, "Số giáo viên đạt Lao động tiên tiến", "người", new BigDecimal("10"),
                        new BigDecimal("12"), "GRANTED:LDTT")), List.of(), List.of());
        when(registrations.view(STAFF, REPORT)).thenReturn(new RegistrationService.View(approved, LE_LOI, CAMPAIGN,
                registration, TITLES, List.of(), List.of(), false, true, false));
        when(attachments.list(STAFF, REPORT)).thenReturn(List.of(new vn.thidua.report.Attachment(8, REPORT,
                "tong-hop-dang-ky-thi-dua-Q1THLELOI.xlsx", "application/octet-stream", 2048, "leloihieutruong",
                OffsetDateTime.parse("2026-09-29T02:30:00Z"))));
        String page = web.perform(get("/registrations/57")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String results = page.substring(page.indexOf("Kết quả thực hiện chỉ tiêu"));
        String typed = results.substring(results.indexOf("Số sáng kiến cấp cơ sở"),
                results.indexOf("Số giáo viên đạt Lao động tiên tiến"));
        String computed = results.substring(results.indexOf("Số giáo viên đạt Lao động tiên tiến"));
        computed = computed.substring(0, computed.indexOf("</tr>"));
        assertThat(typed).contains("name=\"a1\"", "value=\"2\"", "Chưa đạt");
        assertThat(computed).contains("12 người",
                        "(tự tính: Số được tặng danh hiệu Lao động tiên tiến (của đơn vị và các đơn vị trực thuộc))",
                        "<input type=\"hidden\" name=\"a2\" value=\"\">", "Đạt")
                .doesNotContain("type=\"text\"");
        // The targets editor offers the known measures, the tied one chosen.
        assertThat(page).containsPattern("<option value=\"GRANTED:LDTT\" selected=\"selected\">Tự tính: Số được tặng "
                + "danh hiệu Lao động tiên tiến")
                .doesNotContain("UNITS_REGISTERED");
        // What went up with it, in Vietnam time.
        assertThat(page).contains("/reports/57/attachments/8", "tong-hop-dang-ky-thi-dua-Q1THLELOI.xlsx",
                "09:30 29/09/2026");
        web.perform(get("/api/registrations/57")).andExpect(status().isOk())
                .andExpect(jsonPath("$.registration.targets[1].computedFrom").value("GRANTED:LDTT"))
                .andExpect(jsonPath("$.registration.targets[1].achievedValue").value(12));
    }

    @Test
    void theRollUpPageAndItsWorkbook() throws Exception {
        RollUp rollUp = new RollUp("Q1", "Phòng GD&ĐT Quận 1", List.of(new RollUp.UnitLine("Q1THLELOI",
                "Trường TH Lê Lợi", REPORT, "ACCEPTED", "Đã duyệt", "Tập thể lao động tiên tiến", 1, 2, 1)),
                0, 1, 0, 0, List.of(new RollUp.TitleCount("TTLDTT", "Tập thể lao động tiên tiến", 1)),
                List.of(new RollUp.TitleCount("CSTDCS", "Chiến sĩ thi đua cơ sở", 1)),
                List.of(new RollUp.TargetTotal("Số sáng kiến cấp cơ sở", "sáng kiến", 1, new BigDecimal("3.00"),
                        new BigDecimal("3.00"), new BigDecimal("3.00"))),
                List.of(new RollUp.PersonLine("Q1THLELOI", "Trường TH Lê Lợi", new Person("Nguyễn Thị Hoa",
                        LocalDate.of(1985, 3, 12), "Giáo viên", "CSTDCS", "k"), "Chiến sĩ thi đua cơ sở")));
        when(registrations.rollUp(STAFF, REPORT)).thenReturn(rollUp);
        assertThat(web.perform(get("/registrations/57/rollup")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Phòng GD&amp;ĐT Quận 1", "Đã duyệt", "12/03/1985",
                "Số sáng kiến cấp cơ sở");
        web.perform(get("/api/registrations/57/rollup.xlsx")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        containsString("tong-hop-dang-ky-thi-dua-Q1THLELOI.xlsx")));
        web.perform(get("/api/registrations/57/rollup")).andExpect(status().isOk())
                .andExpect(jsonPath("$.approved").value(1))
                .andExpect(jsonPath("$.people[0].person.fullName").value("Nguyễn Thị Hoa"));
    }

    @Test
    void theApiAnswersBadInputAndUnknownRegistrationsWithProblemDetails() throws Exception {
        when(registrations.savePeople(eq(STAFF), eq(REPORT), any())).thenAnswer(call -> {
            RegistrationChecker.people(call.getArgument(2), "Q1THLELOI", TITLES);
            return view;
        });
        web.perform(post("/api/registrations/57/people").contentType(MediaType.APPLICATION_JSON).content("""
                        [{"fullName": "Lê Văn An", "dateOfBirth": "1980-01-01", "position": "Giáo viên",
                          "title": "Huân chương"},
                         {"fullName": "", "dateOfBirth": "01/01/1981", "title": "LDTT"}]"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Có 2 lỗi; chưa lưu gì, hãy sửa rồi lưu lại."))
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith(
                        "Danh hiệu \"Huân chương\" không có trong bộ tiêu chuẩn")))
                .andExpect(jsonPath("$.errors[1].message").value("Họ và tên chưa nhập."));
        when(registrations.view(STAFF, 99)).thenThrow(new NoSuchElementException("Không tìm thấy bản đăng ký thi đua số 99."));
        web.perform(get("/api/registrations/99")).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Không tìm thấy bản đăng ký thi đua số 99."));
        web.perform(get("/api/registrations/57")).andExpect(status().isOk())
                .andExpect(jsonPath("$.statusLabel").value("Chưa gửi"))
                .andExpect(jsonPath("$.registration.targets[0].publishedTargetId").value(7));
    }
}
