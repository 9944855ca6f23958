package vn.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.overview.CampaignOverview;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.registration.RegistrationChecker.Cell;
import vn.thidua.registration.RegistrationChecker.PersonRow;
import vn.thidua.registration.RegistrationChecker.TargetRow;
import vn.thidua.registration.RegistrationChecker.WorkRow;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * A campaign that opens with registration, told in order: the city launches with a registration deadline; the
 * district publishes a target every school must register against; three schools register (one types its list, one
 * uploads the Excel list it keeps, one is returned once for a missing target and sends again); the district approves,
 * reads its roll-up and exports it; the district registers in turn with the roll-up and the city approves; the sơ
 * kết and tổng kết forms show the targets with what was reached. On a real PostgreSQL, with authorization on.
 */
@PostgresIntegrationTest
class RegistrationScenarioTest {

    /** Monday 07/09/2026, Vietnam time: the city launches; registration closes at the city on Friday 16/10. */
    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-09-07T08:00:00+07:00");
    static final LocalDate REGISTRATION_DEADLINE = LocalDate.of(2026, 10, 16);
    static final String DISTRICT = "RGSQ1";

    @Autowired
    YearDriver year;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    ReportRepository reports;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    RegistrationService registrations;
    @Autowired
    RegistrationApi api;
    @Autowired
    CampaignOverview overview;

    /** One launch serves both stories (they work on different districts): launching is the slow part. */
    static long campaignId;

