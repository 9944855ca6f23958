package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.support.TestAdmins;
import vn.thidua.support.TestMailbox;
import vn.thidua.support.TwoLevelTree;
import vn.thidua.support.YearDriver;

/**
 * The province's mail server is down while the reminders of real reports fall due. The outbox keeps every
 * reminder, the dispatcher backs off and tries again, and when the server is back each school's staff get each
 * reminder exactly once. A mail still failing after {@code thidua.mail.max-attempts} (3 in tests) waits as FAILED
 * for an administrator, who sees it in the outbox API and sends it again – once.
 */
@PostgresIntegrationTest
class SmtpOutageTest {

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    /** Province deadline Monday 25/01/2027 17:00; its schools report 5 working days earlier. */
    static final OffsetDateTime SCHOOL_DEADLINE = OffsetDateTime.parse("2027-01-18T17:00:00+07:00");
    /**
     * The province reminds 3 and 1 working days before Monday 18/01 (set at launch): Wednesday 13/01 and Friday 15/01,
     * 17:00.
     */
    static final OffsetDateTime FIRST_REMINDER = OffsetDateTime.parse("2027-01-13T17:00:00+07:00");
    static final OffsetDateTime SECOND_REMINDER = OffsetDateTime.parse("2027-01-15T17:00:00+07:00");
    static final List<String> SCHOOL_STAFF = List.of("scthoabinhstaff@sct.thidua.local",
            "sctlamsonstaff@sct.thidua.local", "sctquangtrungstaff@sct.thidua.local");

    @RegisterExtension
    @Order(1)
    static final TestMailbox smtp = new TestMailbox();
    @RegisterExtension
    @Order(2)
    static final TwoLevelTree tree = new TwoLevelTree(LAUNCH, smtp);

    private static final String ADMIN = "quantrimaybithu";
    private static final String ADMIN_PASSWORD = "QuanTri@2026";

    @Autowired
    YearDriver year;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WebApplicationContext context;
    @Autowired
    IdentityService identityService;
    @Autowired
    AuthorizationService authorizationService;
    @Autowired
    ObjectMapper json;

    String campaignName;
    /** Mails the server accepted before it was stopped: a stopped GreenMail forgets what it received. */
    final List<String> delivered = new ArrayList<>();

