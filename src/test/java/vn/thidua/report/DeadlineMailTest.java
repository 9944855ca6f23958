package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.icegreen.greenmail.util.GreenMailUtil;

import jakarta.mail.internet.MimeMessage;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.TwoLevelTree;
import vn.thidua.support.YearDriver;

/**
 * Deadline mail, moved by the engine clock and delivered to a real SMTP server: reminders 5, 2 and 1 working days
 * before and on the due day's morning (the defaults), an overdue notice to the head (the parent's staff read it in
 * their daily digest), and silence for a report done in time.
 */
@PostgresIntegrationTest
class DeadlineMailTest {

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    /** Province deadline Monday 25/01/2027 17:00; its schools (two levels) report 5 working days earlier. */
    static final OffsetDateTime SCHOOL_DEADLINE = OffsetDateTime.parse("2027-01-18T17:00:00+07:00");
    /** Reminders 5, 2 and 1 working days before, at the deadline's hour: the weekend of 16–17/01 does not count. */
    static final OffsetDateTime FIRST_REMINDER = OffsetDateTime.parse("2027-01-11T17:00:00+07:00");
    static final OffsetDateTime SECOND_REMINDER = OffsetDateTime.parse("2027-01-14T17:00:00+07:00");
    static final OffsetDateTime THIRD_REMINDER = OffsetDateTime.parse("2027-01-15T17:00:00+07:00");
    /** And 07:30 on the due day itself. */
    static final OffsetDateTime DUE_DAY_REMINDER = OffsetDateTime.parse("2027-01-18T07:30:00+07:00");

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();
    @RegisterExtension
    @Order(2)
    static final TwoLevelTree tree = new TwoLevelTree(LAUNCH, smtp);

    @Autowired
    YearDriver year;
    @Autowired
    OpenTaskLink openTaskLink;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ProcessEngine engine;

    long campaignId;
    String campaignName;

