package vn.thidua.report;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

import vn.thidua.deadline.EngineClock;

/** Table {@code report_deadline_extension}: the history of every extension of a report's deadline. */
@Repository
class DeadlineExtensionRepository {

    private static final RowMapper<DeadlineExtension> EXTENSION = (rs, n) -> new DeadlineExtension(rs.getLong("id"),
            rs.getLong("report_id"), local(rs.getObject("old_deadline", OffsetDateTime.class)),
            local(rs.getObject("new_deadline", OffsetDateTime.class)), rs.getObject("requested_day", LocalDate.class),
            rs.getString("reason"), rs.getString("extended_by"),
            local(rs.getObject("extended_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    DeadlineExtensionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public DeadlineExtension add(long reportId, OffsetDateTime oldDeadline, OffsetDateTime newDeadline,
                                 LocalDate requestedDay, String reason, String by, OffsetDateTime at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_deadline_extension (report_id, old_deadline, new_deadline, requested_day, reason,
                                                       extended_by, extended_at)
                values (:report, :old, :new, :requested, :reason, :by, :at)""")
                .param("report", reportId).param("old", oldDeadline).param("new", newDeadline)
                .param("requested", requestedDay).param("reason", reason).param("by", by).param("at", at)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new DeadlineExtension(id, reportId, local(oldDeadline), local(newDeadline), requestedDay, reason, by,
                local(at));
    }

    public List<DeadlineExtension> ofReport(long reportId) {
        return jdbc.sql("select * from report_deadline_extension where report_id = :id order by extended_at, id")
                .param("id", reportId).query(EXTENSION).list();
    }

    public Optional<DeadlineExtension> latest(long reportId) {
        return jdbc.sql("""
                select * from report_deadline_extension where report_id = :id order by extended_at desc, id desc
                limit 1""")
                .param("id", reportId).query(EXTENSION).optional();
    }

    private static OffsetDateTime local(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(EngineClock.ZONE).toOffsetDateTime();
    }
}
