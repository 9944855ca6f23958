package vn.thidua.dossier;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.text.Messages;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.ReportKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.Report;
import vn.thidua.report.ReportContext;
import vn.thidua.report.ReportStatus;
import vn.thidua.rules.UnmetCriterion;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;

/**
 * The dossier pages and API over mocked services: routing, error shapes, messages, downloads. Who is signed in is
 * the mocked {@link CurrentUser}; the security filters are tested over HTTP (vn.thidua.security).
 */
@WebMvcTest(controllers = {DossierController.class, DossierApi.class})
@AutoConfigureMockMvc(addFilters = false)
class DossierWebTest {

    static final long REPORT = 57;
    static final SignedInUser STAFF = new SignedInUser("leloicanbo", List.of("Q1THLELOI", "Q1THLELOIstaff"));
    static final Unit LE_LOI = new Unit("Q1THLELOI", "Trường TH Lê Lợi", "truong", "Q1", "leloi@example.vn");
    static final Campaign CAMPAIGN = new Campaign(3, "Phong trào thi đua năm học 2026-2027", "2026-2027", "HCM",
            null, "socanbo", OffsetDateTime.parse("2026-09-05T08:00:00+07:00"), "pi-1", Campaign.STATUS_RUNNING,
            new vn.thidua.rules.RuleSetRef("giao-duc-2025", 1));
    static final Report FINAL_REPORT = new Report(REPORT, 3, 2, "Q1THLELOI", "Q1", ReportKind.FINAL,
            ReportStatus.DRAFT, OffsetDateTime.parse("2027-05-25T17:00:00+07:00"), null, null, null, null, null, 0,
            null, null, "pi-57");
    static final Nomination HOA = new Nomination.Person("Q1THLELOI:nguyen thi hoa:1985-03-27", "Q1THLELOI",
            "Nguyễn Thị Hoa", LocalDate.of(1985, 3, 27), "Giáo viên", Rating.GOOD, null, RecognitionLevel.NONE, null,
            RecognitionLevel.NONE, Discipline.NONE, 0, false, 12, null, "CSTDCS", "Giáo viên dạy giỏi cấp quận");
    static final DossierEntry HOA_ENTRY = new DossierEntry(41, 3, "Q1THLELOI", REPORT, "Q1THLELOI", 1, HOA,
            List.of(new UnmetCriterion("CSTDCS_NEEDS_MORE", "Cần xếp loại hoàn thành xuất sắc hoặc có sáng kiến")),
            null, NominationStatus.PROPOSED, null, null, null);
    static final String TITLE = ReportContext.View.title(new CampaignPhase(3, 2, "Đợt 2", ReportKind.FINAL,
            LocalDate.of(2027, 1, 17), LocalDate.of(2027, 5, 25), FINAL_REPORT.deadline()), LE_LOI, CAMPAIGN);
    static final IssuedDecision DECISION = new IssuedDecision(9, 3, "Q1", 60, "125/QĐ-GDĐT", LocalDate.of(2027, 5, 30),
            "Lê Văn Bình", "Trưởng phòng", "Luật Thi đua, Khen thưởng 2022", "q1thutruong",
            OffsetDateTime.parse("2027-05-30T10:00:00+07:00"));

    @Autowired
    MockMvc web;
    @MockitoBean
    DossierService dossiers;
    @MockitoBean
    AwardDecisionService decisions;
    @MockitoBean
    CampaignResults results;
    @MockitoBean
    OrgDirectory org;
    @MockitoBean
    CurrentUser currentUser;
    @MockitoBean
    vn.thidua.registration.RegistrationApi registrations;

    @BeforeEach
    void setUp() {
        when(currentUser.get()).thenReturn(STAFF);
        when(org.findUnit("Q1THLELOI")).thenReturn(Optional.of(LE_LOI));
    }

    static DossierView view(boolean canEdit, boolean canVote, boolean canReject, DossierEntry... entries) {
        return new DossierView(TITLE, FINAL_REPORT, CAMPAIGN, LE_LOI,
                "Ngành giáo dục 2025 (Luật Thi đua, Khen thưởng 2022)",
                TypedNominationRowsTest.TITLES, List.of(entries),
                Map.of(41L, new CouncilRepository.Vote(41, "Q1THLELOI", 8, true, new BigDecimal("0.8889"), null)),
                Optional.of(new CouncilMeeting(REPORT, LocalDate.of(2027, 5, 20), 11, 9, false, "bien-ban.pdf",
                        "leloihoidong", OffsetDateTime.parse("2027-05-20T16:00:00+07:00"))),
                List.of(DECISION), List.of(), canEdit, canVote, canReject);
    }