    @BeforeEach
    void launch() throws Exception {
        campaignName = "Phong trào nhắc hạn " + System.nanoTime();
        campaignId = year.launch("scttinhstaff", campaignName, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 20), LocalDate.of(2027, 6, 30))));
        year.runDueJobs();
    }

    @Test
    void remindersFireAtTheirOffsetsAndOverdueNotifiesHeadAndParent() throws Exception {
        // Hòa Bình's head signs early; Lam Sơn's staff never start.
        year.submit("scthoabinhstaff", year.task(campaignId, 1, "SCTHOABINH", PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường triển khai đầy đủ kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 50, FormFields.REGISTERED_COUNT, 48));
        year.submit("scthoabinhhead", year.task(campaignId, 1, "SCTHOABINH", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, "approve"));

        year.setClock(FIRST_REMINDER.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).as("nothing before the first offset").isEmpty();

        year.setClock(FIRST_REMINDER.plusMinutes(1));
        tree.run();
        List<MimeMessage> first = mailsTo("sctlamsonstaff");
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getSubject()).startsWith("Nhắc hạn:")
                .contains("Sơ kết đợt 1 – Trường THPT Lam Sơn");
        assertThat(GreenMailUtil.getBody(first.get(0))).isNotBlank();
        assertThat(mailsTo("scthoabinhstaff")).as("report already submitted: no reminder").isEmpty();

        year.setClock(SECOND_REMINDER.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).as("not yet the second reminder").hasSize(1);

        year.setClock(SECOND_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(2);

        year.setClock(THIRD_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(3);

        year.setClock(DUE_DAY_REMINDER.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).as("not before 07:30 on the due day").hasSize(3);
        year.setClock(DUE_DAY_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(4).last()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Nhắc hạn:").contains("hạn chót hôm nay"));

        year.setClock(SCHOOL_DEADLINE.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonhead")).as("not overdue before the deadline").isEmpty();

        year.setClock(SCHOOL_DEADLINE.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonhead")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Quá hạn:"));
        assertThat(mailsTo("scttinhstaff")).as("parent staff read late schools in their daily digest instead")
                .noneSatisfy(m -> assertThat(m.getSubject()).startsWith("Quá hạn:"));
        assertThat(mailsTo("scthoabinhhead")).as("Hòa Bình submitted in time").isEmpty();

        // Running everything again sends nothing twice.
        int before = smtp.getReceivedMessages().length;
        tree.run();
        assertThat(smtp.getReceivedMessages()).hasSize(before);
        assertThat(mailsTo("sctlamsonstaff")).hasSize(4);
    }

    @Test
    void aReportReturnedWithANewDeadlineGetsFreshReminders() throws Exception {
        year.submit("sctquangtrungstaff", year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường triển khai đầy đủ kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 50, FormFields.REGISTERED_COUNT, 48));
        year.submit("sctquangtrunghead", year.task(campaignId, 1, "SCTQUANGTRUNG", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, "approve"));
        year.submit("scttinhstaff", year.task(campaignId, 1, "SCTQUANGTRUNG", UnitReportProcess.REVIEW_REPORT),
                Map.of(Vars.REVIEW_DECISION, "return", FormFields.RETURN_REASONS, "Thiếu biên bản họp bình xét",
                        FormFields.NEW_DEADLINE, "2026-10-10"));
        tree.run();
        // Saturday 10/10/2026 is a day off: the new deadline is Monday 12/10, and the mail says why.
        assertThat(mailsTo("sctquangtrungstaff")).singleElement().satisfies(m -> {
            assertThat(m.getSubject()).startsWith("Trả hồ sơ:");
            assertThat(GreenMailUtil.getBody(m)).contains("12/10/2026");
        });
        // "Mở công việc" opens the report's new task, which did not exist yet when the mail was written.
        Task again = year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT);
        String link = TestMailbox.openTaskLink(TestMailbox.plainText(mailsTo("sctquangtrungstaff").get(0)));
        assertThat(link).endsWith("/task-links/" + again.getProcessInstanceId());
        assertThat(openTaskLink.open(again.getProcessInstanceId()).getHeaders().getLocation())
                .hasToString("/camunda/app/tasklist/" + engine.getName() + "/#/?task=" + again.getId());

        // Reminders 5, 2 and 1 working days before Monday 12/10: Monday 05/10, Thursday 08/10, Friday 09/10, 17:00.
        year.setClock(OffsetDateTime.parse("2026-10-05T16:59:00+07:00"));
        tree.run();
        assertThat(mailsTo("sctquangtrungstaff")).hasSize(1);
        year.setClock(OffsetDateTime.parse("2026-10-05T17:01:00+07:00"));
        tree.run();
        assertThat(mailsTo("sctquangtrungstaff")).extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).startsWith("Nhắc hạn:"));
    }

    @Test
    void tasklistNamesEachTaskByItsReportAndCockpitFindsTheSchoolByName() throws Exception {
        String title = "Sơ kết đợt 1 – Trường THPT Quang Trung – " + campaignName;
        assertThat(year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT).getName()).isEqualTo(title);
        year.submit("sctquangtrungstaff", year.task(campaignId, 1, "SCTQUANGTRUNG", PREPARE_REPORT), Map.of(
                FormFields.SUMMARY, "Nhà trường triển khai đầy đủ kế hoạch thi đua học kỳ I.",
                FormFields.STAFF_COUNT, 50, FormFields.REGISTERED_COUNT, 48));
        assertThat(year.task(campaignId, 1, "SCTQUANGTRUNG", APPROVE_REPORT).getName()).isEqualTo("Ký duyệt: " + title);
        year.submit("sctquangtrunghead", year.task(campaignId, 1, "SCTQUANGTRUNG", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, "approve"));
        assertThat(year.task(campaignId, 1, "SCTQUANGTRUNG", UnitReportProcess.REVIEW_REPORT).getName())
                .isEqualTo("Thẩm định: " + title);

        // Cockpit's process instance search, filter "Variable": the unit's name, a part of it, and the campaign.
        List<ProcessInstance> found = runtimeService.createProcessInstanceQuery()
                .processDefinitionKey(UnitReportProcess.KEY)
                .variableValueLike(Vars.UNIT_NAME, "%Quang Trung%")
                .variableValueEquals(Vars.CAMPAIGN_NAME, campaignName).list();
        assertThat(found).singleElement().extracting(ProcessInstance::getBusinessKey)
                .isEqualTo(campaignId + "-1-SCTQUANGTRUNG");
    }

    /** Mails of this test's campaign to the user (other tests run campaigns on the same tree). */
    private List<MimeMessage> mailsTo(String username) {
        return smtp.to(campaignName, username);
    }
}
