package vn.thidua.deadline;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param reminderDaysBefore days before a report's deadline at which its owner gets a reminder
 */
@ConfigurationProperties("thidua.deadline")
public record DeadlineProperties(@DefaultValue({"3", "1"}) List<Integer> reminderDaysBefore) {
}
