package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Properties;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * A dispatcher run sends its mails over one SMTP connection, and opens a new one when the server has gone away
 * in between.
 */
class SmtpConnectionTest {

    GreenMail server;
    JavaMailSenderImpl sender;

    @BeforeEach
    void start() {
        server = new GreenMail(new ServerSetup(0, null, ServerSetup.PROTOCOL_SMTP));
        server.start();
        sender = new JavaMailSenderImpl();
        sender.setHost("localhost");
        sender.setPort(server.getSmtp().getPort());
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(timeouts);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void manyMailsGoOverOneConnection() throws Exception {
        try (SmtpConnection smtp = new SmtpConnection(sender)) {
            for (int i = 1; i <= 5; i++) {
                smtp.send(mail("truong" + i + "@example.vn"));
            }
            assertThat(smtp.connections()).isEqualTo(1);
        }
        assertThat(Arrays.stream(server.getReceivedMessages()).map(SmtpConnectionTest::to))
                .containsExactly("truong1@example.vn", "truong2@example.vn", "truong3@example.vn",
                        "truong4@example.vn", "truong5@example.vn");
    }

    @Test
    void aServerThatWentAwayIsConnectedToAgainForTheNextMail() throws Exception {
        int port = server.getSmtp().getPort();
        try (SmtpConnection smtp = new SmtpConnection(sender)) {
            smtp.send(mail("truong1@example.vn"));
            server.stop();
            assertThatThrownBy(() -> smtp.send(mail("truong2@example.vn"))).isInstanceOf(MessagingException.class);

            server = new GreenMail(new ServerSetup(port, null, ServerSetup.PROTOCOL_SMTP));
            server.start();
            smtp.send(mail("truong3@example.vn"));
            assertThat(smtp.connections()).isEqualTo(2);
        }
        assertThat(Arrays.stream(server.getReceivedMessages()).map(SmtpConnectionTest::to))
                .containsExactly("truong3@example.vn");
    }

    private MimeMessage mail(String to) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        message.setFrom(new InternetAddress("thidua@localhost"));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Nhắc hạn: Sơ kết đợt 1", "UTF-8");
        message.setText("Còn 2 ngày làm việc.", "UTF-8");
        message.saveChanges();
        return message;
    }

    private static String to(MimeMessage message) {
        try {
            return ((InternetAddress) message.getAllRecipients()[0]).getAddress();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
