package vn.thidua.digest;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Thư tổng hợp hằng ngày: one mail a working day to a parent unit's staff, listing the child units' reports due soon
 * or overdue, instead of one overdue mail per school.
 *
 * @param enabled        false: no digest, and the parent's staff get one overdue mail per late child as before
 * @param time           when the digest goes out on each working day, Vietnam time; read when processes/ is
 *                       deployed (a release that changes a process), like every timer of a model
 * @param lookAheadDays  a report is listed when its deadline is within this many working days, or past
 * @param threshold      a parent with at least this many child units gets the digest instead of per-school overdue
 *                       mails; 1 means every parent
 */
@ConfigurationProperties("thidua.digest")
record DigestProperties(@DefaultValue("true") boolean enabled, @DefaultValue("07:30") LocalTime time,
                               @DefaultValue("2") int lookAheadDays, @DefaultValue("1") int threshold) {
}
