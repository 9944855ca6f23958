package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Properties;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import vn.thidua.support.PostgresIntegrationTest;

/**
 * A mail server that accepts the connection and then says nothing must not hold a dispatcher for long: one SMTP
 * conversation (connect, then at most a read and a write timeout) ends well within the claim on the mail
 * ({@code thidua.mail.send-lock}), or another node would take the mail over and send it a second time, and far
 * within the job executor's 5-minute lock.
 */
@PostgresIntegrationTest
class MailTimeoutsTest {

    @Autowired
    JavaMailSenderImpl mailSender;
    @Autowired
    MailProperties mail;
    @Autowired
    ProcessEngineConfigurationImpl engine;

    @Test
    void oneSmtpConversationEndsWellWithinTheClaimOnTheMailAndTheJobLock() {
        Properties smtp = mailSender.getJavaMailProperties();
        Duration connect = millis(smtp, "mail.smtp.connectiontimeout");
        Duration read = millis(smtp, "mail.smtp.timeout");
        Duration write = millis(smtp, "mail.smtp.writetimeout");
        assertThat(connect).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(read).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));
        assertThat(write).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(30));

        Duration worstCase = connect.plus(read).plus(write);
        assertThat(worstCase.multipliedBy(2)).as("one conversation, with room to spare, within the claim")
                .isLessThan(mail.sendLock());
        assertThat(mail.sendLock()).isLessThan(Duration.ofMillis(engine.getJobExecutor().getLockTimeInMillis()));
    }

    private static Duration millis(Properties properties, String key) {
        String value = properties.getProperty(key);
        assertThat(value).as(key + " must be set: JavaMail waits forever by default").isNotBlank();
        return Duration.ofMillis(Long.parseLong(value));
    }
}