    @BeforeEach
    void launch() throws Exception {
        year.setClock(LAUNCH);
        if (campaignId != 0) {
            return;
        }
        year.importOrg("scenario/registration-units.csv", "scenario/registration-users.csv");
        campaignId = year.launch("rgssostaff", "Phong trào thi đua “Dạy tốt – Học tốt” có đăng ký " + System.nanoTime(),
                List.of(YearDriver.phase("Học kỳ I", LocalDate.of(2026, 10, 19), LocalDate.of(2027, 1, 16),
                                LocalDate.of(2027, 1, 25)),
                        YearDriver.phase("Học kỳ II", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25),
                                LocalDate.of(2027, 6, 5))),
                Map.of(CampaignProcessNames.Vars.REGISTRATION, true,
                        CampaignProcessNames.Vars.REGISTRATION_DEADLINE, REGISTRATION_DEADLINE.toString()));
        year.runDueJobs();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void schoolsRegisterTheDistrictRollsUpAndTheYearIsJudgedAgainstIt() throws Exception {
        // The launch opened the registration round (phase 0) at once, with earlier deadlines further down.
        assertThat(campaigns.phase(campaignId, 0).kind()).isEqualTo(ReportKind.REGISTRATION);
        var cityReport = reports.find(campaignId, 0, "RGS").orElseThrow();
        var districtReport = reports.find(campaignId, 0, DISTRICT).orElseThrow();
        var leLoi = reports.find(campaignId, 0, "RGSLELOI").orElseThrow();
        assertThat(districtReport.deadline()).isBefore(cityReport.deadline());
        assertThat(leLoi.deadline()).isBefore(districtReport.deadline());
        assertThat(year.task(campaignId, 0, "RGSLELOI", PREPARE_REPORT).getName())
                .startsWith("Đăng ký thi đua năm học 2026-2027 – Trường Tiểu học Lê Lợi");
        assertThat(reports.find(campaignId, 1, "RGSLELOI")).as("học kỳ I opens on 19/10").isEmpty();

        // The district publishes a target every school registers against.
        SignedInUser district = launcher.asUser("rgsq1staff");
        registrations.publishTargets(district, districtReport.id(),
                List.of(target(1, null, "Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", "%", "")));
        long mandatoryId = registrations.view(district, districtReport.id()).ownPublished().get(0).id();

        // 1. Lê Lợi types everything on its page.
        SignedInUser leLoiStaff = launcher.asUser("rgsleloistaff");
        // Its third target is counted by the system: how many it proposes for Lao động tiên tiến in its dossier.
        registrations.saveTargets(leLoiStaff, leLoi.id(), List.of(target(1, mandatoryId, "", "", "100"),
                target(2, null, "Số sáng kiến cấp cơ sở", "sáng kiến", "3"),
                tied(3, "Số giáo viên đề nghị Lao động tiên tiến", "1", "PROPOSED:LDTT")));
        assertThat(registrations.view(leLoiStaff, leLoi.id()).registration().targets().get(2))
                .satisfies(t -> {
                    assertThat(t.computedFrom()).isEqualTo("PROPOSED:LDTT");
                    assertThat(t.measure()).as("the count's own measure").isEqualTo("người");
                });
        registrations.saveCollectiveTitle(leLoiStaff, leLoi.id(), "TTLDXS");
        registrations.savePeople(leLoiStaff, leLoi.id(), List.of(
                person(1, "Nguyễn Thị Hoa", "12/03/1985", "Giáo viên", "Chiến sĩ thi đua cơ sở"),
                person(2, "Trần Văn Minh", "04/11/1990", "Tổ trưởng chuyên môn", "LDTT")));
        registrations.saveWorks(leLoiStaff, leLoi.id(), List.of(new WorkRow(1,
                Cell.of("Chuyên đề đổi mới sinh hoạt tổ chuyên môn theo nghiên cứu bài học", 1),
                Cell.of("Tổ chuyên môn khối 4", 2), Cell.of("15/12/2026", 3))));
        var form = year.formVariables("rgsleloistaff", year.task(campaignId, 0, "RGSLELOI", PREPARE_REPORT));
        assertThat(form.get(ShowRegistrationOnReportForm.REGISTRATION_URL)).isEqualTo("/registrations/" + leLoi.id());
        assertThat((String) form.get(ShowRegistrationOnReportForm.REGISTRATION_SUMMARY))
                .contains("Tập thể lao động xuất sắc", "Chiến sĩ thi đua cơ sở: 1 người", "Lao động tiên tiến: 1 người");
        registerAndSign("RGSLELOI", "rgsleloi");

        // 2. Hòa Bình uploads the Excel list it keeps, on the template it downloaded.
        var hoaBinh = reports.find(campaignId, 0, "RGSHOABINH").orElseThrow();
        SignedInUser hoaBinhStaff = launcher.asUser("rgshoabinhstaff");
        byte[] list = fill(registrations.template(hoaBinhStaff, hoaBinh.id()), List.of(
                new String[] {"1", "Lê Thị Thu Trang", "20/08/1988", "Giáo viên", "Lao động tiên tiến"},
                new String[] {"2", "Phạm Quốc Việt", "01/02/1979", "Phó hiệu trưởng", "Chiến sĩ thi đua cơ sở"},
                new String[] {"3", "Võ Thị Kim Ngân", "15/06/1995", "Giáo viên", "LDTT"}));
        registrations.uploadPeople(hoaBinhStaff, hoaBinh.id(), "danh-sach-dang-ky.xlsx", list);
        registrations.saveTargets(hoaBinhStaff, hoaBinh.id(), List.of(target(1, mandatoryId, "", "", "98,5"),
                target(2, null, "Số sáng kiến cấp cơ sở", "sáng kiến", "2")));
        registrations.saveCollectiveTitle(hoaBinhStaff, hoaBinh.id(), "Tập thể lao động tiên tiến");
        registerAndSign("RGSHOABINH", "rgshoabinh");

        // 3. Nguyễn Du forgets the mandatory target: the form refuses until it is there. Then it sends only that.
        var nguyenDu = reports.find(campaignId, 0, "RGSNGUYENDU").orElseThrow();
        SignedInUser nguyenDuStaff = launcher.asUser("rgsnguyendustaff");
        registrations.savePeople(nguyenDuStaff, nguyenDu.id(), List.of(
                person(1, "Hồ Thị Lan", "09/09/1987", "Giáo viên", "LDTT")));
        var prepare = year.task(campaignId, 0, "RGSNGUYENDU", PREPARE_REPORT);
        assertThatThrownBy(() -> year.submit("rgsnguyendustaff", prepare, Map.of()))
                .hasMessageContaining("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo");
        registrations.saveTargets(nguyenDuStaff, nguyenDu.id(), List.of(target(1, mandatoryId, "", "", "100")));
        registerAndSign("RGSNGUYENDU", "rgsnguyendu");

        // 4. The district approves two and returns Nguyễn Du for its missing initiative target, with a new deadline.
        review("RGSLELOI", true, null);
        review("RGSHOABINH", true, null);
        review("RGSNGUYENDU", false, "Thiếu chỉ tiêu số sáng kiến cấp cơ sở.");
        assertThat(reports.get(nguyenDu.id()).status()).isEqualTo(ReportStatus.RETURNED);
        RollUp returned = registrations.rollUp(district, districtReport.id());
        assertThat(returned.approved()).isEqualTo(2);
        assertThat(returned.returned()).isEqualTo(1);
        assertThat(returned.notSent()).isZero();
        var phase0 = overview.of(district, campaignId, DISTRICT).phases().stream().filter(p -> p.phaseNo() == 0)
                .findFirst().orElseThrow();
        assertThat(phase0.children()).extracting(CampaignOverview.Row::statusLabel)
                .containsExactlyInAnyOrder("Đã duyệt", "Đã duyệt", "Trả lại");
        assertThat((String) year.formVariables("rgsnguyendustaff",
                year.task(campaignId, 0, "RGSNGUYENDU", PREPARE_REPORT)).get(FormFields.RETURN_REASONS))
                .contains("sáng kiến");
        registrations.saveTargets(nguyenDuStaff, nguyenDu.id(), List.of(target(1, mandatoryId, "", "", "100"),
                target(2, null, "Số sáng kiến cấp cơ sở", "sáng kiến", "1")));
        registerAndSign("RGSNGUYENDU", "rgsnguyendu");
        review("RGSNGUYENDU", true, null);

        // 5. The roll-up counts exactly the three schools, their titles, targets and people; so does its export.
        RollUp rollUp = registrations.rollUp(district, districtReport.id());
        assertThat(rollUp.total()).isEqualTo(3);
        assertThat(rollUp.approved()).isEqualTo(3);
        assertThat(rollUp.sent() + rollUp.returned() + rollUp.notSent()).isZero();
        assertThat(rollUp.collectiveTitles()).extracting(RollUp.TitleCount::name, RollUp.TitleCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Tập thể lao động tiên tiến", 1),
                        org.assertj.core.groups.Tuple.tuple("Tập thể lao động xuất sắc", 1));
        assertThat(rollUp.personTitles()).extracting(RollUp.TitleCount::code, RollUp.TitleCount::count)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("LDTT", 4),
                        org.assertj.core.groups.Tuple.tuple("CSTDCS", 2));
        assertThat(rollUp.targets()).extracting(RollUp.TargetTotal::name, RollUp.TargetTotal::units,
                        t -> t.sum().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo", 3, "298.5"),
                        org.assertj.core.groups.Tuple.tuple("Số sáng kiến cấp cơ sở", 3, "6"),
                        org.assertj.core.groups.Tuple.tuple("Số giáo viên đề nghị Lao động tiên tiến", 1, "1"));
        assertThat(rollUp.people()).extracting(p -> p.person().fullName()).containsExactlyInAnyOrder(
                "Nguyễn Thị Hoa", "Trần Văn Minh", "Lê Thị Thu Trang", "Phạm Quốc Việt", "Võ Thị Kim Ngân",
                "Hồ Thị Lan");
        Map<String, List<List<String>>> sheets = read(RollUpWorkbook.write(rollUp, "Phong trào"));
        assertThat(sheets.get("Tổng hợp")).anySatisfy(r -> assertThat(r).contains("Trường Tiểu học Lê Lợi", "Đã duyệt",
                "Tập thể lao động xuất sắc"));
        assertThat(sheets.get("Cá nhân đăng ký")).hasSize(7)
                .anySatisfy(r -> assertThat(r).containsSequence("Phạm Quốc Việt", "01/02/1979", "Phó hiệu trưởng",
                        "Trường Tiểu học Hòa Bình", "Chiến sĩ thi đua cơ sở"))
                .noneSatisfy(r -> assertThat(r).contains("Trường THCS Trần Phú"));

