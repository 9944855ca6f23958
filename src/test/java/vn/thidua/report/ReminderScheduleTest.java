package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import vn.thidua.campaign.CampaignLaunch;
import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.campaign.CampaignReminders;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.TwoLevelTree;
import vn.thidua.support.YearDriver;
import vn.thidua.problem.InvalidInputException;

/**
 * A province sets its own reminder schedule at launch: 3 working days before, 08:00 on the due day, and its head
 * told when a school is still late 2 working days after the deadline. A school that submits early hears no more.
 */
@PostgresIntegrationTest
class ReminderScheduleTest {

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    /** Province deadline Monday 25/01/2027; its schools report 5 working days earlier: Monday 18/01, 17:00. */
    static final OffsetDateTime SCHOOL_DEADLINE = OffsetDateTime.parse("2027-01-18T17:00:00+07:00");
    /** 3 working days before, the weekend of 16–17/01 not counted. */
    static final OffsetDateTime REMINDER = OffsetDateTime.parse("2027-01-13T17:00:00+07:00");
    static final OffsetDateTime DUE_DAY_REMINDER = OffsetDateTime.parse("2027-01-18T08:00:00+07:00");
    /** 2 working days after the deadline. */
    static final OffsetDateTime ESCALATION = OffsetDateTime.parse("2027-01-20T17:00:00+07:00");

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();
    @RegisterExtension
    @Order(2)
    static final TwoLevelTree tree = new TwoLevelTree(LAUNCH, smtp);

    @Autowired
    YearDriver year;
    @Autowired
    CampaignRepository campaigns;
    @Autowired
    CampaignLauncher launcher;
    @Autowired
    ReportRepository reports;
    @Autowired
    RuntimeService runtime;

    String campaignName;

    @BeforeEach
    void campaignName() {
        campaignName = "Phong trào lịch nhắc riêng " + System.nanoTime();
    }

    @Test
    void theCampaignsOwnOffsetsDriveRemindersAndTheParentsHeadHearsOfALateSchool() throws Exception {
        long campaignId = year.launch("scttinhstaff", campaignName, phases(), Map.of(
                CampaignProcessNames.Vars.REMINDER_DAYS_BEFORE, "3",
                CampaignProcessNames.Vars.DUE_DAY_REMINDER_AT, "08:00",
                CampaignProcessNames.Vars.ESCALATE_AFTER_WORKING_DAYS, 2));
        year.runDueJobs();
        assertThat(campaigns.reminders(campaignId))
                .isEqualTo(new CampaignReminders(List.of(3), LocalTime.of(8, 0), 2));
        // Kept as text: a reminder falling due for every school at once reads it without deserialising an object.
        assertThat(runtime.createVariableInstanceQuery().processInstanceIdIn(
                        year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT).getProcessInstanceId())
                .variableName(Vars.REMINDER_TIMES).list()).singleElement().satisfies(v -> {
                    assertThat(v.getTypeName()).isEqualTo("string");
                    assertThat(ReportVariables.reminderTimes(v.getValue())).containsExactly(
                            REMINDER.toString(), DUE_DAY_REMINDER.toString());
                });

        // Not at the application's default offsets (5 and 2 working days before).
        year.setClock(OffsetDateTime.parse("2027-01-12T17:01:00+07:00"));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).as("no reminder at the default offsets").isEmpty();

        year.setClock(REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).contains("còn 3 ngày làm việc"));
        assertThat(mailsTo("scthoabinhstaff")).hasSize(1);

        // Hòa Bình finishes after its first reminder: nobody there hears of the deadline again.
        year.submit("scthoabinhstaff", year.task(campaignId, 1, "SCTHOABINH", PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường hoàn thành kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 62, FormFields.REGISTERED_COUNT, 60));
        year.submit("scthoabinhhead", year.task(campaignId, 1, "SCTHOABINH", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, "approve"));

        year.setClock(DUE_DAY_REMINDER.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(1);
        year.setClock(DUE_DAY_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(2).last().satisfies(m -> {
            assertThat(m.getSubject()).contains("hạn chót hôm nay");
            assertThat(TestMailbox.openTaskLink(TestMailbox.plainText(m))).endsWith("/task-links/"
                    + year.task(campaignId, 1, "SCTLAMSON", PREPARE_REPORT).getProcessInstanceId());
        });
        assertThat(mailsTo("scthoabinhstaff")).as("submitted early: no more reminders").hasSize(1);
        assertThat(mailsTo("scthoabinhhead")).isEmpty();

        year.setClock(SCHOOL_DEADLINE.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonhead")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Quá hạn:"));

        year.setClock(ESCALATION.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("scttinhhead")).as("the province's head is told only later").isEmpty();

        year.setClock(ESCALATION.plusMinutes(1));
        tree.run();
        long lamSon = reports.find(campaignId, 1, "SCTLAMSON").orElseThrow().id();
        assertThat(mailsTo("scttinhhead")).as("both late schools, not Hòa Bình").hasSize(2)
                .allSatisfy(m -> assertThat(m.getSubject()).startsWith("Chưa nộp sau hạn 2 ngày làm việc:"))
                .noneSatisfy(m -> assertThat(m.getSubject()).contains("Hòa Bình"))
                .anySatisfy(m -> {
                    assertThat(m.getSubject()).contains("Lam Sơn");
                    assertThat(GreenMailUtil.getBody(m)).contains("/reports/" + lamSon + "/deadline");
                });

        long before = ofThisCampaign();
        year.setClock(ESCALATION.plusDays(7));
        tree.run();
        assertThat(ofThisCampaign()).as("nothing sent twice").isEqualTo(before);
    }

    @Test
    void aBadScheduleIsRefusedInVietnameseAndNothingIsLaunched() {
        int before = campaigns.all().size();
        CampaignLaunch launch = new CampaignLaunch(campaignName, "2026-2027", "SCT", null, List.of(
                new CampaignLaunch.Phase("Đợt 1", "2026-09-05", "2027-01-16", "2027-01-25")), null,
                "5, hai, 0", "25:00", 0);
        assertThatThrownBy(() -> launcher.launch(launch, launcher.asUser("scttinhstaff")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(error -> error.field() + ": " + error.message())
                        .containsExactly(
                                "reminderDaysBefore: Nhắc trước hạn: \"hai\" không phải số ngày làm việc từ 1 đến 60. "
                                        + "Hãy nhập các số cách nhau bằng dấu phẩy, ví dụ 5, 2, 1.",
                                "reminderDaysBefore: Nhắc trước hạn: \"0\" không phải số ngày làm việc từ 1 đến 60. "
                                        + "Hãy nhập các số cách nhau bằng dấu phẩy, ví dụ 5, 2, 1.",
                                "dueDayReminderAt: Giờ nhắc vào ngày hết hạn phải có dạng giờ:phút, ví dụ 07:30.",
                                "escalateAfterWorkingDays: Số ngày làm việc quá hạn trước khi báo thủ trưởng cấp "
                                        + "trên phải từ 1 đến 30."));
        assertThat(campaigns.all()).hasSize(before);
    }

    private long ofThisCampaign() {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return m.getSubject().contains(campaignName);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private static List<Map<String, Object>> phases() {
        return List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 20), LocalDate.of(2027, 6, 30)));
    }

    /** Mails of this test's campaign to the user (other tests run campaigns on the same tree). */
    private List<MimeMessage> mailsTo(String username) {
        return smtp.to(campaignName, username);
    }
}
