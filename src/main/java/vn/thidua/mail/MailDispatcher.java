package vn.thidua.mail;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.ClassUtils;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import vn.thidua.ThiDuaApplication;
import vn.thidua.text.Messages;

/**
 * Sends what the outbox holds. Every statement commits on its own (no surrounding transaction): a row is
 * claimed with a conditional UPDATE that only one node can win, sent, then marked SENT – or, on failure,
 * scheduled again with exponential backoff until {@code thidua.mail.max-attempts}, then marked FAILED.
 * <p>
 * Delivery is at least once: a node that dies after the SMTP server accepted a mail but before marking it SENT
 * leaves it SENDING; when its claim expires another node sends it again.
 * <p>
 * Called from inside a transaction (a job, a delegate), it suspends it: a claim must commit before the SMTP
 * conversation starts, or other nodes would not see it.
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    private static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static {
        // Jakarta Mail 2.1 looks its StreamProvider up with a ServiceLoader, scanning the whole class path, for every
        // message and body part it builds (jakartaee/mail-api#861): two thirds of the dispatcher's CPU went there
        // (docs/performance.md). Named in this system property, the implementation is loaded by name instead.
        if (System.getProperty(STREAM_PROVIDER) == null
                && ClassUtils.isPresent(ANGUS_STREAM_PROVIDER, MailDispatcher.class.getClassLoader())) {
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        }
    }

    static final int MAX_ERROR_LENGTH = 1000;

    /** Doubling stops here: 30 s × 2^12 is about a day and a half. */
    private static final int MAX_BACKOFF_DOUBLINGS = 12;

    private static final String DUE = """
            select id from mail_outbox
            where (status = 'PENDING' and next_attempt_at <= :now)
               or (status = 'SENDING' and locked_until <= :now)
            order by next_attempt_at, id
            fetch first :limit rows only
            """;

    private static final String CLAIM = """
            update mail_outbox
            set status = 'SENDING', locked_until = :lockedUntil, attempts = attempts + 1
            where id = :id
              and ((status = 'PENDING' and next_attempt_at <= :now)
                   or (status = 'SENDING' and locked_until <= :now))
            """;

    private final JdbcClient jdbc;
    private final JavaMailSender mailSender;
    private final MailProperties properties;
    private final Clock clock;
    private final InternetAddress from;

    MailDispatcher(JdbcClient jdbc, JavaMailSender mailSender, MailProperties properties,
            ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.properties = properties;
        this.clock = clock.getIfUnique(() -> Clock.system(ZoneId.of(ThiDuaApplication.ZONE_ID)));
        this.from = address(properties.from());
    }

    /**
     * Sends every mail that is due now, in batches of {@code thidua.mail.batch-size}.
     *
     * @return how many mails were sent by this call
     */
    public int dispatchDue() {
        return dispatchDue(clock.instant());
    }

    /**
     * As {@link #dispatchDue()}, as if it were {@code now}: tests move time instead of sleeping.
     * <p>
     * One SMTP connection carries the whole run (a new connection per mail costs some 50 ms, a mail over an open
     * one a few): each row is still claimed just before it is sent and marked SENT just after, so a node that dies
     * mid-run can have sent at most one mail twice, as before.
     */
    int dispatchDue(Instant now) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        Set<Long> seen = new HashSet<>();
        int sent = 0;
        try (SmtpConnection smtp = new SmtpConnection(mailSender)) {
            while (true) {
                List<Long> due = jdbc.sql(DUE).param("now", at).param("limit", properties.batchSize())
                        .query(Long.class).list();
                // A mail failing with a zero retry delay would be due again at once: one attempt per run is enough.
                List<Long> fresh = due.stream().filter(seen::add).toList();
                for (long id : fresh) {
                    if (claim(id, at) && send(id, at, smtp)) {
                        sent++;
                    }
                }
                if (fresh.isEmpty() || due.size() < properties.batchSize()) {
                    return sent;
                }
            }
        }
    }

    /**
     * Puts a FAILED mail back in the queue, due now, with its attempts counted from zero again.
     *
     * @return false if the mail is not FAILED (it is waiting, being sent or sent already)
     * @throws NoSuchElementException if there is no such mail
     */
    public boolean retry(long id) {
        int updated = jdbc.sql("""
                update mail_outbox set status = 'PENDING', attempts = 0, next_attempt_at = :now, locked_until = null
                where id = :id and status = 'FAILED'
                """).param("id", id).param("now", OffsetDateTime.now(clock)).update();
        if (updated == 1) {
            log.info("Mail {} put back in the queue by an administrator", id);
            return true;
        }
        boolean exists = jdbc.sql("select count(*) from mail_outbox where id = :id").param("id", id)
                .query(Long.class).single() > 0;
        if (!exists) {
            throw new NoSuchElementException(Messages.get("outbox.notFound", id));
        }
        return false;
    }

    private boolean claim(long id, OffsetDateTime now) {
        return jdbc.sql(CLAIM)
                .param("id", id)
                .param("now", now)
                .param("lockedUntil", now.plus(properties.sendLock()))
                .update() == 1;
    }

    private record Claimed(String dedupKey, String toAddress, String toName, String subject, String html,
            String text, int attempts) {
    }

    private boolean send(long id, OffsetDateTime now, SmtpConnection smtp) {
        Optional<Claimed> found = jdbc.sql("""
                select dedup_key, to_address, to_name, subject, body_html, body_text, attempts
                from mail_outbox where id = :id and status = 'SENDING'
                """).param("id", id)
                .query((rs, row) -> new Claimed(rs.getString("dedup_key"), rs.getString("to_address"),
                        rs.getString("to_name"), rs.getString("subject"), rs.getString("body_html"),
                        rs.getString("body_text"), rs.getInt("attempts")))
                .optional();
        if (found.isEmpty()) {
            return false;
        }
        Claimed mail = found.get();
        try {
            smtp.send(message(mail));
        } catch (MailException | MessagingException | UnsupportedEncodingException e) {
            failed(id, mail, now, e);
            return false;
        }
        jdbc.sql("""
                update mail_outbox set status = 'SENT', sent_at = :sentAt, locked_until = null
                where id = :id and status = 'SENDING'
                """).param("id", id).param("sentAt", OffsetDateTime.now(clock)).update();
        log.debug("Sent mail {} ({})", id, mail.dedupKey());
        return true;
    }

    private MimeMessage message(Claimed mail) throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = mailSender.createMimeMessage();
        message.setFrom(from);
        message.setRecipient(MimeMessage.RecipientType.TO,
                new InternetAddress(mail.toAddress(), mail.toName(), StandardCharsets.UTF_8.name()));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(new java.util.Date(clock.millis()));

        // multipart/alternative: the plain text first, the richest part last (RFC 2046 §5.1.4).
        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), StandardCharsets.UTF_8.name(), "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    private void failed(long id, Claimed mail, OffsetDateTime now, Exception e) {
        String error = errorText(e);
        if (mail.attempts() >= properties.maxAttempts()) {
            jdbc.sql("""
                    update mail_outbox set status = 'FAILED', locked_until = null, last_error = :error
                    where id = :id and status = 'SENDING'
                    """).param("id", id).param("error", error).update();
            // The exception's message may name the recipient: logs get its type only.
            log.error("Mail {} ({}) FAILED after {} attempts: {}", id, mail.dedupKey(), mail.attempts(),
                    e.getClass().getSimpleName());
            return;
        }
        OffsetDateTime next = now.plus(backoff(mail.attempts()));
        jdbc.sql("""
                update mail_outbox set status = 'PENDING', locked_until = null, last_error = :error,
                                       next_attempt_at = :next
                where id = :id and status = 'SENDING'
                """).param("id", id).param("error", error).param("next", next).update();
        log.warn("Mail {} ({}) not sent, attempt {} of {}: {}", id, mail.dedupKey(), mail.attempts(),
                properties.maxAttempts(), e.getClass().getSimpleName());
    }

    /** first-retry-delay after the first failed attempt, doubled after each further one. */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts - 1, 0), MAX_BACKOFF_DOUBLINGS);
        return properties.firstRetryDelay().multipliedBy(1L << doublings);
    }

    static String errorText(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null && text.length() < MAX_ERROR_LENGTH; t = t.getCause()) {
            if (!text.isEmpty()) {
                text.append(" ← ");
            }
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage().strip());
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return text.length() <= MAX_ERROR_LENGTH ? text.toString() : text.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }

    private static InternetAddress address(String address) {
        try {
            InternetAddress parsed = new InternetAddress(address, true);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), StandardCharsets.UTF_8.name());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalArgumentException("thidua.mail.from is not a valid address: " + address, e);
        }
    }
}
