package vn.thidua.mail;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.ThiDuaApplication;

/** Reads the outbox for administrators: newest first, optionally one status only. */
@Component
class OutboxQueries {

    private static final ZoneId ZONE = ZoneId.of(ThiDuaApplication.ZONE_ID);

    private static final String COLUMNS = """
            id, dedup_key, to_address, to_name, template, subject, status, attempts, next_attempt_at, last_error,
            created_at, sent_at""";

    /** A mail with its bodies, for the detail page. */
    public record OutboxMailView(OutboxEntry entry, String bodyText, String bodyHtml) {
    }

    private final JdbcClient jdbc;

    OutboxQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page, newest first; {@code status} null means every status. */
    public List<OutboxEntry> page(MailStatus status, int page, int size) {
        return jdbc.sql("select " + COLUMNS + " from mail_outbox"
                        + " where (cast(:status as varchar(10)) is null or status = cast(:status as varchar(10)))"
                        + " order by id desc offset :offset rows fetch first :size rows only")
                .param("status", status == null ? null : status.name())
                .param("offset", (long) page * size)
                .param("size", size)
                .query(OutboxQueries::entry).list();
    }

    public long count(MailStatus status) {
        return jdbc.sql("select count(*) from mail_outbox"
                        + " where (cast(:status as varchar(10)) is null or status = cast(:status as varchar(10)))")
                .param("status", status == null ? null : status.name())
                .query(Long.class).single();
    }

    public Optional<OutboxMailView> find(long id) {
        return jdbc.sql("select " + COLUMNS + ", body_text, body_html from mail_outbox where id = :id")
                .param("id", id)
                .query((rs, row) -> new OutboxMailView(entry(rs, row), rs.getString("body_text"),
                        rs.getString("body_html")))
                .optional();
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getString("dedup_key"),
                rs.getString("to_address"),
                rs.getString("to_name"),
                rs.getString("template"),
                rs.getString("subject"),
                MailStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                time(rs, "next_attempt_at"),
                rs.getString("last_error"),
                time(rs, "created_at"),
                time(rs, "sent_at"));
    }

    private static OffsetDateTime time(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.atZoneSameInstant(ZONE).toOffsetDateTime();
    }
}
