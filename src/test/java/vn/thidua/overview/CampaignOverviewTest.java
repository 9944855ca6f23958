package vn.thidua.overview;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.YearDriver;

/**
 * Tình hình nộp báo cáo over a city → wards → schools tree on Tuesday 12/01/2027: Lê Lợi was returned and owes its
 * completion by Thursday, Nguyễn Du submitted, Minh Đức is two working days late (its deadline was Friday 08/01, the
 * weekend does not count), Trần Phú was accepted. Each level sees its own unit and below, nothing else.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class CampaignOverviewTest {

    static final String PASSWORD = "MatKhau@2026";
    static final String ADMIN = "tongquanadmin";
    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    /** City Friday 22/01/2027; wards 5 working days earlier (Friday 15/01), schools 5 more (Friday 08/01). */
    static final LocalDate CITY_DEADLINE = LocalDate.of(2027, 1, 22);
    static final OffsetDateTime NOW = OffsetDateTime.parse("2027-01-12T10:00:00+07:00");

    @Autowired
    MockMvc mvc;
    @Autowired
    YearDriver year;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;

    /** The year is played once for the class: every test only reads it. */
    static long campaignId;
    static String campaignName;

    @BeforeEach
    void playTheYearOnce() throws Exception {
        if (campaignId == 0) {
            playTheYear();
        }
        year.setClock(NOW);
    }

    private void playTheYear() throws Exception {
        year.setClock(LAUNCH);
        year.importOrg("scenario/three-level-units.csv", "scenario/three-level-users.csv");
        TestAdmins.ensure(identityService, authorizationService, ADMIN, PASSWORD);
        for (String user : List.of("scnsostaff", "scnankhanhstaff", "scnbenthanhstaff", "scnleloistaff",
                "scnminhducstaff")) {
            var account = identityService.createUserQuery().userId(user).singleResult();
            account.setPassword(PASSWORD);
            identityService.saveUser(account);
        }
        campaignName = "Phong trào tình hình nộp " + System.nanoTime();
        campaignId = year.launch("scnsostaff", campaignName, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 5), CITY_DEADLINE),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 25),
                        LocalDate.of(2027, 6, 4))));
        year.runDueJobs();

        prepareAndSign("SCNLELOI", "scnleloistaff", "scnleloihead");
        prepareAndSign("SCNNGUYENDU", "scnnguyendustaff", "scnnguyenduhead");
        prepareAndSign("SCNTRANPHU", "scntranphustaff", "scntranphuhead");
        year.submit("scnbenthanhstaff", year.task(campaignId, 1, "SCNTRANPHU", REVIEW_REPORT),
                Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT));
        year.runDueJobs();

        // Monday 04/01: An Khánh returns Lê Lợi's report, to be completed by Thursday 14/01.
        year.setClock(OffsetDateTime.parse("2027-01-04T09:00:00+07:00"));
        year.runDueJobs();
        year.submit("scnankhanhstaff", year.task(campaignId, 1, "SCNLELOI", REVIEW_REPORT), Map.of(
                Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_RETURN,
                FormFields.RETURN_REASONS, "Thiếu biên bản họp bình xét của nhà trường",
                FormFields.NEW_DEADLINE, "2027-01-14"));
        year.runDueJobs();

        year.setClock(NOW);
        year.runDueJobs();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theCitySeesEachWardWithTheCountsOfItsSchools() throws Exception {
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).with(basic("scnsostaff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.campaignName").value(campaignName))
                .andExpect(jsonPath("$.unit.code").value("SCN"))
                .andExpect(jsonPath("$.parent").doesNotExist())
                .andExpect(jsonPath("$.phases.length()").value(2))
                .andExpect(jsonPath("$.phases[0].reportLabel").value("Sơ kết đợt 1"))
                .andExpect(jsonPath("$.phases[0].own.code").value("SCN"))
                .andExpect(jsonPath("$.phases[0].own.status").value("DRAFT"))
                .andExpect(jsonPath("$.phases[0].own.deadlineLabel").value("17:00 ngày 22/01/2027"))
                .andExpect(jsonPath("$.phases[0].children.length()").value(2))
                .andExpect(jsonPath("$.phases[0].children[0].code").value("SCNPA"))
                .andExpect(jsonPath("$.phases[0].children[0].name").value("Ủy ban nhân dân Phường An Khánh"))
                .andExpect(jsonPath("$.phases[0].children[0].hasChildren").value(true))
                .andExpect(jsonPath("$.phases[0].children[0].late").value(false))
                // Wednesday 13, Thursday 14, Friday 15.
                .andExpect(jsonPath("$.phases[0].children[0].workingDaysLeft").value(3))
                .andExpect(jsonPath("$.phases[0].children[0].subtree.submitted").value(1))
                .andExpect(jsonPath("$.phases[0].children[0].subtree.late").value(0))
                .andExpect(jsonPath("$.phases[0].children[0].subtree.total").value(2))
                .andExpect(jsonPath("$.phases[0].children[1].code").value("SCNPB"))
                .andExpect(jsonPath("$.phases[0].children[1].subtree.submitted").value(1))
                .andExpect(jsonPath("$.phases[0].children[1].subtree.late").value(1))
                .andExpect(jsonPath("$.phases[0].children[1].subtree.total").value(2))
                .andExpect(jsonPath("$.phases[0].totals.submitted").value(2))
                .andExpect(jsonPath("$.phases[0].totals.late").value(1))
                .andExpect(jsonPath("$.phases[0].totals.total").value(4))
                .andExpect(jsonPath("$.phases[1].opened").value(false))
                .andExpect(jsonPath("$.phases[1].reportLabel").value("Tổng kết đợt 2"))
                .andExpect(jsonPath("$.phases[1].children.length()").value(0));

        // An administrator starts at the campaign's root too.
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).with(basic(ADMIN)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit.code").value("SCN"));
    }

    @Test
    void aWardSeesItsSchoolsWithStatusDeadlineAndReturns() throws Exception {
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).with(basic("scnankhanhstaff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("SCNPA"))
                .andExpect(jsonPath("$.parent").doesNotExist())
                .andExpect(jsonPath("$.phases[0].own.deadlineLabel").value("17:00 ngày 15/01/2027"))
                .andExpect(jsonPath("$.phases[0].children[0].code").value("SCNLELOI"))
                .andExpect(jsonPath("$.phases[0].children[0].status").value("RETURNED"))
                .andExpect(jsonPath("$.phases[0].children[0].statusLabel").value("Bị trả, đang bổ sung"))
                .andExpect(jsonPath("$.phases[0].children[0].returnCount").value(1))
                .andExpect(jsonPath("$.phases[0].children[0].deadlineLabel").value("17:00 ngày 14/01/2027"))
                .andExpect(jsonPath("$.phases[0].children[0].workingDaysLeft").value(2))
                .andExpect(jsonPath("$.phases[0].children[0].late").value(false))
                .andExpect(jsonPath("$.phases[0].children[0].hasChildren").value(false))
                .andExpect(jsonPath("$.phases[0].children[1].code").value("SCNNGUYENDU"))
                .andExpect(jsonPath("$.phases[0].children[1].status").value("SUBMITTED"))
                .andExpect(jsonPath("$.phases[0].children[1].statusLabel").value("Đã nộp, chờ thẩm định"))
                .andExpect(jsonPath("$.phases[0].children[1].submittedLabel").value("08:00 ngày 01/10/2026"))
                .andExpect(jsonPath("$.phases[0].children[1].workingDaysLate").doesNotExist())
                .andExpect(jsonPath("$.phases[0].children[1].subtree.submitted").value(1));
    }

    @Test
    void theCityDrillsDownToALateSchoolTwoWorkingDaysAcrossTheWeekend() throws Exception {
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).param("unit", "SCNPB").with(basic("scnsostaff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("SCNPB"))
                .andExpect(jsonPath("$.parent.code").value("SCN"))
                .andExpect(jsonPath("$.phases[0].children[0].code").value("SCNMINHDUC"))
                .andExpect(jsonPath("$.phases[0].children[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.phases[0].children[0].late").value(true))
                // Deadline Friday 08/01 17:00; Monday 11 and Tuesday 12 count, the weekend does not.
                .andExpect(jsonPath("$.phases[0].children[0].workingDaysLate").value(2))
                .andExpect(jsonPath("$.phases[0].children[0].subtree.late").value(1))
                // Only the ward's own staff extend its school's deadline, not the city.
                .andExpect(jsonPath("$.phases[0].children[0].extendUrl").doesNotExist())
                .andExpect(jsonPath("$.phases[0].children[1].code").value("SCNTRANPHU"))
                .andExpect(jsonPath("$.phases[0].children[1].status").value("ACCEPTED"))
                .andExpect(jsonPath("$.phases[0].children[1].late").value(false));

        // A school sees its own report.
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).with(basic("scnminhducstaff")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value("SCNMINHDUC"))
                .andExpect(jsonPath("$.parent").doesNotExist())
                .andExpect(jsonPath("$.phases[0].own.workingDaysLate").value(2))
                .andExpect(jsonPath("$.phases[0].children.length()").value(0))
                .andExpect(jsonPath("$.phases[0].totals.late").value(1));
    }

    @Test
    void aSchoolMayNotLookAtASiblingNorAtItsWard() throws Exception {
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).param("unit", "SCNNGUYENDU")
                        .with(basic("scnleloistaff")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(containsString("đơn vị mình và các đơn vị cấp dưới")));
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).param("unit", "SCNPA")
                        .with(basic("scnleloistaff")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("SCNPA")));
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId).param("unit", "SCNMINHDUC")
                        .with(basic("scnankhanhstaff")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/campaigns/{id}/overview", 987654321L).with(basic("scnsostaff")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("Không tìm thấy phong trào")));
        mvc.perform(get("/api/campaigns/{id}/overview", campaignId)).andExpect(status().isUnauthorized());
    }

    @Test
    void thePageHighlightsLateSchoolsAndLinksUpAndDown() throws Exception {
        mvc.perform(get("/campaigns/{id}/overview", campaignId).with(basic("scnsostaff")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString("Tình hình nộp báo cáo")))
                .andExpect(content().string(containsString(campaignName)))
                .andExpect(content().string(containsString("/campaigns/" + campaignId + "/overview?unit=SCNPB")))
                .andExpect(content().string(containsString("Tổng kết đợt 2")))
                .andExpect(content().string(containsString("Đợt này chưa mở")));

        String ward = mvc.perform(get("/campaigns/{id}/overview", campaignId).param("unit", "SCNPB")
                        .with(basic("scnsostaff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lên đơn vị cấp trên")))
                .andExpect(content().string(containsString("/campaigns/" + campaignId + "/overview?unit=SCN\"")))
                .andExpect(content().string(containsString("Quá hạn 2 ngày")))
                .andExpect(content().string(containsString("Trường TH Minh Đức")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        // The late school's row is highlighted; the accepted one is not.
        org.assertj.core.api.Assertions.assertThat(ward)
                .containsPattern("<tr class=\"late\">\\s*<td>1</td>\\s*<td>\\s*<span>Trường TH Minh Đức</span>")
                .containsPattern("<tr>\\s*<td>2</td>\\s*<td>\\s*<span>Trường THCS Trần Phú</span>");

        // The ward's staff have no way up: the city is beyond their reach. They may extend (gia hạn) the late
        // school's deadline from its row, and no longer the accepted school's.
        String own = mvc.perform(get("/campaigns/{id}/overview", campaignId).with(basic("scnbenthanhstaff")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Lên đơn vị cấp trên"))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(own)
                .containsPattern("(?s)Trường TH Minh Đức</span>.*?<a href=\"/reports/\\d+/deadline\" class=\"extend\">Gia hạn</a>"
                        + ".*?Trường THCS Trần Phú")
                .doesNotContainPattern("(?s)Trường THCS Trần Phú</span>.*?Gia hạn");
        org.assertj.core.api.Assertions.assertThat(ward).doesNotContain("Gia hạn</a>");

        mvc.perform(get("/campaigns").with(basic("scnbenthanhstaff")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(campaignName)))
                .andExpect(content().string(containsString("/campaigns/" + campaignId + "/overview")))
                .andExpect(content().string(containsString("/campaigns/" + campaignId + "/results")));
    }

    private void prepareAndSign(String unit, String staff, String head) {
        year.submit(staff, year.task(campaignId, 1, unit, PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường triển khai đầy đủ kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 42, FormFields.REGISTERED_COUNT, 40));
        year.submit(head, year.task(campaignId, 1, unit, APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
    }

    private static RequestPostProcessor basic(String user) {
        return request -> {
            request.addHeader("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
            return request;
        };
    }
}
