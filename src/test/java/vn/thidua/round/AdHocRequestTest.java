package vn.thidua.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.YearDriver;

/**
 * A ward asks three of its five schools for an ad-hoc report (báo cáo đột xuất) with a template: only those three get
 * the task, its deadline and its reminders; the template downloads for them and not for the others; the reports
 * run through the same process to the ward's review.
 */
@PostgresIntegrationTest
class AdHocRequestTest {

    static final OffsetDateTime ASKED = OffsetDateTime.parse("2026-12-07T09:00:00+07:00");
    static final List<String> CHOSEN = List.of("SCRANBINH", "SCRCHIENTHANG", "SCRHOANGMAI");
    static final List<String> LEFT_OUT = List.of("SCRBINHMINH", "SCRDONGDA");
    static final String TOPIC = "Báo cáo nhanh thiệt hại do bão số 15";

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();

    @Autowired
    YearDriver year;
    @Autowired
    AdHocRequests requests;
    @Autowired
    RoundRepository rounds;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    ReportRepository reports;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    TaskService taskService;
    @Autowired
    vn.thidua.mail.OutboxDelivery dispatcher;

    @Test
    void onlyTheChosenSchoolsGetTasksDeadlinesAndReminders() throws Exception {
        year.setClock(ASKED);
        year.importOrg("scenario/round-units.csv", "scenario/round-users.csv");
        year.runDueJobs();
        dispatcher.dispatchDue();
        smtp.reset();
        SignedInUser ward = launcher.asUser("scrphuongstaff");
        byte[] template = "Mẫu báo cáo thiệt hại".getBytes(StandardCharsets.UTF_8);

        long id = requests.create(new AdHocInput(TOPIC, null, "18/12/2026",
                "Thống kê phòng học, thiết bị bị hư hỏng; ước tính thiệt hại.", false, null, CHOSEN),
                new UploadedTemplate("mau-bao-cao-thiet-hai.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", template), ward);
        year.runDueJobs();
        AdHocRequest request = rounds.findAdHoc(id).orElseThrow();
        long campaignId = request.campaignId();
        assertThat(campaigns.phase(campaignId, 1).kind()).isEqualTo(ReportKind.AD_HOC);

        for (String school : CHOSEN) {
            var task = year.task(campaignId, 1, school, PREPARE_REPORT);
            assertThat(task).as(school).isNotNull();
            assertThat(task.getDueDate().toInstant())
                    .isEqualTo(OffsetDateTime.parse("2026-12-18T17:00:00+07:00").toInstant());
        }
        for (String school : LEFT_OUT) {
            assertThat(year.task(campaignId, 1, school, PREPARE_REPORT)).as(school).isNull();
            assertThat(reports.find(campaignId, 1, school)).as(school).isEmpty();
        }
        assertThat(taskService.createTaskQuery().processInstanceBusinessKeyLike(campaignId + "-%").list())
                .as("the request's tasks").hasSize(CHOSEN.size());

        var anBinh = year.task(campaignId, 1, "SCRANBINH", PREPARE_REPORT);
        assertThat(anBinh.getName()).isEqualTo(TOPIC + " – Trường TH An Bình – Yêu cầu báo cáo đột xuất của "
                + "Ủy ban nhân dân Phường Thử nghiệm Định kỳ ngày 07/12/2026");
        Map<String, Object> form = year.formVariables("scranbinhstaff", anBinh);
        assertThat(form.get("requestTemplateUrl")).isEqualTo("/adhoc-reports/" + id + "/template");
        assertThat(form.get("askCounts")).isEqualTo(false);
        assertThat(requests.template(launcher.asUser("scranbinhstaff"), id).content()).isEqualTo(template);
        assertThatThrownBy(() -> requests.template(launcher.asUser("scrbinhminhstaff"), id))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(requests.visibleTo(launcher.asUser("scrdongdastaff"))).noneMatch(s -> s.request().id() == id);

        // Reminders: five, two and one working day before, and the due day's morning; only the chosen schools
        year.setClock(OffsetDateTime.parse("2026-12-11T17:00:01+07:00"));
        year.runDueJobs();
        dispatcher.dispatchDue();
        for (String staff : List.of("scranbinhstaff", "scrchienthangstaff", "scrhoangmaistaff")) {
            assertThat(smtp.to(TOPIC, staff)).as(staff).hasSize(1);
        }
        for (String staff : List.of("scrbinhminhstaff", "scrdongdastaff")) {
            assertThat(smtp.to(TOPIC, staff)).as(staff).isEmpty();
        }

        // The same report process: prepare (no counts asked), sign, the ward reviews
        year.submit("scranbinhstaff", anBinh, Map.of("summary",
                "Hai phòng học tầng trệt bị ngập, hư 12 bộ bàn ghế; không có thiệt hại về người."));
        year.submit("scranbinhhead", year.task(campaignId, 1, "SCRANBINH", APPROVE_REPORT),
                Map.of("headDecision", UnitReportProcess.HEAD_APPROVE));
        assertThat(year.task(campaignId, 1, "SCRANBINH", REVIEW_REPORT)).isNotNull()
                .satisfies(t -> assertThat(taskService.getIdentityLinksForTask(t.getId()))
                        .anyMatch(l -> "SCRstaff".equals(l.getGroupId())));
    }