    @BeforeEach
    void launch() throws Exception {
        jdbc.sql("delete from mail_outbox").update();
        campaignName = "Phong trào mất kết nối thư " + System.nanoTime();
        year.launch("scttinhstaff", campaignName, List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16), LocalDate.of(2027, 1, 25)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 20), LocalDate.of(2027, 6, 30))),
                java.util.Map.of(vn.thidua.campaign.CampaignProcessNames.Vars.REMINDER_DAYS_BEFORE, "3, 1"));
        tree.run();
        smtp.reset();
    }

    @Test
    void remindersDueDuringAnOutageArriveOnceWhenTheServerIsBackAndAFailedOneAfterAnAdministratorsRetry()
            throws Exception {
        stopSmtp();

        // The first reminders (3 days before) fall due while the server is down.
        year.setClock(FIRST_REMINDER.plusMinutes(1));
        year.runDueJobs();
        assertThat(rows("PENDING")).hasSize(3);
        // PostgreSQL keeps microseconds; the rows were queued by the real clock, so they are due at t0.
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.MICROS);

        dispatcher.dispatchDue(t0);
        assertThat(rows("PENDING")).hasSize(3).allSatisfy(r -> {
            assertThat(r.attempts()).isEqualTo(1);
            assertThat(r.lastError()).isNotBlank();
        });
        dispatcher.dispatchDue(t0.plusSeconds(20));
        assertThat(rows("PENDING")).as("backing off: 30 s after the first failure")
                .allSatisfy(r -> assertThat(r.attempts()).isEqualTo(1));
        dispatcher.dispatchDue(t0.plusSeconds(31));
        assertThat(rows("PENDING")).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(2));

        // Back before the last attempt: each reminder goes out on its third try, once.
        smtp.start();
        dispatcher.dispatchDue(t0.plusSeconds(60));
        assertThat(received()).as("still backing off: 60 s after the second").isEmpty();
        dispatcher.dispatchDue(t0.plusSeconds(92));
        dispatcher.dispatchDue(t0.plusSeconds(200));
        assertThat(rows("SENT")).hasSize(3).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(3));
        assertThat(received()).hasSize(3).doesNotHaveDuplicates()
                .allSatisfy(m -> assertThat(m).startsWith("Nhắc hạn:").contains(campaignName, "(còn 3 ngày làm việc)"));
        assertThat(recipientsOf(received())).containsExactlyInAnyOrderElementsOf(SCHOOL_STAFF);

        // Down again, and this time past the last attempt: the reminders 1 day before end FAILED.
        stopSmtp();
        year.setClock(SECOND_REMINDER.plusMinutes(1));
        year.runDueJobs();
        Instant t1 = Instant.now().truncatedTo(ChronoUnit.MICROS).plusSeconds(300);
        dispatcher.dispatchDue(t1);
        dispatcher.dispatchDue(t1.plusSeconds(31));
        dispatcher.dispatchDue(t1.plusSeconds(92));
        assertThat(rows("FAILED")).hasSize(3).allSatisfy(r -> assertThat(r.attempts()).isEqualTo(3));

        smtp.start();
        dispatcher.dispatchDue(t1.plus(Duration.ofDays(1)));
        assertThat(received()).as("FAILED waits for a person").hasSize(3);

        // The administrator finds them in the outbox API and puts each back in the queue.
        MockMvc web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        TestAdmins.ensure(identityService, authorizationService, ADMIN, ADMIN_PASSWORD);
        String admin = "Basic " + HttpHeaders.encodeBasicAuth(ADMIN, ADMIN_PASSWORD, StandardCharsets.UTF_8);
        String body = web.perform(get("/api/mail/outbox").param("status", "FAILED")
                        .header(HttpHeaders.AUTHORIZATION, admin))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<OutboxEntry> failed = json.readValue(body, new TypeReference<List<OutboxEntry>>() { }).stream()
                .filter(e -> e.subject().contains(campaignName)).toList();
        assertThat(failed).hasSize(3).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(MailStatus.FAILED);
            assertThat(e.subject()).startsWith("Nhắc hạn:").contains("(còn 1 ngày làm việc)");
            assertThat(e.lastError()).isNotBlank();
        });
        for (OutboxEntry entry : failed) {
            web.perform(post("/api/mail/outbox/{id}/retry", entry.id()).header(HttpHeaders.AUTHORIZATION, admin))
                    .andExpect(status().isOk());
        }
        dispatcher.dispatchDue();
        dispatcher.dispatchDue();

        // Every reminder exactly once: two per school, no (recipient, subject) twice, nothing left in the outbox.
        List<String> all = received();
        assertThat(all).hasSize(6).doesNotHaveDuplicates();
        List<String> twice = new ArrayList<>(SCHOOL_STAFF);
        twice.addAll(SCHOOL_STAFF);
        assertThat(recipientsOf(all)).containsExactlyInAnyOrderElementsOf(twice);
        assertThat(rows("SENT")).hasSize(6);
        assertThat(rows("PENDING")).isEmpty();
        assertThat(rows("FAILED")).isEmpty();
    }

    record Row(String dedupKey, int attempts, String lastError) {
    }

    /** This campaign's mails in the outbox (other tests' campaigns may have reminders due at the same time). */
    private List<Row> rows(String status) {
        return jdbc.sql("select dedup_key, attempts, last_error from mail_outbox"
                        + " where status = :status and position(:campaign in subject) > 0")
                .param("status", status).param("campaign", campaignName)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getString(3))).list();
    }

    private void stopSmtp() throws Exception {
        delivered.addAll(received());
        smtp.stop();
    }

    /** "subject | recipient" of every mail of this test's campaign the server accepted, across restarts. */
    private List<String> received() throws Exception {
        List<String> mails = new ArrayList<>(delivered);
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (message.getSubject().contains(campaignName)) {
                mails.add(message.getSubject() + " | "
                        + ((InternetAddress) message.getAllRecipients()[0]).getAddress());
            }
        }
        return mails;
    }

    private static List<String> recipientsOf(List<String> mails) {
        return mails.stream().map(m -> m.substring(m.lastIndexOf(" | ") + 3)).toList();
    }
}