    // ---- The page ---------------------------------------------------------------------------------------------

    @Test
    void pageShowsTheListVerdictsEditorAndDecisions() throws Exception {
        when(dossiers.view(STAFF, REPORT)).thenReturn(view(true, false, false, HOA_ENTRY));
        String html = web.perform(get("/dossiers/{id}", REPORT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Danh sách đề nghị khen thưởng", "Nguyễn Thị Hoa", "Trường TH Lê Lợi", "Chiến sĩ thi đua cơ sở",
                        "Hoàn thành tốt nhiệm vụ", "Cần xếp loại hoàn thành xuất sắc hoặc có sáng kiến", "8 (88,9%)",
                        "Đang đề nghị", "Tải mẫu danh sách (.xlsx)", "/dossiers/57/template.xlsx",
                        "/dossiers/57/list.xlsx", "name=\"row.0.fullName\"", "value=\"Nguyễn Thị Hoa\"",
                        "name=\"row.3.fullName\"", "Thêm đề nghị", "Lý do đề nghị cho các trường hợp chưa đạt tiêu chuẩn",
                        "/dossiers/57/nominations/41/justification", "/dossiers/decisions/9.docx",
                        "/dossiers/decisions/9.xlsx", "/campaigns/3/results", "Tasklist để hoàn thành công việc",
                        "20/05/2027", "Tải biên bản: bien-ban.pdf")
                .doesNotContain("name=\"row.4.fullName\"", "Không chấp nhận</button>", "Ghi số phiếu");
    }

    @Test
    void councilAndReviewerSeeTheirForms() throws Exception {
        when(dossiers.view(STAFF, REPORT)).thenReturn(view(false, true, true, HOA_ENTRY));
        web.perform(get("/dossiers/{id}", REPORT)).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"vote.41\"")))
                .andExpect(content().string(containsString("value=\"8\"")))
                .andExpect(content().string(containsString("Ghi thông tin cuộc họp")))
                .andExpect(content().string(containsString("/dossiers/57/nominations/41/rejection")))
                .andExpect(content().string(not(containsString("Lưu danh sách"))));
    }

    @Test
    void uploadErrorsAreListedWithLineAndColumn() throws Exception {
        when(dossiers.upload(eq(STAFF), eq(REPORT), eq("danh-sach.xlsx"), any())).thenThrow(new InvalidInputException(
                "Tệp có lỗi.", List.of(new InputError(4, 3, "Ngày sinh", "ngày không hợp lệ"),
                        new InputError(7, 0, null, "thiếu danh hiệu"))));
        web.perform(multipart("/dossiers/{id}/upload", REPORT)
                        .file(new MockMultipartFile("file", "danh-sach.xlsx", "application/octet-stream", new byte[]{1})))
                .andExpect(redirectedUrl("/dossiers/57"))
                .andExpect(flash().attribute("errors", List.of("Dòng 4, cột 3 (Ngày sinh): ngày không hợp lệ",
                        "Dòng 7: thiếu danh hiệu")));

        // What the file is, the file reader tells from its content, the same way for the page and the API.
        String pdf = "Đây là tệp PDF. Hãy tải lên danh sách theo mẫu dạng Excel (.xlsx) hoặc CSV UTF-8.";
        when(dossiers.upload(eq(STAFF), eq(REPORT), eq("danh-sach.pdf"), any())).thenThrow(new InvalidInputException(
                pdf, List.of(new InputError(0, 0, null, pdf))));
        web.perform(multipart("/dossiers/{id}/upload", REPORT)
                        .file(new MockMultipartFile("file", "danh-sach.pdf", "application/pdf", new byte[]{1})))
                .andExpect(flash().attribute("errors", List.of(pdf)));
    }

    @Test
    void uploadedListIsCountedInTheMessage() throws Exception {
        when(dossiers.upload(eq(STAFF), eq(REPORT), eq("danh-sach.xlsx"), any()))
                .thenReturn(view(true, false, false, HOA_ENTRY));
        web.perform(multipart("/dossiers/{id}/upload", REPORT)
                        .file(new MockMultipartFile("file", "danh-sach.xlsx", "application/octet-stream", new byte[]{1})))
                .andExpect(redirectedUrl("/dossiers/57"))
                .andExpect(flash().attribute("message", "Đã nhận danh sách từ tệp danh-sach.xlsx: 1 đề nghị."));
    }

    /** The service as it reads typed rows: the one checker, then the dossier as it stands. */
    void savingRowsChecksThem(DossierEntry... saved) {
        when(dossiers.saveRows(eq(STAFF), eq(REPORT), anyList())).thenAnswer(call -> {
            TypedNominationRows.read(call.getArgument(2), "Q1THLELOI", TypedNominationRowsTest.TITLES,
                    TypedNominationRowsTest.TODAY);
            return view(true, false, false, saved);
        });
    }

    @Test
    void typedListIsSavedAsNominations() throws Exception {
        savingRowsChecksThem(HOA_ENTRY);
        var request = post("/dossiers/{id}/nominations", REPORT);
        TypedNominationRowsTest.teacher(0).forEach((k, v) -> request.param(k, v));
        TypedNominationRowsTest.blank(1).forEach((k, v) -> request.param(k, v));
        web.perform(request).andExpect(redirectedUrl("/dossiers/57"))
                .andExpect(flash().attribute("message", "Đã lưu danh sách: 1 đề nghị."));
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<TypedNominationRows.Row>> saved = ArgumentCaptor.forClass(List.class);
        verify(dossiers).saveRows(eq(STAFF), eq(REPORT), saved.capture());
        // The controller hands the rows as typed to the one use case; it neither reads them nor checks who may.
        verify(dossiers, never()).view(any(), anyLong());
        assertThat(TypedNominationRows.read(saved.getValue(), "Q1THLELOI", TypedNominationRowsTest.TITLES,
                TypedNominationRowsTest.TODAY)).singleElement().satisfies(n -> {
            assertThat(n.nomineeKey()).isEqualTo("Q1THLELOI:nguyen thi hoa:1985-03-27");
            assertThat(n.requestedTitle()).isEqualTo("CSTDCS");
        });
    }

    @Test
    void typedListWithErrorsSavesNothingAndKeepsWhatWasTyped() throws Exception {
        savingRowsChecksThem();
        var request = post("/dossiers/{id}/nominations", REPORT);
        Map<String, String> typed = TypedNominationRowsTest.teacher(0);
        typed.put("row.0.dateOfBirth", "30/02/1985");
        typed.forEach((k, v) -> request.param(k, v));
        var result = web.perform(request).andExpect(redirectedUrl("/dossiers/57"))
                .andExpect(flash().attribute("errors", List.of("Đề nghị số 1 (Ngày sinh): Ngày sinh 30/02/1985 không "
                        + "có thật (kiểm tra ngày và tháng).")))
                .andExpect(flash().attribute("message", (Object) null))
                .andReturn();
        @SuppressWarnings("unchecked")
        List<TypedNominationRows.Row> rows = (List<TypedNominationRows.Row>) result.getFlashMap().get("rows");
        assertThat(rows.get(0).get("dateOfBirth")).isEqualTo("30/02/1985");
        assertThat(rows.get(0).get("achievements")).isEqualTo("Giáo viên dạy giỏi cấp quận.");
        assertThat(rows).hasSize(1 + DossierController.SPARE_ROWS);

        // The page shows the typed rows back, not the saved list.
        when(dossiers.view(STAFF, REPORT)).thenReturn(view(true, false, false, HOA_ENTRY));
        web.perform(get("/dossiers/{id}", REPORT).flashAttr("rows", rows))
                .andExpect(content().string(containsString("value=\"30/02/1985\"")));
    }

    @Test
    void typedListIsRefusedToWhoMayNotEdit() throws Exception {
        // Who may edit is the service's rule, written once there; the page shows its refusal.
        when(dossiers.saveRows(eq(STAFF), eq(REPORT), anyList())).thenThrow(new AccessDeniedException(
                Messages.get("dossier.denied.editList")));
        var request = post("/dossiers/{id}/nominations", REPORT);
        TypedNominationRowsTest.teacher(0).forEach((k, v) -> request.param(k, v));
        web.perform(request).andExpect(flash().attribute("errors", List.of("Chỉ cán bộ phụ trách của đơn vị được "
                + "sửa danh sách đề nghị, khi báo cáo tổng kết đang soạn hoặc bị trả để bổ sung.")));
        verify(dossiers, never()).save(any(), anyLong(), anyList());
    }

    @Test
    void meetingVotesRejectionAndRestoreGoToTheService() throws Exception {
        web.perform(multipart("/dossiers/{id}/council", REPORT)
                        .file(new MockMultipartFile("minutes", "bien-ban.pdf", "application/pdf", new byte[]{9}))
                        .param("heldOn", "2027-05-20").param("membersTotal", "11").param("present", "9")
                        .param("secretBallot", "true"))
                .andExpect(flash().attribute("message", "Đã ghi thông tin cuộc họp hội đồng."));
        ArgumentCaptor<CouncilRepository.Minutes> minutes = ArgumentCaptor.forClass(CouncilRepository.Minutes.class);
        verify(dossiers).recordMeeting(eq(STAFF), eq(REPORT), eq(LocalDate.of(2027, 5, 20)), eq(11), eq(9), eq(true),
                minutes.capture());
        assertThat(minutes.getValue().fileName()).isEqualTo("bien-ban.pdf");

        web.perform(post("/dossiers/{id}/votes", REPORT).param("vote.41", "8").param("vote.42", ""))
                .andExpect(flash().attribute("message", "Đã ghi số phiếu đồng ý."));
        verify(dossiers).recordVotes(STAFF, REPORT, Map.of(41L, 8));

        web.perform(post("/dossiers/{id}/votes", REPORT).param("vote.41", "tám"))
                .andExpect(flash().attribute("errors",
                        List.of("Số phiếu của đề nghị số 41: \"tám\" không phải số nguyên.")));

        doThrow(new InvalidInputException("x", List.of(new InputError(0, 0, "reason",
                "Hãy ghi rõ lý do không chấp nhận đề nghị (ít nhất 10 ký tự)."))))
                .when(dossiers).reject(STAFF, REPORT, 41, "ngắn");
        web.perform(post("/dossiers/{id}/nominations/41/rejection", REPORT).param("reason", "ngắn"))
                .andExpect(redirectedUrl("/dossiers/57"))
                .andExpect(flash().attribute("errors",
                        List.of("Hãy ghi rõ lý do không chấp nhận đề nghị (ít nhất 10 ký tự).")));

        web.perform(post("/dossiers/{id}/nominations/41/restoration", REPORT))
                .andExpect(flash().attribute("message", "Đã hoàn tác: đề nghị trở lại chờ xét."));
        verify(dossiers).restore(STAFF, REPORT, 41);
    }

    @Test
    void meetingWithAnImpossibleDateIsNotRecorded() throws Exception {
        web.perform(multipart("/dossiers/{id}/council", REPORT).param("heldOn", "31/02/2027")
                        .param("membersTotal", "11").param("present", "9"))
                .andExpect(flash().attribute("errors", List.of("Ngày họp: \"31/02/2027\" không phải ngày có thật: "
                        + "tháng 2 năm 2027 có 28 ngày.")));
        web.perform(multipart("/dossiers/{id}/council", REPORT).param("heldOn", "mm/dd/31985")
                        .param("membersTotal", "11").param("present", "9"))
                .andExpect(flash().attribute("errors", List.of("Ngày họp: \"mm/dd/31985\" không đúng dạng "
                        + "ngày/tháng/năm (ví dụ 31/12/1985).")));
        verify(dossiers, never()).recordMeeting(any(), anyLong(), any(), any(), any(), anyBoolean(), any());
    }

    @Test
    void eachNomineeShowsWhetherAndForWhichTitleTheyRegistered() throws Exception {
        Nomination lan = new Nomination.Person("Q1THLELOI:tran thi lan:1990-07-01", "Q1THLELOI", "Trần Thị Lan",
                LocalDate.of(1990, 7, 1), "Giáo viên", Rating.GOOD, null, RecognitionLevel.NONE, null,
                RecognitionLevel.NONE, Discipline.NONE, 0, false, 12, null, "LDTT", "");
        DossierEntry lanEntry = new DossierEntry(45, 3, "Q1THLELOI", REPORT, "Q1THLELOI", 2, lan, List.of(), null,
                NominationStatus.PROPOSED, null, null, null);
        when(dossiers.view(STAFF, REPORT)).thenReturn(view(false, false, false, HOA_ENTRY, lanEntry));
        // Hoa registered for Lao động tiên tiến (and is proposed for Chiến sĩ thi đua cơ sở); Lan did not register.
        when(registrations.registeredTitles(3)).thenReturn(Optional.of(Map.of(HOA.nomineeKey(), "LDTT")));
        String html = web.perform(get("/dossiers/{id}", REPORT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String list = html.substring(html.indexOf("Danh sách đề nghị khen thưởng"));
        String hoaRow = list.substring(list.indexOf("Nguyễn Thị Hoa"), list.indexOf("Trần Thị Lan"));
        String lanRow = list.substring(list.indexOf("Trần Thị Lan"));
        lanRow = lanRow.substring(0, lanRow.indexOf("</tr>"));
        assertThat(hoaRow).contains("Đã đăng ký thi đua: Lao động tiên tiến").doesNotContain("Chưa đăng ký");
        assertThat(lanRow).contains("Chưa đăng ký thi đua").doesNotContain("Đã đăng ký");

        // A campaign that opened without registration marks nobody.
        when(registrations.registeredTitles(3)).thenReturn(Optional.empty());
        assertThat(web.perform(get("/dossiers/{id}", REPORT)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("đăng ký thi đua");
    }

    @Test
    void datesAreTypedAndShownDayFirst() throws Exception {
        web.perform(multipart("/dossiers/{id}/council", REPORT).param("heldOn", "31/05/2027")
                        .param("membersTotal", "11").param("present", "9"))
                .andExpect(flash().attribute("message", "Đã ghi thông tin cuộc họp hội đồng."));
        verify(dossiers).recordMeeting(eq(STAFF), eq(REPORT), eq(LocalDate.of(2027, 5, 31)), eq(11), eq(9),
                eq(false), any());

        when(dossiers.view(STAFF, REPORT)).thenReturn(view(true, true, false, HOA_ENTRY));
        String html = web.perform(get("/dossiers/{id}", REPORT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("name=\"row.0.dateOfBirth\" value=\"27/03/1985\"",
                        "name=\"heldOn\" required value=\"20/05/2027\"", "placeholder=\"dd/mm/yyyy\"")
                .doesNotContain("type=\"date\"", "1985-03-27", "2027-05-20");
    }

    @Test
    void apiRefusesAnImpossibleMeetingDayWithAVietnameseProblem() throws Exception {
        web.perform(put("/api/dossiers/{id}/council", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"31/02/2027\",\"membersTotal\":11,\"present\":9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Ngày họp: \"31/02/2027\" không phải ngày có thật: "
                        + "tháng 2 năm 2027 có 28 ngày."));
        web.perform(put("/api/dossiers/{id}/council", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"2027-02-31\",\"membersTotal\":11,\"present\":9}"))
                .andExpect(status().isBadRequest());
        verify(dossiers, never()).recordMeeting(any(), anyLong(), any(), any(), any(), anyBoolean(), any());
        web.perform(put("/api/dossiers/{id}/council", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"31/12/2026\",\"membersTotal\":11,\"present\":9}"))
                .andExpect(status().isNoContent());
        verify(dossiers).recordMeeting(STAFF, REPORT, LocalDate.of(2026, 12, 31), 11, 9, false, null);
    }

    @Test
    void nomineesSentUpShowWhereTheyStandAndWhichDecisionGrantsThem() throws Exception {
        Unit district = new Unit("Q1", "Phòng GD&ĐT Quận 1", "quan", null, "q1@example.vn");
        when(org.findUnit("Q1")).thenReturn(Optional.of(district));
        DossierEntry awarded = new DossierEntry(42, 3, "Q1THLELOI", REPORT, "Q1", 2, HOA, List.of(), null,
                NominationStatus.AWARDED, null, "Q1", DECISION.id());
        DossierEntry forwarded = new DossierEntry(43, 3, "Q1THLELOI", REPORT, "Q1", 3, HOA, List.of(), null,
                NominationStatus.PROPOSED, null, null, null);
        DossierEntry rejected = new DossierEntry(44, 3, "Q1THLELOI", REPORT, "Q1", 4, HOA, List.of(), null,
                NominationStatus.REJECTED, "Bằng khen năm nay chỉ xét cho tập thể.", "Q1", null);
        DossierView view = new DossierView(TITLE, FINAL_REPORT, CAMPAIGN, LE_LOI, "Ngành giáo dục 2025",
                TypedNominationRowsTest.TITLES, List.of(awarded, forwarded, rejected), Map.of(), Optional.empty(),
                List.of(), List.of(DECISION), false, false, true);
        when(dossiers.view(STAFF, REPORT)).thenReturn(view);
        String html = web.perform(get("/dossiers/{id}", REPORT)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("Đã có quyết định khen thưởng", "Quyết định số", "125/QĐ-GDĐT", "ngày <span>30/05/2027</span>",
                        "Hồ sơ đang ở Phòng GD&amp;ĐT Quận 1", "Bằng khen năm nay chỉ xét cho tập thể.",
                        "Do Phòng GD&amp;ĐT Quận 1 xét",
                        "Đơn vị chưa ban hành quyết định khen thưởng nào trong phong trào này.",
                        "Quyết định của cấp trên có tên đề nghị của đơn vị", "/dossiers/decisions/9.docx")
                .doesNotContain("Chưa có quyết định khen thưởng nào của cấp trên",
                        // Nominations at the district are its reviewer's to reject, not this page's.
                        "/nominations/43/rejection", "/nominations/44/restoration");
        assertThat(view.toVote()).isEmpty();
        assertThat(view.own()).isEmpty();
    }

    // ---- Downloads --------------------------------------------------------------------------------------------

    @Test
    void decisionFilesHaveAsciiNamesAndOfficeTypes() throws Exception {
        when(decisions.docx(STAFF, 9)).thenReturn(new NamedFile(
                DossierDownloads.decisionFileName(DECISION.number(), "docx"), new byte[]{1, 2}));
        when(decisions.xlsx(STAFF, 9)).thenReturn(new NamedFile(
                DossierDownloads.decisionFileName(DECISION.number(), "xlsx"), new byte[]{3}));
        web.perform(get("/dossiers/decisions/9.docx")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(DossierDownloads.DOCX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"quyet-dinh-125-QD-GDDT.docx\""));
        web.perform(get("/api/decisions/9.xlsx")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(DossierDownloads.XLSX))
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"quyet-dinh-125-QD-GDDT.xlsx\""));
        // Who may read a decision is the service's rule, checked once there.
        verify(decisions, never()).readable(any(), anyLong());
        when(dossiers.template(STAFF, REPORT)).thenReturn(new byte[]{4});
        web.perform(get("/api/dossiers/{id}/template.xlsx", REPORT)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition",
                        "attachment; filename=\"mau-danh-sach-de-nghi-khen-thuong.xlsx\""));
    }

    @Test
    void fileNamesAreAsciiSafe() {
        assertThat(DossierDownloads.decisionFileName("125/QĐ-GDĐT", "docx")).isEqualTo("quyet-dinh-125-QD-GDDT.docx");
        assertThat(DossierDownloads.decisionFileName("07/QĐ-CĐGD", "xlsx")).isEqualTo("quyet-dinh-07-QD-CDGD.xlsx");
        assertThat(DossierDownloads.decisionFileName("\"../..\\x\r\n", "docx")).isEqualTo("quyet-dinh-x.docx");
        assertThat(DossierDownloads.decisionFileName(null, "docx")).isEqualTo("quyet-dinh.docx");
        assertThat(DossierDownloads.listFileName("Q1THLELOI")).isEqualTo("danh-sach-de-nghi-Q1THLELOI.xlsx");
    }

    @Test
    void minutesKeepTheirVietnameseName() throws Exception {
        when(dossiers.minutes(STAFF, REPORT)).thenReturn(new CouncilRepository.Minutes("Biên bản họp.pdf",
                "application/pdf", new byte[]{5}));
        web.perform(get("/dossiers/{id}/minutes", REPORT)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString(
                        "filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp.pdf")));
    }

    @Test
    void missingMinutesAreA404Problem() throws Exception {
        when(dossiers.minutes(STAFF, REPORT)).thenThrow(new NoSuchElementException("Chưa có biên bản họp hội đồng."));
        web.perform(get("/api/dossiers/{id}/minutes", REPORT)).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Chưa có biên bản họp hội đồng."));
    }

    // ---- The API ----------------------------------------------------------------------------------------------

    @Test
    void dossierAsJson() throws Exception {
        when(dossiers.view(STAFF, REPORT)).thenReturn(view(true, false, false, HOA_ENTRY));
        web.perform(get("/api/dossiers/{id}", REPORT)).andExpect(status().isOk())
                .andExpect(jsonPath("$.title").value("Tổng kết đợt 2 – Trường TH Lê Lợi – Phong trào thi đua năm học 2026-2027"))
                .andExpect(jsonPath("$.reportStatusLabel").value("Đang soạn"))
                .andExpect(jsonPath("$.entries[0].nomination.fullName").value("Nguyễn Thị Hoa"))
                .andExpect(jsonPath("$.entries[0].requestedTitleName").value("Chiến sĩ thi đua cơ sở"))
                .andExpect(jsonPath("$.entries[0].eligible").value(false))
                .andExpect(jsonPath("$.entries[0].unmet[0].code").value("CSTDCS_NEEDS_MORE"))
                .andExpect(jsonPath("$.entries[0].vote.votesFor").value(8))
                .andExpect(jsonPath("$.meeting.minutesFileName").value("bien-ban.pdf"))
                .andExpect(jsonPath("$.meeting.content").doesNotExist())
                .andExpect(jsonPath("$.decisions[0].number").value("125/QĐ-GDĐT"))
                .andExpect(jsonPath("$.permissions.canEditList").value(true));
    }

    @Test
    void uploadByApiReturnsEveryErrorAsAProblem() throws Exception {
        when(dossiers.upload(eq(STAFF), eq(REPORT), eq("ds.csv"), any())).thenThrow(new InvalidInputException(
                "Tệp có 2 lỗi.", List.of(new InputError(2, 4, "ngay_sinh", "ngày không hợp lệ"),
                        new InputError(3, 1, "loai", "loại không hợp lệ"))));
        web.perform(multipart(HttpMethod.PUT, "/api/dossiers/{id}/nominations", REPORT)
                        .file(new MockMultipartFile("file", "ds.csv", "text/csv", "x".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tệp có 2 lỗi."))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[1].line").value(3))
                .andExpect(jsonPath("$.errors[1].field").value("loai"));
    }

    @Test
    void jsonListIsCheckedLikeTheEditor() throws Exception {
        savingRowsChecksThem(HOA_ENTRY);
        web.perform(put("/api/dossiers/{id}/nominations", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"COLLECTIVE\",\"fullName\":\"Tổ Toán\",\"rating\":\"GOOD\","
                                + "\"members\":5,\"membersCompleted\":5,\"membersLdtt\":6,\"membersCstdcs\":0,"
                                + "\"membersDisciplined\":0,\"requestedTitle\":\"TTLDTT\"}]"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].line").value(1))
                .andExpect(jsonPath("$.errors[0].column").value(17))
                .andExpect(jsonPath("$.errors[0].field").value("Số LĐTT"))
                .andExpect(jsonPath("$.errors[0].message").value("\"Số LĐTT\" là 6, lớn hơn số thành viên (5)."));
        verify(dossiers, never()).view(any(), anyLong());

        web.perform(put("/api/dossiers/{id}/nominations", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("[{\"kind\":\"PERSON\",\"fullName\":\"Nguyễn Thị Hoa\",\"dateOfBirth\":\"1985-03-27\","
                                + "\"position\":\"Giáo viên\",\"rating\":\"GOOD\",\"requestedTitle\":\"CSTDCS\"}]"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(41))
                .andExpect(jsonPath("$[0].nomination.kind").value("PERSON"))
                .andExpect(jsonPath("$[0].nomination.dateOfBirth").value("1985-03-27"))
                .andExpect(jsonPath("$[0].nomination.members").doesNotExist());
    }

    @Test
    void apiActionsAndTheirErrors() throws Exception {
        web.perform(put("/api/dossiers/{id}/council", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"heldOn\":\"2027-05-20\",\"membersTotal\":11,\"present\":9,\"secretBallot\":true}"))
                .andExpect(status().isNoContent());
        verify(dossiers).recordMeeting(STAFF, REPORT, LocalDate.of(2027, 5, 20), 11, 9, true, null);

        web.perform(put("/api/dossiers/{id}/votes", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"41\": 8}"))
                .andExpect(status().isNoContent());
        verify(dossiers).recordVotes(STAFF, REPORT, Map.of(41L, 8));

        web.perform(put("/api/dossiers/{id}/nominations/41/justification", REPORT)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"justification\":\"Có sáng kiến chờ công nhận\"}"))
                .andExpect(status().isNoContent());
        verify(dossiers).justify(STAFF, REPORT, 41, "Có sáng kiến chờ công nhận");

        doThrow(new AccessDeniedException("Chỉ cán bộ phụ trách của đơn vị cấp trên được từ chối đề nghị."))
                .when(dossiers).reject(STAFF, REPORT, 41, "Không đủ minh chứng sáng kiến");
        web.perform(post("/api/dossiers/{id}/nominations/41/rejection", REPORT).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Không đủ minh chứng sáng kiến\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Không có quyền"));

        web.perform(delete("/api/dossiers/{id}/nominations/41/rejection", REPORT)).andExpect(status().isNoContent());
        verify(dossiers).restore(STAFF, REPORT, 41);
    }

    @Test
    void decisionsAndResultsAsJson() throws Exception {
        when(decisions.page(STAFF, 9)).thenReturn(new AwardDecisionService.DecisionPage(DECISION, new AwardDecision(
                "Phòng Giáo dục và Đào tạo Quận 1", null, "125/QĐ-GDĐT", LocalDate.of(2027, 5, 30),
                "Thành phố Hồ Chí Minh", "Lê Văn Bình", "Trưởng phòng", CAMPAIGN.name(), "2026-2027",
                List.of("Luật Thi đua, khen thưởng số 06/2022/QH15"),
                List.of(new AwardDecision.Award("LDTT", "Lao động tiên tiến", NomineeKind.PERSON, "Nguyễn Thị Hoa",
                        "Giáo viên", "Trường TH Lê Lợi")))));
        web.perform(get("/api/decisions/9")).andExpect(status().isOk())
                .andExpect(jsonPath("$.decision.number").value("125/QĐ-GDĐT"))
                .andExpect(jsonPath("$.awards[0].titleName").value("Lao động tiên tiến"));
        web.perform(get("/dossiers/decisions/9")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Quyết định khen thưởng số 125/QĐ-GDĐT")))
                .andExpect(content().string(containsString("/dossiers/decisions/9.docx")));

        when(decisions.ofCampaign(STAFF, 3)).thenReturn(List.of(DECISION));
        web.perform(get("/api/campaigns/3/decisions")).andExpect(jsonPath("$[0].id").value(9));

        CampaignResults.Line line = new CampaignResults.Line(41, "Q1THLELOI", "Trường TH Lê Lợi", "Nguyễn Thị Hoa",
                NomineeKind.PERSON, "LDTT", "Lao động tiên tiến", NominationStatus.AWARDED,
                NominationStatus.AWARDED.label(), null, 9L);
        when(results.of(STAFF, 3)).thenReturn(new CampaignResults.Results(3, CAMPAIGN.name(), List.of(line),
                List.of(DECISION)));
        web.perform(get("/api/campaigns/3/results")).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].originUnitName").value("Trường TH Lê Lợi"))
                .andExpect(jsonPath("$[0].status").value("AWARDED"))
                .andExpect(jsonPath("$[0].statusLabel").value("Đã có quyết định khen thưởng"))
                .andExpect(jsonPath("$[0].decisionId").value(9));
        web.perform(get("/campaigns/3/results")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kết quả thi đua, khen thưởng")))
                .andExpect(content().string(containsString("Đã có quyết định khen thưởng")))
                .andExpect(content().string(containsString("/dossiers/decisions/9.xlsx")));
    }

    @Test
    void unreadableDossierIsForbidden() throws Exception {
        when(dossiers.view(STAFF, 99)).thenThrow(new AccessDeniedException());
        web.perform(get("/api/dossiers/99")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Bạn không có quyền xem nội dung này, hoặc nội dung không tồn tại."));
    }
}