    @Test
    void badRequestIsRefusedWithEveryErrorAndNothingSaved() throws Exception {
        year.setClock(ASKED);
        year.importOrg("scenario/round-units.csv", "scenario/round-users.csv");
        year.importOrg("scenario/two-level-units.csv", "scenario/two-level-users.csv");
        SignedInUser ward = launcher.asUser("scrphuongstaff");
        int before = rounds.adHocRequests().size();

        assertThatThrownBy(() -> requests.create(new AdHocInput("", null, "31/02/2027", null, true, "AI_CUNG_DUOC",
                        List.of("SCTLAMSON", "KHONGCO", "SCRANBINH", "SCRANBINH")),
                new UploadedTemplate("virus.exe", "application/octet-stream", new byte[] {1}), ward))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::field)
                        .containsExactly("topic", "dueOn", "receivers", "unitCodes", "unitCodes", "unitCodes",
                                "template"));
        assertThatThrownBy(() -> requests.create(new AdHocInput(TOPIC, null, "07/12/2026", null, true, null,
                List.of()), null, ward))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("quá gần"));
        assertThat(rounds.adHocRequests()).hasSize(before);
    }

    @Test
    void aWardsRequestEndsAtTheWardNotItsCity() throws Exception {
        year.setClock(ASKED);
        year.importOrg("scenario/three-level-units.csv", "scenario/three-level-users.csv");
        long id = requests.create(new AdHocInput("Báo cáo đột xuất về an toàn thực phẩm", null, "21/12/2026", null,
                false, null, List.of()), null, launcher.asUser("scnankhanhstaff"));
        year.runDueJobs();
        long campaignId = rounds.findAdHoc(id).orElseThrow().campaignId();
        assertThat(year.task(campaignId, 1, "SCNPB", PREPARE_REPORT)).as("another ward").isNull();
        for (String school : List.of("SCNLELOI", "SCNNGUYENDU")) {
            String unit = school.equals("SCNLELOI") ? "scnleloi" : "scnnguyendu";
            year.submit(unit + "staff", year.task(campaignId, 1, school, PREPARE_REPORT), Map.of("summary",
                    "Bếp ăn bán trú bảo đảm an toàn thực phẩm; đã kiểm tra nguồn gốc thực phẩm hằng ngày."));
            year.submit(unit + "head", year.task(campaignId, 1, school, APPROVE_REPORT),
                    Map.of("headDecision", UnitReportProcess.HEAD_APPROVE));
            year.submit("scnankhanhstaff", year.task(campaignId, 1, school, REVIEW_REPORT),
                    Map.of("reviewDecision", UnitReportProcess.REVIEW_ACCEPT));
        }
        year.runDueJobs();
        year.submit("scnankhanhstaff", year.task(campaignId, 1, "SCNPA", PREPARE_REPORT), Map.of("summary",
                "Hai trường của phường bảo đảm an toàn thực phẩm, không có vụ việc nào trong học kỳ."));
        year.submit("scnankhanhhead", year.task(campaignId, 1, "SCNPA", APPROVE_REPORT),
                Map.of("headDecision", UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();

        assertThat(year.task(campaignId, 1, "SCNPA", REVIEW_REPORT)).as("the city did not ask").isNull();
        assertThat(reports.find(campaignId, 1, "SCNPA").orElseThrow().parentUnitCode()).isNull();
        assertThat(campaigns.get(campaignId).status()).isEqualTo(vn.thidua.campaign.Campaign.STATUS_CLOSED);
    }
}
