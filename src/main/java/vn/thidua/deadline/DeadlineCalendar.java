package vn.thidua.deadline;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.text.Messages;

/**
 * How deadlines are written and counted. A deadline given as a day ("chậm nhất ngày 15/12") means the close of
 * that working day in Vietnam, or of the next working day when the day given is a day off; lead times, reminders
 * and review times count working days (ngày làm việc, see {@link WorkingCalendar}). Every deadline that drives a
 * timer is kept as ISO-8601 with its +07:00 offset.
 */
@Component
public class DeadlineCalendar {

    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern(Messages.get("deadline.label.pattern"));
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final DeadlineProperties deadlineProperties;
    private final WorkingCalendar workingDays;

    DeadlineCalendar(DeadlineProperties deadlineProperties, WorkingCalendar workingDays) {
        this.deadlineProperties = deadlineProperties;
        this.workingDays = workingDays;
    }

    /**
     * A deadline asked for a day, and when it actually falls.
     *
     * @param deadline     close of office hours on {@code requestedDay}, or on the next working day if that is a day off
     * @param requestedDay the day the plan or the reviewer wrote
     */
    public record Due(OffsetDateTime deadline, LocalDate requestedDay) {

        /** The requested day was a day off, so the deadline moved to the next working day. */
        public boolean moved() {
            return requestedDay != null && !requestedDay.equals(deadline.atZoneSameInstant(EngineClock.ZONE)
                    .toLocalDate());
        }

        /** "17:00 ngày 04/05/2027 (ngày 01/05/2027 là ngày nghỉ, hạn chuyển sang ngày làm việc kế tiếp)" */
        public String label() {
            return DeadlineCalendar.label(deadline, requestedDay);
        }
    }

    /** The deadline for a day: close of office hours that day, or of the next working day when it is a day off. */
    public Due dueOn(LocalDate day) {
        return new Due(atCloseOfDay(workingDays.onOrNextWorkingDay(day)), day);
    }

    /** Close of office hours on that day, Vietnam time; a day off moves to the next working day. */
    public OffsetDateTime closeOfDay(LocalDate day) {
        return dueOn(day).deadline();
    }

    /** The deadline of a unit whose parent must report by {@code parentDeadline}: that many working days earlier. */
    public OffsetDateTime leadBefore(OffsetDateTime parentDeadline, int leadDays) {
        return workingDaysBefore(parentDeadline, leadDays);
    }

    /** Reminder instants still ahead of {@code now}, earliest first, by the application-wide schedule. */
    public List<OffsetDateTime> reminderTimes(OffsetDateTime deadline, OffsetDateTime now) {
        return reminderTimes(deadline, now, deadlineProperties.defaultSchedule());
    }

    /**
     * Reminder instants still ahead of {@code now} and before the deadline, earliest first: the schedule's working
     * days before, at the deadline's hour, and the due-day reminder's hour on the deadline's own day.
     */
    public List<OffsetDateTime> reminderTimes(OffsetDateTime deadline, OffsetDateTime now, ReminderSchedule schedule) {
        List<OffsetDateTime> times = new ArrayList<>(schedule.workingDaysBefore().stream()
                .map(days -> workingDaysBefore(deadline, days)).toList());
        if (schedule.dueDayAt() != null) {
            times.add(deadline.atZoneSameInstant(EngineClock.ZONE).toLocalDate().atTime(schedule.dueDayAt())
                    .atZone(EngineClock.ZONE).toOffsetDateTime());
        }
        return times.stream()
                .filter(at -> at.isAfter(now) && at.isBefore(deadline))
                .distinct()
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    /**
     * A deadline at a given local time: that time when the day is a working day, else the same time on the next
     * working day.
     */
    public Due dueAt(LocalDateTime time) {
        LocalDate day = workingDays.onOrNextWorkingDay(time.toLocalDate());
        return new Due(day.atTime(time.toLocalTime()).atZone(EngineClock.ZONE).toOffsetDateTime(),
                time.toLocalDate());
    }

    /** The same instant of day, moved to the next working day when its day is (now) a day off. */
    public Due keepOnWorkingDay(OffsetDateTime deadline) {
        return dueAt(deadline.atZoneSameInstant(EngineClock.ZONE).toLocalDateTime());
    }

    /** The same time of day, {@code days} working days after {@code from}. */
    public OffsetDateTime workingDaysAfter(OffsetDateTime from, int days) {
        ZonedDateTime local = from.atZoneSameInstant(EngineClock.ZONE);
        return workingDays.plusWorkingDays(local.toLocalDate(), days).atTime(local.toLocalTime())
                .atZone(EngineClock.ZONE).toOffsetDateTime();
    }

    /** The same time of day, {@code days} working days before {@code from}. */
    public OffsetDateTime workingDaysBefore(OffsetDateTime from, int days) {
        ZonedDateTime local = from.atZoneSameInstant(EngineClock.ZONE);
        return workingDays.minusWorkingDays(local.toLocalDate(), days).atTime(local.toLocalTime())
                .atZone(EngineClock.ZONE).toOffsetDateTime();
    }

    /**
     * Working days left before a deadline, as an office counts them: the working days after today up to and
     * including the deadline's day; 0 on the deadline's day (or after it).
     */
    public int workingDaysLeft(OffsetDateTime now, OffsetDateTime deadline) {
        LocalDate day = now.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        LocalDate last = deadline.atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        int left = 0;
        for (LocalDate d = day.plusDays(1); !d.isAfter(last); d = d.plusDays(1)) {
            if (workingDays.isWorkingDay(d)) {
                left++;
            }
        }
        return left;
    }

    /** The day {@code days} working days after {@code day}. */
    public LocalDate workingDaysAfter(LocalDate day, int days) {
        return workingDays.plusWorkingDays(day, days);
    }

    /** The hour a deadline given as a day falls at (thidua.deadline.close-of-day). */
    public LocalTime closeOfDayTime() {
        return deadlineProperties.closeOfDay();
    }

    /** Close of office hours on that very day, working day or not: a deadline as the plan wrote it. */
    public OffsetDateTime atCloseOfDay(LocalDate day) {
        return day.atTime(deadlineProperties.closeOfDay()).atZone(EngineClock.ZONE).toOffsetDateTime();
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

    /**
     * A deadline, and why it is not on the day asked for when it moved: "17:00 ngày 04/05/2027 (ngày 01/05/2027 là
     * ngày nghỉ, hạn chuyển sang ngày làm việc kế tiếp)". {@code requestedDay} may be null (nothing was moved).
     */
    public static String label(OffsetDateTime deadline, LocalDate requestedDay) {
        String label = label(deadline);
        if (requestedDay == null || requestedDay.equals(deadline.atZoneSameInstant(EngineClock.ZONE).toLocalDate())) {
            return label;
        }
        return Messages.get("deadline.label.moved", label, dayLabel(requestedDay));
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