        // 6. The district registers in turn; its form carries the roll-up; the city approves.
        registrations.saveTargets(district, districtReport.id(),
                List.of(target(1, null, "Tỷ lệ trường đạt chuẩn quốc gia", "%", "80"),
                        tied(2, "Số trường được duyệt đăng ký thi đua", "4", "UNITS_REGISTERED")));
        var districtForm = year.formVariables("rgsq1staff", year.task(campaignId, 0, DISTRICT, PREPARE_REPORT));
        assertThat((String) districtForm.get(ShowRegistrationOnReportForm.REGISTRATION_SUMMARY))
                .contains("đã duyệt 3", "/registrations/" + districtReport.id() + "/rollup.xlsx");
        assertThat(districtForm.get(FormFields.REGISTRATION)).isEqualTo(true);
        registerAndSign(DISTRICT, "rgsq1");
        // It went up with the roll-up as it stood then, attached to its registration for the city to open.
        SignedInUser city = launcher.asUser("rgssostaff");
        var attached = attachmentService.list(city, districtReport.id());
        assertThat(attached).extracting(vn.thidua.report.Attachment::fileName)
                .containsExactly("tong-hop-dang-ky-thi-dua-RGSQ1.xlsx");
        Map<String, List<List<String>>> sent = read(attachmentService.download(city, districtReport.id(),
                attached.get(0).id()).content());
        assertThat(sent.get("Cá nhân đăng ký")).hasSize(7);
        assertThat(sent.get("Tổng hợp")).anySatisfy(r -> assertThat(r).contains("Trường THCS Nguyễn Du",
                "Đã duyệt"));
        assertThat((String) year.formVariables("rgssostaff", year.task(campaignId, 0, DISTRICT, REVIEW_REPORT))
                .get(FormFields.ATTACHMENT_NAMES)).contains("tong-hop-dang-ky-thi-dua-RGSQ1.xlsx");
        assertThat(attachmentService.list(leLoiStaff, leLoi.id())).as("a school has nothing to roll up").isEmpty();
        review(DISTRICT, true, null);
        assertThat(reports.get(districtReport.id()).status()).isEqualTo(ReportStatus.ACCEPTED);
        RollUp cityRollUp = registrations.rollUp(city, cityReport.id());
        assertThat(cityRollUp.approved()).isEqualTo(1);
        assertThat(cityRollUp.notSent()).isEqualTo(1);
        assertThat(cityRollUp.people()).hasSize(6);

