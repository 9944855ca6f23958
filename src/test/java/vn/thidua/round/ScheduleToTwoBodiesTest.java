package vn.thidua.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * The district plan's "báo cáo định kỳ 06 tháng … gửi về Ủy ban nhân dân … và Phòng Giáo dục": a ward's 6-month
 * report of its schedule, set to go to the parent and the units' other bodies, reaches the ward (who reviews it) and
 * the province's department (who acknowledges it).
 */
@PostgresIntegrationTest
class ScheduleToTwoBodiesTest {

    static final OffsetDateTime SET_UP = OffsetDateTime.parse("2026-10-01T09:00:00+07:00");

    @Autowired
    YearDriver year;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    RoundRepository rounds;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    TaskService taskService;

    @BeforeEach
    void setUp() throws Exception {
        year.setClock(SET_UP);
        year.importOrg("scenario/ward-units.csv", "scenario/ward-users.csv");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSixMonthReportReachesTheWardAndTheDepartment() {
        long id = schedules.create(new ScheduleInput("Lịch báo cáo định kỳ – Phường Hiến Nam", null, List.of(
                new ScheduleInput.Item("Báo cáo 6 tháng", "15/10", 5,
                        "Báo cáo sơ kết 6 tháng công tác thi đua, khen thưởng.", false, "PARENT_AND_OTHERS"))),
                launcher.asUser("wbhiennamstaff"));
        long campaignId = rounds.findSchedule(id).orElseThrow().campaignId();

        // 15/10/2026 is a Thursday: the round opens five working days before, on Thursday 08/10.
        year.setClock(OffsetDateTime.parse("2026-10-08T07:00:00+07:00"));
        year.runDueJobs();
        for (String school : List.of("WBQUANGTRUNG", "WBLELOI")) {
            year.submit(school.toLowerCase() + "staff", year.task(campaignId, 1, school, PREPARE_REPORT),
                    Map.of(FormFields.SUMMARY, "Sáu tháng đầu năm học, nhà trường triển khai phong trào thi đua "
                            + "đến toàn thể cán bộ, giáo viên, nhân viên."));
            year.submit(school.toLowerCase() + "head", year.task(campaignId, 1, school, APPROVE_REPORT),
                    Map.of(UnitReportProcess.Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
            year.runDueJobs();
        }

        // The ward reviews each school's report; the department has each in its Tasklist to acknowledge.
        assertThat(year.task(campaignId, 1, "WBQUANGTRUNG", REVIEW_REPORT)).isNotNull();
        assertThat(year.task(campaignId, 1, "WBLELOI", REVIEW_REPORT)).isNotNull();
        // The body's receipt runs in a process of its own (report-receipt.bpmn).
        List<Task> receipts = taskService.createTaskQuery().processDefinitionKey("ReportReceipt")
                .taskCandidateGroup("WBSOstaff").list();
        assertThat(receipts).extracting(Task::getName).containsExactlyInAnyOrder(
                "Tiếp nhận: Báo cáo 6 tháng năm 2026 – Trường Tiểu học Quang Trung – Lịch báo cáo định kỳ – Phường Hiến Nam",
                "Tiếp nhận: Báo cáo 6 tháng năm 2026 – Trường Tiểu học Lê Lợi – Lịch báo cáo định kỳ – Phường Hiến Nam");
    }
}
