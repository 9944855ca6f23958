package vn.thidua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code day_off}: the one-off days off, read whenever a deadline is counted (the table stays small). */
@Repository
class DayOffRepository implements OneOffDaysOff {

    private static final RowMapper<DayOff> DAY_OFF = (rs, n) -> new DayOff(rs.getObject("off_date", LocalDate.class),
            rs.getString("reason"), rs.getString("created_by"),
            rs.getObject("created_at", OffsetDateTime.class).atZoneSameInstant(EngineClock.ZONE).toOffsetDateTime());

    private final JdbcClient jdbc;

    DayOffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<LocalDate> days() {
        return Set.copyOf(jdbc.sql("select off_date from day_off").query(LocalDate.class).list());
    }

    public List<DayOff> all() {
        return jdbc.sql("select off_date, reason, created_by, created_at from day_off order by off_date")
                .query(DAY_OFF).list();
    }

    public Optional<DayOff> find(LocalDate day) {
        return jdbc.sql("select off_date, reason, created_by, created_at from day_off where off_date = :day")
                .param("day", day).query(DAY_OFF).optional();
    }

    public void add(DayOff dayOff) {
        jdbc.sql("insert into day_off (off_date, reason, created_by, created_at) values (:day, :reason, :by, :at)")
                .param("day", dayOff.day()).param("reason", dayOff.reason()).param("by", dayOff.createdBy())
                .param("at", dayOff.createdAt()).update();
    }

    public boolean remove(LocalDate day) {
        return jdbc.sql("delete from day_off where off_date = :day").param("day", day).update() > 0;
    }
}
