package vn.thidua.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.report.UnitReportProcess.APPROVE_REPORT;
import static vn.thidua.report.UnitReportProcess.PREPARE_REPORT;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import vn.thidua.campaign.CampaignLauncher;
import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.registration.RegistrationChecker.Cell;
import vn.thidua.registration.RegistrationChecker.TargetRow;
import vn.thidua.report.ReportRepository;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.TwoLevelTree;
import vn.thidua.support.YearDriver;

/**
 * The registration round's deadlines remind like a report's, moved by the engine clock: the province closes
 * registration on Friday 30/10/2026, its schools five working days earlier, and the defaults (5, 2, 1 working days
 * before, 07:30 on the due day) fall due at their offsets; a school that registered early hears nothing.
 */
@PostgresIntegrationTest
class RegistrationRemindersTest {

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    static final OffsetDateTime SCHOOL_DEADLINE = OffsetDateTime.parse("2026-10-23T17:00:00+07:00");
    static final OffsetDateTime FIRST_REMINDER = OffsetDateTime.parse("2026-10-16T17:00:00+07:00");
    static final OffsetDateTime SECOND_REMINDER = OffsetDateTime.parse("2026-10-21T17:00:00+07:00");
    static final OffsetDateTime THIRD_REMINDER = OffsetDateTime.parse("2026-10-22T17:00:00+07:00");
    static final OffsetDateTime DUE_DAY_REMINDER = OffsetDateTime.parse("2026-10-23T07:30:00+07:00");

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();
    @RegisterExtension
    @Order(2)
    static final TwoLevelTree tree = new TwoLevelTree(LAUNCH, smtp);

    @Autowired
    YearDriver year;
    @Autowired
    ReportRepository reports;
    @Autowired
    RegistrationService registrations;
    @Autowired
    CampaignLauncher launcher;

    long campaignId;
    String campaignName;

    @BeforeEach
    void launch() throws Exception {
        campaignName = "Phong trào đăng ký nhắc hạn " + System.nanoTime();
        campaignId = year.launch("scttinhstaff", campaignName, List.of(
                        YearDriver.phase("Học kỳ I", LocalDate.of(2026, 11, 2), LocalDate.of(2027, 1, 16),
                                LocalDate.of(2027, 1, 25)),
                        YearDriver.phase("Học kỳ II", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25),
                                LocalDate.of(2027, 6, 5))),
                Map.of(CampaignProcessNames.Vars.REGISTRATION, true,
                        CampaignProcessNames.Vars.REGISTRATION_DEADLINE, "2026-10-30"));
        tree.run();
    }

    @Test
    void registrationRemindersFallDueAtTheirOffsets() throws Exception {
        assertThat(reports.find(campaignId, 0, "SCTLAMSON").orElseThrow().deadline())
                .isEqualTo(SCHOOL_DEADLINE);
        // Hòa Bình registers and its head signs the pledge at once.
        long hoaBinh = reports.find(campaignId, 0, "SCTHOABINH").orElseThrow().id();
        registrations.saveTargets(launcher.asUser("scthoabinhstaff"), hoaBinh, List.of(new TargetRow(1, null,
                Cell.of("Tỷ lệ học sinh lên lớp", 1), Cell.of("%", 2), Cell.of("98", 3))));
        year.submit("scthoabinhstaff", year.task(campaignId, 0, "SCTHOABINH", PREPARE_REPORT), Map.of());
        year.submit("scthoabinhhead", year.task(campaignId, 0, "SCTHOABINH", APPROVE_REPORT),
                Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));

        year.setClock(FIRST_REMINDER.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).as("nothing before the first offset").isEmpty();
        year.setClock(FIRST_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).singleElement().satisfies(m -> assertThat(m.getSubject())
                .startsWith("Nhắc hạn:").contains("Đăng ký thi đua năm học 2026-2027 – Trường THPT Lam Sơn"));
        assertThat(mailsTo("scthoabinhstaff")).as("registered already: no reminder").isEmpty();

        year.setClock(SECOND_REMINDER.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(1);
        year.setClock(SECOND_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(2);
        year.setClock(THIRD_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(3);
        year.setClock(DUE_DAY_REMINDER.minusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(3);
        year.setClock(DUE_DAY_REMINDER.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonstaff")).hasSize(4);

        year.setClock(SCHOOL_DEADLINE.plusMinutes(1));
        tree.run();
        assertThat(mailsTo("sctlamsonhead")).singleElement()
                .satisfies(m -> assertThat(m.getSubject()).startsWith("Quá hạn:"));
        assertThat(mailsTo("scthoabinhstaff")).isEmpty();
    }

    private List<MimeMessage> mailsTo(String username) {
        return smtp.to(campaignName, username);
    }
}
