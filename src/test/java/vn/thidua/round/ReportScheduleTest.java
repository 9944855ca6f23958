package vn.thidua.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;

import java.time.OffsetDateTime;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.SignedInUser;
import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * A ward's report schedule over the turn of the year: the yearly report due 15/01 opens on 31/12 (ten working days
 * before, New Year's Day not counted), the first-quarter report due 08/02/2027 – in the Tết break – is due on the
 * first working day after it and opens five working days before that; a pause skips a round, and an ended schedule
 * opens none, while rounds already open run on. The engine clock moves; nothing sleeps.
 */
@PostgresIntegrationTest
class ReportScheduleTest {

    static final OffsetDateTime SET_UP = OffsetDateTime.parse("2026-12-07T09:00:00+07:00");
    static final String WARD_STAFF = "scrphuongstaff";
    static final List<String> SCHOOLS = List.of("SCRANBINH", "SCRBINHMINH", "SCRCHIENTHANG", "SCRDONGDA",
            "SCRHOANGMAI");

    @Autowired
    YearDriver year;
    @Autowired
    ReportSchedules schedules;
    @Autowired
    RoundRepository rounds;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    ManagementService managementService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    HistoryService historyService;

    @BeforeEach
    void setUp() throws Exception {
        year.setClock(SET_UP);
        year.importOrg("scenario/round-units.csv", "scenario/round-users.csv");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    static ScheduleInput yearAndQuarter(String name) {
        return new ScheduleInput(name, null, List.of(
                new ScheduleInput.Item("Báo cáo tổng kết năm", "15/01", 10,
                        "Tổng kết công tác thi đua, khen thưởng năm; nêu số liệu và điển hình.", true, "PARENT"),
                new ScheduleInput.Item("Báo cáo quý I", "08/02", 5, null, false, "PARENT_AND_OTHERS")));
    }

    @Test
    void roundsOpenOnTheirDaysAcrossTheYearAndTet() {
        SignedInUser ward = launcher.asUser(WARD_STAFF);
        long id = schedules.create(yearAndQuarter("Lịch báo cáo định kỳ 2027 – Phường Định kỳ"), ward);
        ReportSchedule schedule = rounds.findSchedule(id).orElseThrow();
        Campaign campaign = campaigns.get(schedule.campaignId());
        assertThat(campaign.rootUnitCode()).isEqualTo("SCR");

        // 15/01/2027 is a Friday; ten working days back, skipping 01/01 (Tết Dương lịch): Thursday 31/12/2026
        assertThat(timerDue(schedule)).isEqualTo(OffsetDateTime.parse("2026-12-31T00:00:00+07:00"));
        year.setClock(OffsetDateTime.parse("2026-12-30T16:00:00+07:00"));
        year.runDueJobs();
        assertThat(year.task(schedule.campaignId(), 1, "SCRANBINH", PREPARE_REPORT)).isNull();

        year.setClock(OffsetDateTime.parse("2026-12-31T07:00:00+07:00"));
        year.runDueJobs();
        for (String school : SCHOOLS) {
            Task task = year.task(schedule.campaignId(), 1, school, PREPARE_REPORT);
            assertThat(task).as(school).isNotNull();
            assertThat(task.getDueDate().toInstant())
                    .isEqualTo(OffsetDateTime.parse("2027-01-15T17:00:00+07:00").toInstant());
        }
        Task anBinh = year.task(schedule.campaignId(), 1, "SCRANBINH", PREPARE_REPORT);
        assertThat(anBinh.getName()).isEqualTo(
                "Báo cáo tổng kết năm 2027 – Trường TH An Bình – Lịch báo cáo định kỳ 2027 – Phường Định kỳ");
        var form = year.formVariables("scranbinhstaff", anBinh);
        assertThat(form.get("requestInstructions")).asString().startsWith("Tổng kết công tác thi đua");
        assertThat(campaigns.phase(schedule.campaignId(), 1).kind()).isEqualTo(ReportKind.PERIODIC);
        // The ward's own deadline: the schools' plus its level's five lead working days
        assertThat(campaigns.phase(schedule.campaignId(), 1).reportDeadline().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-22T17:00:00+07:00").toInstant());

        // Quý I due Monday 08/02/2027, inside Tết (04/02 – 10/02): due Thursday 11/02, opens five working days
        // before, skipping the break: Thursday 28/01
        assertThat(timerDue(schedule)).isEqualTo(OffsetDateTime.parse("2027-01-28T00:00:00+07:00"));

        // Paused before the day: nothing opens while paused; resumed after it, the round opens at once, its
        // deadline still ahead
        year.setClock(OffsetDateTime.parse("2027-01-26T10:00:00+07:00"));
        schedules.pause(ward, id);
        assertThat(rounds.findSchedule(id).orElseThrow().status()).isEqualTo(ScheduleStatus.PAUSED);
        assertThat(timers(schedule)).isEmpty();
        assertThatThrownBy(() -> schedules.pause(ward, id)).isInstanceOf(InvalidInputException.class);
        year.setClock(OffsetDateTime.parse("2027-01-29T10:00:00+07:00"));
        year.runDueJobs();
        assertThat(year.task(schedule.campaignId(), 2, "SCRANBINH", PREPARE_REPORT)).isNull();
        schedules.resume(ward, id);
        assertThat(timerDue(schedule)).isEqualTo(OffsetDateTime.parse("2027-01-29T00:00:00+07:00"));
        year.runDueJobs();
        Task quarter = year.task(schedule.campaignId(), 2, "SCRHOANGMAI", PREPARE_REPORT);
        assertThat(quarter.getName()).startsWith("Báo cáo quý I năm 2027 – Trường MN Hoàng Mai");
        assertThat(quarter.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-02-11T17:00:00+07:00").toInstant());
        // Next: the yearly report of 2028, due Monday 17/01/2028 (15/01 is a Saturday); ten working days before,
        // without 03/01 (nghỉ bù for New Year's Day on a Saturday): Friday 31/12/2027
        assertThat(timerDue(schedule)).isEqualTo(OffsetDateTime.parse("2027-12-31T00:00:00+07:00"));

        // Ended: no round opens any more; the open one runs on
        assertThatThrownBy(() -> schedules.end(launcher.asUser("scranbinhstaff"), id))
                .isInstanceOf(AccessDeniedException.class);
        schedules.end(ward, id);
        assertThat(timers(schedule)).isEmpty();
        assertThat(campaigns.get(schedule.campaignId()).status()).isEqualTo(Campaign.STATUS_CLOSED);
        assertThat(year.task(schedule.campaignId(), 1, "SCRANBINH", PREPARE_REPORT)).isNotNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(schedule.processInstanceId())
                .singleResult()).as("the schedule's process waits only for its open round").isNotNull();
        assertThat(historyService.createHistoricActivityInstanceQuery()
                .processInstanceId(schedule.processInstanceId()).activityId(RoundProcess.END_SCHEDULE).count())
                .isEqualTo(1);
        assertThatThrownBy(() -> schedules.resume(ward, id)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void setUpLateTheCurrentRoundOpensAtOnceThenTheQuarterBeforeTet() {
        SignedInUser ward = launcher.asUser(WARD_STAFF);
        year.setClock(OffsetDateTime.parse("2027-01-05T09:00:00+07:00"));
        long id = schedules.create(yearAndQuarter("Lịch báo cáo quý – Phường Định kỳ"), ward);
        ReportSchedule schedule = rounds.findSchedule(id).orElseThrow();
        // Set up after the yearly report's opening day (31/12) with its deadline (15/01) still ahead: it opens now
        assertThat(timerDue(schedule)).isEqualTo(OffsetDateTime.parse("2027-01-05T00:00:00+07:00"));
        year.runDueJobs();
        assertThat(year.task(schedule.campaignId(), 1, "SCRDONGDA", PREPARE_REPORT).getName())
                .startsWith("Báo cáo tổng kết năm 2027 – Trường THCS Đống Đa");
        assertThat(timerDue(schedule)).isEqualTo(OffsetDateTime.parse("2027-01-28T00:00:00+07:00"));

        year.setClock(OffsetDateTime.parse("2027-01-28T08:00:00+07:00"));
        year.runDueJobs();
        Task task = year.task(schedule.campaignId(), 2, "SCRDONGDA", PREPARE_REPORT);
        assertThat(task.getName()).startsWith("Báo cáo quý I năm 2027 – Trường THCS Đống Đa");
        assertThat(task.getDueDate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-02-11T17:00:00+07:00").toInstant());
        var form = year.formVariables("scrdongdastaff", task);
        assertThat(form.get("askCounts")).isEqualTo(false);
        // The report process was told who receives the round's reports
        String wardInstance = runtimeService.createProcessInstanceQuery()
                .processInstanceBusinessKey(schedule.campaignId() + "-2-SCR").singleResult().getId();
        assertThat(runtimeService.getVariable(wardInstance, "receivers")).isEqualTo("PARENT_AND_OTHERS");

        // Counts not asked: the school submits a summary alone
        year.submit("scrdongdastaff", task, java.util.Map.of("summary",
                "Quý I: trường tổ chức hội thi giáo viên dạy giỏi cấp trường, 12 giáo viên tham gia."));
        assertThat(year.task(schedule.campaignId(), 2, "SCRDONGDA",
                vn.thidua.report.UnitReportProcess.APPROVE_REPORT)).isNotNull();
        schedules.end(ward, id);
    }

    @Test
    void badScheduleIsRefusedWithEveryErrorAndNothingSaved() {
        SignedInUser ward = launcher.asUser(WARD_STAFF);
        int before = rounds.schedules().size();
        ScheduleInput bad = new ScheduleInput(" ", null, List.of(
                new ScheduleInput.Item("Báo cáo 6 tháng", "29/02", 10, null, true, "PARENT"),
                new ScheduleInput.Item("", "15/13", 0, null, true, "MOI_NOI")));

        assertThatThrownBy(() -> schedules.create(bad, ward))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InputError::field)
                        .containsExactly("name", "items[0].dueOn", "items[1].title", "items[1].dueOn",
                                "items[1].openDaysBefore", "items[1].receivers"));
        assertThatThrownBy(() -> schedules.create(yearAndQuarter("Lịch của trường"),
                launcher.asUser("scranbinhstaff")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("không có đơn vị trực thuộc"));
        assertThatThrownBy(() -> schedules.create(new ScheduleInput("Lịch hộ phường", "SCR",
                yearAndQuarter("x").items()), launcher.asUser("scranbinhstaff")))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.getMessage()).contains("Chỉ cán bộ phụ trách"));
        assertThat(rounds.schedules()).hasSize(before);
    }

    private List<Job> timers(ReportSchedule schedule) {
        return managementService.createJobQuery().processInstanceId(schedule.processInstanceId())
                .activityId(RoundProcess.TIMER_ROUND_OPENS).list();
    }

    private OffsetDateTime timerDue(ReportSchedule schedule) {
        List<Job> timers = timers(schedule);
        assertThat(timers).hasSize(1);
        return timers.get(0).getDuedate().toInstant().atOffset(java.time.ZoneOffset.ofHours(7));
    }
}
