package vn.thidua.mail;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.ThiDuaApplication;

/**
 * The outbox on our own table. Writes through {@link JdbcClient}, so the row joins the caller's Spring
 * transaction – for a process step, the engine's – and disappears if that transaction rolls back.
 * <p>
 * The mail is rendered now: the row holds the finished subject and bodies, so the dispatcher needs neither
 * the model nor the database rows it came from, and a mail shows what it said when it was queued.
 */
@Component
class JdbcMailOutbox implements MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(JdbcMailOutbox.class);

    // INSERT ... SELECT ... WHERE NOT EXISTS works on PostgreSQL and H2 alike. Two transactions queuing the same
    // key at once may both pass the check; the unique constraint then fails the later one, its job is retried
    // and finds the row. The casts give PostgreSQL the types of the select list's parameters.
    private static final String INSERT = """
            insert into mail_outbox (dedup_key, to_address, to_name, template, subject, body_html, body_text,
                                     status, attempts, next_attempt_at, created_at)
            select cast(:dedupKey as varchar(300)), cast(:toAddress as varchar(320)), cast(:toName as varchar(200)),
                   cast(:template as varchar(100)), cast(:subject as varchar(1000)), cast(:html as text),
                   cast(:text as text), 'PENDING', 0,
                   cast(:now as timestamp with time zone), cast(:now as timestamp with time zone)
            where not exists (select 1 from mail_outbox where dedup_key = :dedupKey)
            """;

    private final JdbcClient jdbc;
    private final MailTemplates templates;
    private final Clock clock;

    JdbcMailOutbox(JdbcClient jdbc, MailTemplates templates, ObjectProvider<Clock> clock) {
        this.jdbc = jdbc;
        this.templates = templates;
        this.clock = clock.getIfUnique(() -> Clock.system(ZoneId.of(ThiDuaApplication.ZONE_ID)));
    }

    @Override
    public boolean queue(OutboxMail mail) {
        if (exists(mail.dedupKey())) {
            log.debug("Mail {} already queued", mail.dedupKey());
            return false;
        }
        RenderedMail rendered = templates.render(mail);
        int inserted = jdbc.sql(INSERT)
                .param("dedupKey", mail.dedupKey())
                .param("toAddress", mail.toAddress())
                .param("toName", mail.toName())
                .param("template", mail.template())
                .param("subject", rendered.subject())
                .param("html", rendered.html())
                .param("text", rendered.text())
                .param("now", OffsetDateTime.now(clock))
                .update();
        if (inserted == 1) {
            log.info("Queued mail {} (template {})", mail.dedupKey(), mail.template());
        }
        return inserted == 1;
    }

    private boolean exists(String dedupKey) {
        return jdbc.sql("select count(*) from mail_outbox where dedup_key = :dedupKey")
                .param("dedupKey", dedupKey)
                .query(Long.class).single() > 0;
    }
}