        // 7. Học kỳ I: the sơ kết form shows the targets with what was reached.
        year.setClock(OffsetDateTime.parse("2026-10-19T08:00:00+07:00"));
        year.runDueJobs();
        // A value the system computes is not typed.
        assertThatThrownBy(() -> registrations.saveAchieved(leLoiStaff, leLoi.id(), List.of(Cell.of("100", 1),
                Cell.of("2", 1), Cell.of("5", 1))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tự tính");
        registrations.saveAchieved(leLoiStaff, leLoi.id(), List.of(Cell.of("100", 1), Cell.of("2", 1),
                Cell.of("", 1)));
        String soKet = (String) year.formVariables("rgsleloistaff", year.task(campaignId, 1, "RGSLELOI",
                PREPARE_REPORT)).get(ShowRegistrationOnReportForm.REGISTERED_TARGETS);
        assertThat(soKet).contains("| Tỷ lệ giáo viên đạt chuẩn trình độ đào tạo | 100 % | 100 % | Đạt |",
                "| Số sáng kiến cấp cơ sở | 3 sáng kiến | 2 sáng kiến | Chưa đạt |",
                "| Số giáo viên đề nghị Lao động tiên tiến | 1 người | 0 người (tự tính) | Chưa đạt |");
        year.submit("rgsleloistaff", year.task(campaignId, 1, "RGSLELOI", PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường hoàn thành kế hoạch thi đua học kỳ I theo chỉ tiêu đã đăng ký.",
                FormFields.STAFF_COUNT, 40, FormFields.REGISTERED_COUNT, 2));
        year.submit("rgsleloihead", year.task(campaignId, 1, "RGSLELOI", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
        // The district reads it beside the school's targets.
        assertThat((String) year.formVariables("rgsq1staff", year.task(campaignId, 1, "RGSLELOI", REVIEW_REPORT))
                .get(ShowRegistrationOnReportForm.REGISTERED_TARGETS)).contains("Chưa đạt");
        // Its own consolidation shows the schools against theirs.
        String districtTargets = registrationForms.targets(reports.find(campaignId, 1, DISTRICT).orElseThrow());
        assertThat(districtTargets).contains("| Trường Tiểu học Lê Lợi | 3 | 1 | 2 |",
                "| Số trường được duyệt đăng ký thi đua | 4 đơn vị | 3 đơn vị (tự tính) | Chưa đạt |",
                "| Trường Tiểu học Hòa Bình | 2 | 0 | 0 |");

        // 8. Tổng kết: the same targets, now reached.
        registrations.saveAchieved(leLoiStaff, leLoi.id(), List.of(Cell.of("100", 1), Cell.of("3", 1),
                Cell.of("", 1)));
        year.setClock(OffsetDateTime.parse("2027-01-18T08:00:00+07:00"));
        year.runDueJobs();
        assertThat((String) year.formVariables("rgsleloistaff", year.task(campaignId, 2, "RGSLELOI",
                PREPARE_REPORT)).get(ShowRegistrationOnReportForm.REGISTERED_TARGETS))
                .contains("| Số sáng kiến cấp cơ sở | 3 sáng kiến | 3 sáng kiến | Đạt |");

        // The rule set of this campaign asks no registration: a nominee who did not register passes.
        var leLoiFinal = reports.find(campaignId, 2, "RGSLELOI").orElseThrow();
        List<vn.thidua.dossier.DossierEntry> entries = dossiers.save(leLoiStaff, leLoiFinal.id(), List.of(
                nominee("RGSLELOI", "Ông Văn Chưa", LocalDate.of(1983, 5, 5))));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.unmet()).noneMatch(u -> u.code().equals("REGISTRATION"));
            assertThat(e.eligible()).isTrue();
        });
        // The proposal counts towards the school's computed target at once, on its page and in the roll-up.
        assertThat(registrations.view(leLoiStaff, leLoi.id()).registration().targets().get(2)).satisfies(t -> {
            assertThat(t.achievedText()).isEqualTo("1");
            assertThat(t.reached()).isTrue();
        });
        assertThat(registrations.rollUp(district, districtReport.id()).units())
                .filteredOn(u -> u.unitCode().equals("RGSLELOI")).singleElement()
                .satisfies(u -> assertThat(List.of(u.reached(), u.missed())).containsExactly(3, 0));
        // And in the tổng kết form the school's staff have open, without opening it again.
        assertThat((String) year.formVariables("rgsleloistaff", year.task(campaignId, 2, "RGSLELOI",
                PREPARE_REPORT)).get(ShowRegistrationOnReportForm.REGISTERED_TARGETS))
                .contains("| Số giáo viên đề nghị Lao động tiên tiến | 1 người | 1 người (tự tính) | Đạt |");

        // The dossier can ask who registered for which title.
        assertThat(api.registeredTitle(campaignId, vn.thidua.nomination.NomineeKeys.person("RGSHOABINH",
                "Phạm Quốc Việt", LocalDate.of(1979, 2, 1)))).contains("CSTDCS");
        assertThat(api.registeredTitle(campaignId, vn.thidua.nomination.NomineeKeys.person("RGSHOABINH",
                "Nguyễn Văn Không", LocalDate.of(1980, 1, 1)))).isEmpty();
    }

