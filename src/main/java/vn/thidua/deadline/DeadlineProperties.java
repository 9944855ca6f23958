package vn.thidua.deadline;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderDaysBefore working days (ngày làm việc) before a report's deadline at which its owner gets a
 *                           reminder, at the deadline's hour
 */
@ConfigurationProperties("thidua.deadline")
public record DeadlineProperties(@DefaultValue({"3", "1"}) List<Integer> reminderDaysBefore) {
}
