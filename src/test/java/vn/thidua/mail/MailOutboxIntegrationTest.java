package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.support.PostgresIntegrationTest.SMTP_PORT;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.BodyPart;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import vn.thidua.support.PostgresIntegrationTest;

@PostgresIntegrationTest
class MailOutboxIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(SMTP_PORT, null, "smtp"));

    @Autowired
    MailOutbox outbox;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;

    record Row(String status, int attempts, OffsetDateTime nextAttemptAt, String lastError) {
    }

    @BeforeEach
    void emptyOutbox() {
        jdbc.sql("delete from mail_outbox").update();
    }

    @Test
    void aQueuedReminderArrivesInVietnameseAsTextAndHtml() throws Exception {
        assertThat(outbox.queue(TestMails.reminder("reminder:Q1-TH-LELOI:so-ket-1:3"))).isTrue();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo(
                "Nhắc hạn: Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào năm học 2026-2027 (còn 3 ngày làm việc)");
        InternetAddress to = (InternetAddress) mail.getAllRecipients()[0];
        assertThat(to.getAddress()).isEqualTo("hoa.nguyen@thle-loi.edu.vn");
        assertThat(to.getPersonal()).isEqualTo("Nguyễn Thị Hoa");
        assertThat(((InternetAddress) mail.getFrom()[0]).getPersonal()).isEqualTo("Thi đua");
        assertThat(mail.getContentType()).startsWith("multipart/alternative");

        MimeMultipart parts = (MimeMultipart) mail.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        BodyPart text = parts.getBodyPart(0);
        BodyPart html = parts.getBodyPart(1);
        assertThat(text.getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(html.getContentType()).startsWith("text/html").containsIgnoringCase("charset=UTF-8");
        assertThat((String) text.getContent()).contains("Kính gửi Nguyễn Thị Hoa,", "Còn 3 ngày làm việc đến hạn nộp.",
                "Thư này được gửi tự động từ hệ thống Thi đua.");
        assertThat((String) html.getContent()).contains("<strong>Trường TH Lê Lợi</strong>",
                "http://localhost:8080/camunda/app/tasklist/default/#/?task=42");

        assertThat(row("reminder:Q1-TH-LELOI:so-ket-1:3").status()).isEqualTo("SENT");
        assertThat(dispatcher.dispatchDue()).isZero();
    }

    @Test
    void theSameKeyIsQueuedAndSentOnce() {
        assertThat(outbox.queue(TestMails.reminder("overdue:Q1-TH-LELOI:so-ket-1"))).isTrue();
        assertThat(outbox.queue(TestMails.reminder("overdue:Q1-TH-LELOI:so-ket-1"))).isFalse();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(outbox.queue(TestMails.reminder("overdue:Q1-TH-LELOI:so-ket-1"))).isFalse();
        assertThat(dispatcher.dispatchDue()).isZero();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
        TransactionTemplate transaction = new TransactionTemplate(transactionManager);
        transaction.executeWithoutResult(status -> {
            assertThat(outbox.queue(TestMails.returned("returned:Q1-TH-LELOI:so-ket-1:1"))).isTrue();
            assertThat(count()).isEqualTo(1);
            status.setRollbackOnly();
        });

        assertThat(count()).isZero();
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void whenSmtpIsDownTheMailWaitsLongerEachTimeThenFailsAndAnAdministratorRetriesIt() throws Exception {
        smtp.stop();
        outbox.queue(TestMails.overdue("overdue:Q1-TH-LELOI:so-ket-1:head", "head"));
        // PostgreSQL keeps microseconds: a "now" with nanoseconds would come back rounded.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);

        assertThat(dispatcher.dispatchDue(now)).isZero();
        Row first = row("overdue:Q1-TH-LELOI:so-ket-1:head");
        assertThat(first.status()).isEqualTo("PENDING");
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(first.nextAttemptAt().toInstant()).isEqualTo(now.plus(Duration.ofSeconds(30)));

        // Not due yet: nothing is tried.
        assertThat(dispatcher.dispatchDue(now.plusSeconds(20))).isZero();
        assertThat(row("overdue:Q1-TH-LELOI:so-ket-1:head").attempts()).isEqualTo(1);

        Instant second = now.plusSeconds(31);
        assertThat(dispatcher.dispatchDue(second)).isZero();
        Row afterSecond = row("overdue:Q1-TH-LELOI:so-ket-1:head");
        assertThat(afterSecond.status()).isEqualTo("PENDING");
        assertThat(afterSecond.attempts()).isEqualTo(2);
        assertThat(afterSecond.nextAttemptAt().toInstant()).isEqualTo(second.plus(Duration.ofSeconds(60)));

        assertThat(dispatcher.dispatchDue(second.plusSeconds(61))).isZero();
        Row failed = row("overdue:Q1-TH-LELOI:so-ket-1:head");
        assertThat(failed.status()).isEqualTo("FAILED");
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(dispatcher.dispatchDue(second.plus(Duration.ofDays(1)))).isZero();

        smtp.start();
        long id = jdbc.sql("select id from mail_outbox where dedup_key = 'overdue:Q1-TH-LELOI:so-ket-1:head'")
                .query(Long.class).single();
        assertThat(dispatcher.retry(id)).isTrue();
        assertThat(dispatcher.retry(id)).isFalse();

        assertThat(dispatcher.dispatchDue()).isEqualTo(1);
        assertThat(dispatcher.dispatchDue()).isZero();
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getSubject()).startsWith("Quá hạn:");
        assertThat(row("overdue:Q1-TH-LELOI:so-ket-1:head").status()).isEqualTo("SENT");
    }

    @Test
    void aMailLeftSendingByADeadNodeIsSentWhenItsClaimExpires() {
        outbox.queue(TestMails.reminder("reminder:Q1-TH-LELOI:so-ket-1:1"));
        Instant now = Instant.now();
        jdbc.sql("update mail_outbox set status = 'SENDING', attempts = 1, locked_until = :until")
                .param("until", OffsetDateTime.now().plusMinutes(2)).update();

        assertThat(dispatcher.dispatchDue(now)).isZero();
        assertThat(dispatcher.dispatchDue(now.plus(Duration.ofMinutes(3)))).isEqualTo(1);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(row("reminder:Q1-TH-LELOI:so-ket-1:1").attempts()).isEqualTo(2);
    }

    @Test
    void twoDispatchersRacingSendEveryMailExactlyOnce() throws Exception {
        int mails = 40;
        for (int i = 1; i <= mails; i++) {
            outbox.queue(TestMails.reminder("reminder:Q1-TH-" + i + ":so-ket-1:3", "hieutruong" + i + "@q1.edu.vn",
                    "Hiệu trưởng " + i));
        }
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> node = () -> {
                start.await();
                return dispatcher.dispatchDue();
            };
            List<Future<Integer>> runs = new ArrayList<>(List.of(nodes.submit(node), nodes.submit(node)));
            start.countDown();
            int sent = 0;
            for (Future<Integer> run : runs) {
                sent += run.get(60, TimeUnit.SECONDS);
            }
            assertThat(sent).isEqualTo(mails);
        } finally {
            nodes.shutdownNow();
        }

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(mails);
        List<String> recipients = new ArrayList<>();
        for (MimeMessage message : received) {
            recipients.add(((InternetAddress) message.getAllRecipients()[0]).getAddress());
        }
        assertThat(recipients).doesNotHaveDuplicates();
        assertThat(jdbc.sql("select count(*) from mail_outbox where status = 'SENT'").query(Long.class).single())
                .isEqualTo(mails);
    }

    private Row row(String dedupKey) {
        return jdbc.sql("select status, attempts, next_attempt_at, last_error from mail_outbox where dedup_key = :k")
                .param("k", dedupKey)
                .query((rs, n) -> new Row(rs.getString(1), rs.getInt(2), rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4)))
                .single();
    }

    private long count() {
        return jdbc.sql("select count(*) from mail_outbox").query(Long.class).single();
    }
}
