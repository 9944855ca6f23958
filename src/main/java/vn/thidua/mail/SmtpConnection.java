package vn.thidua.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

/**
 * One SMTP connection for a dispatcher run: opened at the first mail, checked before each further one (and opened
 * again if the server closed it), closed at the end. Spring's {@code send(MimeMessage...)} would reuse a
 * connection too, but reports failures only after the last mail, too late to mark each mail SENT as it goes.
 * <p>
 * A {@link JavaMailSender} that is not Spring's {@link JavaMailSenderImpl} sends each mail its own way.
 */
final class SmtpConnection implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SmtpConnection.class);

    private final JavaMailSender sender;
    private Transport transport;
    private int connections;

    SmtpConnection(JavaMailSender sender) {
        this.sender = sender;
    }

    /**
     * Sends one mail, already complete ({@code saveChanges()} called).
     *
     * @throws MessagingException the server refused the mail or could not be reached; the next mail tries again
     */
    void send(MimeMessage message) throws MessagingException {
        if (!(sender instanceof JavaMailSenderImpl smtp)) {
            sender.send(message);
            return;
        }
        if (transport == null || !transport.isConnected()) {
            close();
            transport = connect(smtp);
            connections++;
        }
        transport.sendMessage(message, message.getAllRecipients());
    }

    private static Transport connect(JavaMailSenderImpl smtp) throws MessagingException {
        String username = smtp.getUsername();
        String password = smtp.getPassword();
        if (username != null && username.isEmpty()) {
            username = null;
            password = password != null && password.isEmpty() ? null : password;
        }
        String protocol = smtp.getProtocol() != null ? smtp.getProtocol() : "smtp";
        Transport transport = smtp.getSession().getTransport(protocol);
        try {
            transport.connect(smtp.getHost(), smtp.getPort(), username, password);
        } catch (MessagingException e) {
            closeQuietly(transport);
            throw e;
        }
        return transport;
    }

    /** How many times this run connected to the server. */
    int connections() {
        return connections;
    }

    @Override
    public void close() {
        if (transport != null) {
            closeQuietly(transport);
            transport = null;
        }
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException e) {
            // The mails are sent or marked already; a failed QUIT changes nothing.
            log.debug("Closing the SMTP connection failed: {}", e.getClass().getSimpleName());
        }
    }
}
