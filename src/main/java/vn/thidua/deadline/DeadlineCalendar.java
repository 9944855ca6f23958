package vn.thidua.deadline;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignProperties;

/**
 * How deadlines are written and counted. A deadline given as a day ("chậm nhất ngày 15/12") means the close of
 * that working day in Vietnam; every deadline that drives a timer is kept as ISO-8601 with its +07:00 offset.
 */
@Component
public class DeadlineCalendar {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final CampaignProperties campaignProperties;
    private final DeadlineProperties deadlineProperties;

    public DeadlineCalendar(CampaignProperties campaignProperties, DeadlineProperties deadlineProperties) {
        this.campaignProperties = campaignProperties;
        this.deadlineProperties = deadlineProperties;
    }

    /** Close of office hours on that day, Vietnam time. */
    public OffsetDateTime closeOfDay(LocalDate day) {
        return day.atTime(campaignProperties.closeOfDay()).atZone(EngineClock.ZONE).toOffsetDateTime();
    }

    /** The deadline of a unit whose parent must report by {@code parentDeadline}. */
    public OffsetDateTime leadBefore(OffsetDateTime parentDeadline, int leadDays) {
        return parentDeadline.minusDays(leadDays);
    }

    /** Reminder instants still ahead of {@code now}, earliest first. */
    public List<OffsetDateTime> reminderTimes(OffsetDateTime deadline, OffsetDateTime now) {
        return deadlineProperties.reminderDaysBefore().stream()
                .map(deadline::minusDays)
                .filter(at -> at.isAfter(now))
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    public static String iso(OffsetDateTime time) {
        return time.atZoneSameInstant(EngineClock.ZONE).toOffsetDateTime().toString();
    }

    public static OffsetDateTime parseIso(String iso) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(EngineClock.ZONE).toOffsetDateTime();
    }

    /** "17:00 ngày 15/12/2026" */
    public static String label(OffsetDateTime time) {
        return time.atZoneSameInstant(EngineClock.ZONE).format(LABEL);
    }

    /** "15/12/2026" */
    public static String dayLabel(LocalDate day) {
        return day.format(DAY);
    }

    /** Parses yyyy-MM-dd (what forms and JSON send); null if absent or malformed. */
    public static LocalDate parseDay(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof java.util.Date date) {
            return date.toInstant().atZone(EngineClock.ZONE).toLocalDate();
        }
        try {
            String text = value.toString().trim();
            // A datetime ("2026-12-15T00:00:00+07:00") counts by its day.
            return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