    @Autowired
    RegistrationForms registrationForms;

    @Test
    void badFilesAndInputsGetTheirMessagesAndSaveNothing() throws Exception {
        var tranPhu = reports.find(campaignId, 0, "RGSTRANPHU").orElseThrow();
        SignedInUser staff = launcher.asUser("rgstranphustaff");
        registrations.savePeople(staff, tranPhu.id(), List.of(person(1, "Nguyễn Thị Hoa", "12/03/1985", "Giáo viên",
                "LDTT")));

        // Not a workbook at all; a workbook without the columns; a list with bad rows.
        assertThatThrownBy(() -> registrations.uploadPeople(staff, tranPhu.id(), "ds.xlsx",
                "Họ và tên;Ngày sinh".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ds.xlsx")
                .hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> registrations.uploadPeople(staff, tranPhu.id(), "ds.xlsx", workbook(List.of(
                new String[] {"STT", "Tên", "Ngày"}, new String[] {"1", "Lê Văn A", "01/01/1980"}))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Họ và tên");
        assertThatThrownBy(() -> registrations.uploadPeople(staff, tranPhu.id(), "ds.xlsx", workbook(List.of(
                new String[] {"STT", "Họ và tên", "Ngày sinh", "Chức vụ", "Danh hiệu đăng ký"},
                new String[] {"1", "Lê Văn An", "31/02/1980", "Giáo viên", "LDTT"},
                new String[] {"2", "", "01/01/1980", "Giáo viên", "LDTT"},
                new String[] {"3", "Trần Thị Bé", "01/01/1981", "Giáo viên", "Huân chương Lao động"},
                new String[] {"4", "Trần Thị Bé", "01/01/1981", "Giáo viên", "Tập thể lao động tiên tiến"},
                new String[] {"5", "Đỗ Văn Cường", "02/02/1982", "Giáo viên", "LDTT"},
                new String[] {"6", "Đỗ Văn Cường", "02/02/1982", "Giáo viên", "CSTDCS"}))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(RegistrationController::located)
                        .anyMatch(m -> m.startsWith("Dòng 2, cột 3 (Ngày sinh):") && m.contains("31/02/1980"))
                        .anyMatch(m -> m.startsWith("Dòng 3, cột 2 (Họ và tên):") && m.contains("chưa nhập"))
                        .anyMatch(m -> m.startsWith("Dòng 4, cột 5 (Danh hiệu đăng ký):")
                                && m.contains("Huân chương Lao động") && m.contains("Lao động tiên tiến (LDTT)"))
                        .anyMatch(m -> m.startsWith("Dòng 5, cột 5") && m.contains("không phải danh hiệu"))
                        .anyMatch(m -> m.startsWith("Dòng 7, cột 2") && m.contains("dòng 6"))
                        .hasSize(5));
        // Typed: a target value that is no number; a work without its day.
        assertThatThrownBy(() -> registrations.saveTargets(staff, tranPhu.id(),
                List.of(target(1, null, "Số sáng kiến", "sáng kiến", "ba"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> assertThat(error.message()).contains("\"ba\"")));
        // A known measure the page does not offer: no such title, or units below a school that has none.
        assertThatThrownBy(() -> registrations.saveTargets(staff, tranPhu.id(),
                List.of(tied(1, "Số huân chương", "1", "GRANTED:KHONGCO"))))
                .hasMessage("Dòng 1, cột 4 (Kết quả đạt được): Cách tính kết quả “GRANTED:KHONGCO” không có trong "
                        + "danh sách chọn của chỉ tiêu.");
        assertThatThrownBy(() -> registrations.saveTargets(staff, tranPhu.id(),
                List.of(tied(1, "Số tổ được duyệt", "2", "UNITS_REGISTERED"))))
                .hasMessage("Dòng 1, cột 4 (Kết quả đạt được): “Số đơn vị trực thuộc được duyệt đăng ký thi đua” chỉ "
                        + "dùng được khi có đơn vị trực thuộc để đếm.");
        assertThatThrownBy(() -> registrations.saveWorks(staff, tranPhu.id(), List.of(new WorkRow(1,
                Cell.of("Chuyên đề", 1), Cell.of("Tổ 1", 2), Cell.of("", 3)))))
                .hasMessage("Dòng 1, cột 3 (Dự kiến hoàn thành): Dự kiến hoàn thành chưa nhập.");
        assertThatThrownBy(() -> registrations.saveCollectiveTitle(staff, tranPhu.id(), "LDTT"))
                .hasMessageContaining("không phải danh hiệu");

        // A launch that asks for registration says when, no later than the first report, and not in the past.
        SignedInUser city = launcher.asUser("rgssostaff");
        for (String[] bad : List.of(new String[] {"", "Hạn nộp đăng ký thi đua chưa nhập."},
                new String[] {"2027-02-01", "Hạn nộp đăng ký thi đua (01/02/2027) không được muộn hơn hạn nộp báo cáo "
                        + "của đợt 1 (25/01/2027)."},
                new String[] {"2026-09-01", "Hạn nộp đăng ký thi đua (01/09/2026) đã qua."})) {
            assertThatThrownBy(() -> launcher.launch(new vn.thidua.campaign.CampaignLaunch("Phong trào thử",
                    "2026-2027", null, null, List.of(new vn.thidua.campaign.CampaignLaunch.Phase("Đợt 1", "2026-10-19",
                    "2027-01-16", "2027-01-25")), null, null, null, null, null, null, true, bad[0], null), city))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(vn.thidua.problem.InputError::message).containsExactly(bad[1]));
        }

        // Nothing of it was kept.
        var view = registrations.view(staff, tranPhu.id());
        assertThat(view.registration().people()).extracting(Registration.Person::fullName)
                .containsExactly("Nguyễn Thị Hoa");
        assertThat(view.registration().targets()).isEmpty();
        assertThat(view.registration().works()).isEmpty();
        // Another school's staff change nothing here, and the parent reads but does not edit.
        assertThatThrownBy(() -> registrations.savePeople(launcher.asUser("rgsleloistaff"), tranPhu.id(), List.of()))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.view(launcher.asUser("rgsleloistaff"), tranPhu.id()))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        assertThatThrownBy(() -> registrations.view(launcher.asUser("rgsq1staff"), tranPhu.id()))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);
        assertThat(registrations.view(launcher.asUser("rgsq2staff"), tranPhu.id()).canEdit()).isFalse();
        assertThatThrownBy(() -> registrations.savePeople(launcher.asUser("rgsq2staff"), tranPhu.id(), List.of()))
                .isInstanceOf(vn.thidua.problem.AccessDeniedException.class);

        // A published target tied to a known measure: its schools have no units below to count; a title's awards
        // they have. The school's answer takes the tie, computed and in the count's measure, whatever it sends.
        SignedInUser district2 = launcher.asUser("rgsq2staff");
        long district2Report = reports.find(campaignId, 0, "RGSQ2").orElseThrow().id();
        assertThatThrownBy(() -> registrations.publishTargets(district2, district2Report,
                List.of(tied(1, "Số tổ chuyên môn được duyệt", "", "UNITS_REGISTERED"))))
                .hasMessageContaining("chỉ dùng được khi có đơn vị trực thuộc");
        registrations.publishTargets(district2, district2Report,
                List.of(tied(1, "Số giáo viên được tặng Lao động tiên tiến", "", "GRANTED:LDTT")));
        var published = registrations.view(district2, district2Report).ownPublished();
        assertThat(published).singleElement().satisfies(t -> {
            assertThat(t.computedFrom()).isEqualTo("GRANTED:LDTT");
            assertThat(t.measure()).isEqualTo("người");
        });
        registrations.saveTargets(staff, tranPhu.id(), List.of(new TargetRow(1, published.get(0).id(),
                Cell.of("", 1), Cell.of("", 2), Cell.of("5", 3), Cell.of("", 4))));
        assertThat(registrations.view(staff, tranPhu.id()).registration().targets()).singleElement().satisfies(t -> {
            assertThat(t.computedFrom()).isEqualTo("GRANTED:LDTT");
            assertThat(t.measure()).isEqualTo("người");
            assertThat(t.achievedText()).as("nobody granted yet").isEqualTo("0");
            assertThat(t.reached()).isFalse();
        });
        // Untied by the district: the school's answer is typed again.
        registrations.publishTargets(district2, district2Report, List.of(new TargetRow(1, published.get(0).id(),
                Cell.of("Số giáo viên được tặng Lao động tiên tiến", 1), Cell.of("người", 2), Cell.of("", 3))));
        assertThat(registrations.view(staff, tranPhu.id()).registration().targets()).singleElement()
                .satisfies(t -> assertThat(t.computed()).isFalse());
    }

    @Test
    void aRuleSetThatRequiresRegistrationFlagsWhoDidNotRegisterAndKeepsThem() throws Exception {
        // A rule set like the education one, but Lao động tiên tiến needs a registration.
        ObjectMapper json = new ObjectMapper();
        ObjectNode set = (ObjectNode) json.readTree(Files.readString(Path.of("processes/rules/giao-duc-2025/ruleset.json")));
        set.put("id", GATED_SET);
        set.put("name", "Ngành giáo dục – bắt buộc đăng ký Lao động tiên tiến");
        for (var title : set.withArray("titles")) {
            if (title.path("code").asText().equals("LDTT")) {
                ((ObjectNode) title).put("registrationRequired", true);
            }
        }
        String dmn = Files.readString(Path.of("processes/rules/giao-duc-2025/eligibility.dmn"))
                .replace("giao-duc-2025", GATED_SET).replace("Eligibility_giaoduc2025", "Eligibility_giaoducdangky");
        if (ruleBook.available().stream().noneMatch(r -> r.ref().id().equals(GATED_SET))) {
            ruleSets.deploy(json.writeValueAsBytes(set), dmn.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    GATED_SET, "rgssostaff");
        }
        // Both phases already begun, so the tổng kết's dossier is open during registration.
        long gated = launcher.launch(new vn.thidua.campaign.CampaignLaunch(
                "Phong trào bắt buộc đăng ký " + System.nanoTime(), "2026-2027", null, null, List.of(
                        new vn.thidua.campaign.CampaignLaunch.Phase("Đợt 1", "2026-09-01", "2026-09-04", "2026-10-30"),
                        new vn.thidua.campaign.CampaignLaunch.Phase("Đợt 2", "2026-09-05", "2027-05-25", "2027-06-05")),
                GATED_SET, null, null, null, null, null, true, "2026-10-16", null), launcher.asUser("rgssostaff")).id();
        year.runDueJobs();
        SignedInUser staff = launcher.asUser("rgstranphustaff");
        registrations.savePeople(staff, reports.find(gated, 0, "RGSTRANPHU").orElseThrow().id(), List.of(
                person(1, "Lê Văn Đăng", "01/01/1980", "Giáo viên", "LDTT"),
                person(2, "Mạc Thị Khác", "02/02/1982", "Giáo viên", "CSTDCS")));

        List<vn.thidua.dossier.DossierEntry> entries = dossiers.save(staff,
                reports.find(gated, 2, "RGSTRANPHU").orElseThrow().id(), List.of(
                        nominee("RGSTRANPHU", "Lê Văn Đăng", LocalDate.of(1980, 1, 1)),
                        nominee("RGSTRANPHU", "Phan Thị Chưa", LocalDate.of(1985, 3, 3)),
                        nominee("RGSTRANPHU", "Mạc Thị Khác", LocalDate.of(1982, 2, 2))));
        assertThat(entries).as("flagged, never dropped").hasSize(3);
        Map<String, List<String>> unmet = new HashMap<>();
        entries.forEach(e -> unmet.put(e.nomination().fullName(), e.unmet().stream()
                .filter(u -> u.code().equals("REGISTRATION")).map(u -> u.message()).toList()));
        assertThat(unmet.get("Lê Văn Đăng")).isEmpty();
        assertThat(unmet.get("Phan Thị Chưa")).singleElement().asString()
                .startsWith("Chưa đăng ký thi đua danh hiệu Lao động tiên tiến");
        assertThat(unmet.get("Mạc Thị Khác")).singleElement().asString()
                .contains("Chiến sĩ thi đua cơ sở, không phải Lao động tiên tiến");
    }

    static final String GATED_SET = "giao-duc-dang-ky";

    @Autowired
    vn.thidua.dossier.DossierService dossiers;
    @Autowired
    vn.thidua.rules.RuleBook ruleBook;
    @Autowired
    vn.thidua.rules.RuleSetDeployment ruleSets;

    /** A teacher rated "hoàn thành tốt" with nothing against them, nominated for Lao động tiên tiến. */
    private static vn.thidua.nomination.Nomination nominee(String unit, String name, LocalDate born) {
        return new vn.thidua.nomination.Nomination.Person(vn.thidua.nomination.NomineeKeys.person(unit, name, born),
                unit, name, born, "Giáo viên", vn.thidua.nomination.Rating.GOOD, null,
                vn.thidua.nomination.RecognitionLevel.NONE, null, vn.thidua.nomination.RecognitionLevel.NONE,
                vn.thidua.nomination.Discipline.NONE, 2, false, 12, null, "LDTT",
                "Hoàn thành tốt nhiệm vụ giảng dạy năm học.");
    }

    // ---- the people of the story -------------------------------------------------------------------------------

    /** The unit's staff complete the registration; its head signs the pledge; it goes to the parent. */
    private void registerAndSign(String unitCode, String userPrefix) {
        year.submit(userPrefix + "staff", year.task(campaignId, 0, unitCode, PREPARE_REPORT), Map.of());
        year.submit(userPrefix + "head", year.task(campaignId, 0, unitCode, APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
    }

    private void review(String unitCode, boolean accept, String reasons) {
        String reviewer = unitCode.equals(DISTRICT) ? "rgssostaff" : "rgsq1staff";
        Map<String, Object> values = new HashMap<>();
        values.put(Vars.REVIEW_DECISION, accept ? UnitReportProcess.REVIEW_ACCEPT : UnitReportProcess.REVIEW_RETURN);
        if (!accept) {
            values.put(FormFields.RETURN_REASONS, reasons);
            values.put(FormFields.NEW_DEADLINE, "2026-10-09");
        }
        year.submit(reviewer, year.task(campaignId, 0, unitCode, REVIEW_REPORT), values);
        year.runDueJobs();
    }

    /** An own target whose achieved value the system computes from the known measure {@code code}. */
    private static TargetRow tied(int line, String name, String value, String code) {
        return new TargetRow(line, null, Cell.of(name, 1), Cell.of("", 2), Cell.of(value, 3), Cell.of(code, 4));
    }

    @Autowired
    vn.thidua.report.AttachmentService attachmentService;

    private static TargetRow target(int line, Long publishedId, String name, String measure, String value) {
        return new TargetRow(line, publishedId, Cell.of(name, 1), Cell.of(measure, 2), Cell.of(value, 3));
    }

    private static PersonRow person(int line, String name, String born, String position, String title) {
        return new PersonRow(line, Cell.of(name, 1), Cell.of(born, 2), Cell.of(position, 3), Cell.of(title, 4));
    }

    /** The template with its example line replaced by {@code rows}, as a secretary fills it in Excel. */
    private static byte[] fill(byte[] template, List<String[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(r + 1) == null ? sheet.createRow(r + 1) : sheet.getRow(r + 1);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] workbook(List<String[]> rows) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("DS");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).length; c++) {
                    row.createCell(c).setCellValue(rows.get(r)[c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Map<String, List<List<String>>> read(byte[] xlsx) throws Exception {
        Map<String, List<List<String>>> sheets = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    row.forEach(c -> cells.add(formatter.formatCellValue(c)));
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }
}
