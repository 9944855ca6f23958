package vn.thidua.campaign;

import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.deadline.ReminderSchedule;

/**
 * The reminder schedule a campaign set at launch; each part null (or empty) when the launcher left it to the
 * application's defaults (thidua.deadline).
 *
 * @param daysBefore     working days before each report's deadline, e.g. 5, 2, 1
 * @param dueDayAt       hour of the reminder on the due day itself
 * @param escalateAfter  working days after the deadline at which the parent's head is told
 */
public record CampaignReminders(List<Integer> daysBefore, LocalTime dueDayAt, Integer escalateAfter) {

    public static final CampaignReminders DEFAULTS = new CampaignReminders(null, null, null);

    public CampaignReminders {
        daysBefore = daysBefore == null ? List.of() : List.copyOf(daysBefore);
    }

    public ReminderSchedule over(ReminderSchedule defaults) {
        return defaults.overriddenBy(daysBefore, dueDayAt, escalateAfter);
    }

    /** "5,2,1" as stored, or null. */
    String daysBeforeText() {
        return daysBefore.isEmpty() ? null
                : daysBefore.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Integer> parseStored(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
