package vn.thidua.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;
import static vn.thidua.report.UnitReportProcess.REVIEW_REPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import vn.thidua.digest.DailyDigest.Line;
import vn.thidua.mail.OutboxDelivery;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.YearDriver;

/**
 * Thư tổng hợp hằng ngày in a province → districts → schools tree. Schools report by Wednesday 30/12/2026, districts by
 * Thursday 07/01/2027. In An Lão, An Hòa submitted, An Hưng never did, An Toàn was returned with a new deadline on
 * Wednesday 06/01; both schools of Bình Sơn submitted. On Tuesday 05/01 at 07:30 An Lão's staff read one mail with
 * exactly An Hưng (three working days late: Thursday 31/12, Monday 04/01, Tuesday 05/01, past the New Year holiday
 * and the weekend) and An Toàn (one working day left); the province's staff read both districts, due in two working
 * days; Bình Sơn's staff read nothing.
 */
@PostgresIntegrationTest
class DailyDigestTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(PostgresIntegrationTest.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP));

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    static final LocalDate NEW_YEAR = LocalDate.of(2027, 1, 1);
    static final LocalDate TUESDAY = LocalDate.of(2027, 1, 5);

    /** One campaign for the class: each test reads the same year at a different morning. */
    static Long campaignId;
    static String campaignName;

    @Autowired
    YearDriver year;
    @Autowired
    ManagementService managementService;
    @Autowired
    HistoryService historyService;
    @Autowired
    OutboxDelivery dispatcher;
    @Autowired
    DailyDigest digest;
    @Autowired
    ReportRepository reports;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void playTheTermOnce() throws Exception {
        if (campaignId != null) {
            return;
        }
        holdDigest();
        year.setClock(LAUNCH);
        year.importOrg("scenario/digest-units.csv", "scenario/digest-users.csv");
        campaignName = "Phong trào thư tổng hợp " + System.nanoTime();
        campaignId = year.launch("dgtsostaff", campaignName, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2026, 12, 25),
                        LocalDate.of(2027, 1, 14)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 3, 1), LocalDate.of(2027, 5, 25),
                        LocalDate.of(2027, 6, 4))));
        year.runDueJobs();
        for (String school : List.of("DGTALHOA", "DGTALTOAN", "DGTBSCHAU", "DGTBSDONG")) {
            prepareAndSign(school);
        }
        year.setClock(OffsetDateTime.parse("2026-12-28T09:00:00+07:00"));
        year.runDueJobs();
        year.submit("dgtanlaostaff", year.task(campaignId, 1, "DGTALTOAN", REVIEW_REPORT), Map.of(
                Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_RETURN,
                FormFields.RETURN_REASONS, "Thiếu danh sách cán bộ đăng ký thi đua",
                FormFields.NEW_DEADLINE, "2027-01-06"));
        year.runDueJobs();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDistrictReadsItsLateAndDueSchoolsInOneMailAMorningAndNeverTwice() throws Exception {
        morningOf(TUESDAY);

        Map<String, Object> firstRun = runDigest();
        assertThat(firstRun.get(DailyDigestProcess.Vars.DIGEST_DAY)).isEqualTo("2027-01-05");
        assertThat((Integer) firstRun.get(DailyDigestProcess.Vars.MAILS_QUEUED)).isGreaterThanOrEqualTo(3);

        Map<String, List<Line>> lines = digest.linesOn(TUESDAY, OffsetDateTime.parse("2027-01-05T07:31:00+07:00"));
        assertThat(ofThisCampaign(lines.get("DGTAL")))
                .extracting(Line::unitCode, Line::overdue, Line::workingDaysLate, Line::workingDaysLeft,
                        Line::deadlineLabel)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("DGTALHUNG", true, 3, null, "17:00 ngày 30/12/2026"),
                        org.assertj.core.groups.Tuple.tuple("DGTALTOAN", false, null, 1, "17:00 ngày 06/01/2027"));
        assertThat(ofThisCampaign(lines.get("DGT")))
                .extracting(Line::unitCode, Line::overdue, Line::workingDaysLeft)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DGTAL", false, 2),
                        org.assertj.core.groups.Tuple.tuple("DGTBS", false, 2));
        assertThat(lines).as("Bình Sơn's schools all submitted").doesNotContainKey("DGTBS");
        assertThat(ofThisCampaign(lines.get("DGTAL")).get(0).overviewPath())
                .isEqualTo("/campaigns/" + campaignId + "/overview?unit=DGTAL");

        assertThat(queuedKeys("digest:%:2027-01-05")).contains("digest:dgtanlaostaff:2027-01-05",
                "digest:dgtanlaostaff2:2027-01-05", "digest:dgtsostaff:2027-01-05")
                .doesNotContain("digest:dgtbinhsonstaff:2027-01-05", "digest:dgtanhungstaff:2027-01-05");

        // The same morning again (a rerun, or a second node): nothing more is queued.
        Map<String, Object> secondRun = runDigest();
        assertThat(secondRun.get(DailyDigestProcess.Vars.MAILS_QUEUED)).isEqualTo(0);
        assertThat(queuedKeys("digest:dgtanlaostaff:%")).containsExactly("digest:dgtanlaostaff:2027-01-05");

        dispatcher.dispatchDue();
        List<MimeMessage> anLao = digestsTo("dgtanlaostaff");
        assertThat(anLao).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).isEqualTo("Tổng hợp báo cáo cần đôn đốc ngày 05/01/2027: 1 quá hạn, "
                    + "1 sắp đến hạn – Phòng Giáo dục và Đào tạo Huyện An Lão");
            MimeMultipart parts = (MimeMultipart) m.getContent();
            String text = (String) parts.getBodyPart(0).getContent();
            String html = (String) parts.getBodyPart(1).getContent();
            assertThat(text).contains("Kính gửi Lê Văn Cường,", "1 báo cáo quá hạn, 1 báo cáo đến hạn trong 2 ngày làm việc tới",
                    "Công việc đang chờ đơn vị đồng chí xử lý (như thẩm định các báo cáo đã nộp): "
                            + "http://localhost:8080/camunda/app/tasklist/");
            assertThat(text + html).as("a school's own task, which the district cannot open, is not linked")
                    .doesNotContain("?task=");
            assertThat(html).contains("background-color:#fde8e8;", "href=\"http://localhost:8080/campaigns/"
                    + campaignId + "/overview?unit=DGTAL\"");
            assertThat(text).contains("Trường TH An Hưng", "Quá hạn 3 ngày làm việc", "Trường THCS An Toàn",
                    "Còn 1 ngày làm việc", "Sơ kết đợt 1", campaignName,
                    "http://localhost:8080/campaigns/" + campaignId + "/overview?unit=DGTAL")
                    .doesNotContain("Trường TH An Hòa");
            assertThat(html).contains("Trường TH An Hưng", "Trường THCS An Toàn").doesNotContain("Trường TH An Hòa");
        });
        assertThat(digestsTo("dgtbinhsonstaff")).as("nothing to list, nothing sent").isEmpty();

        // The next morning's timer is set for Wednesday 07:30, Vietnam time.
        assertThat(digestJob().getDuedate().toInstant())
                .isEqualTo(OffsetDateTime.parse("2027-01-06T07:30:00+07:00").toInstant());
    }

    @Test
    void theDistrictsStaffGetNoPerSchoolOverdueMailButTheSchoolsHeadDoes() {
        morningOf(TUESDAY);
        long anHung = reports.find(campaignId, 1, "DGTALHUNG").orElseThrow().id();
        // The key holds the deadline (a report extended and late again is reported again).
        assertThat(queuedKeys("overdue:" + anHung + ":%")).hasSize(1)
                .allMatch(key -> key.matches("overdue:" + anHung + ":0:\\d+:head:dgtanhunghead"));
        assertThat(queuedKeys("overdue:%:parent:dgtanlaostaff")).isEmpty();
        runDigest();
    }

    @Test
    void noDigestOnAPublicHoliday() {
        morningOf(NEW_YEAR);
        assertThat(digest.linesOn(NEW_YEAR, OffsetDateTime.parse("2027-01-01T07:31:00+07:00")))
                .as("An Hưng is late already").containsKey("DGTAL");

        Map<String, Object> run = runDigest();

        assertThat(run).doesNotContainKey(DailyDigestProcess.Vars.MAILS_QUEUED);
        assertThat(historyService.createHistoricActivityInstanceQuery().activityId(DailyDigestProcess.END_DAY_OFF)
                .processInstanceId((String) run.get("processInstanceId")).count()).isEqualTo(1);
        assertThat(queuedKeys("digest:%:2027-01-01")).isEmpty();
    }

    /** Lines of other campaigns (other tests share the database) are left out. */
    private List<Line> ofThisCampaign(List<Line> lines) {
        assertThat(lines).isNotNull();
        return lines.stream().filter(l -> l.campaignName().equals(campaignName)).toList();
    }

    /** 07:31 of that day, with every timer due by then run, but not the digest: the test runs it. */
    private void morningOf(LocalDate day) {
        holdDigest();
        year.setClock(day.atTime(7, 31).atZone(vn.thidua.deadline.EngineClock.ZONE).toOffsetDateTime());
        year.runDueJobs();
    }

    /** Moves the digest's timer out of the way of {@link YearDriver#runDueJobs()}. */
    private void holdDigest() {
        managementService.setJobDuedate(digestJob().getId(),
                Date.from(OffsetDateTime.parse("2099-01-01T07:30:00+07:00").toInstant()));
    }

    private Job digestJob() {
        return managementService.createJobQuery().processDefinitionKey(DailyDigestProcess.KEY).timers()
                .singleResult();
    }

    /** Fires the digest's timer as the job executor would; returns the variables of the run, and its id. */
    private Map<String, Object> runDigest() {
        Set<String> before = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DailyDigestProcess.KEY).list().stream().map(HistoricProcessInstance::getId)
                .collect(Collectors.toSet());
        managementService.executeJob(digestJob().getId());
        HistoricProcessInstance run = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DailyDigestProcess.KEY).list().stream()
                .filter(p -> !before.contains(p.getId())).findFirst().orElseThrow();
        assertThat(run.getState()).isEqualTo("COMPLETED");
        Map<String, Object> variables = new java.util.HashMap<>();
        historyService.createHistoricVariableInstanceQuery().processInstanceId(run.getId()).list()
                .forEach(v -> variables.put(v.getName(), v.getValue()));
        variables.put("processInstanceId", run.getId());
        return variables;
    }

    private List<String> queuedKeys(String like) {
        return jdbc.sql("select dedup_key from mail_outbox where dedup_key like :k order by dedup_key")
                .param("k", like).query(String.class).list();
    }

    private List<MimeMessage> digestsTo(String username) {
        String address = username + "@dgt.thidua.local";
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().startsWith("Tổng hợp báo cáo") && Arrays.stream(
                        m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().contains(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private void prepareAndSign(String unit) {
        String user = "dgt" + switch (unit) {
            case "DGTALHOA" -> "anhoa";
            case "DGTALTOAN" -> "antoan";
            case "DGTBSCHAU" -> "binhchau";
            default -> "binhdong";
        };
        year.submit(user + "staff", year.task(campaignId, 1, unit, PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường triển khai đầy đủ kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 38, FormFields.REGISTERED_COUNT, 36));
        year.submit(user + "head", year.task(campaignId, 1, unit, APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        year.runDueJobs();
    }
}
