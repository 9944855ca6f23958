package vn.thidua.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.rules.RuleBook;
import vn.thidua.rules.RuleSetRef;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/** Checks a launch completely and lists every problem in Vietnamese, field by field. */
@Component
class CampaignLaunchValidator {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:hH](\\d{2})");
    static final int MAX_LEAD_DAYS = 60;
    static final int MAX_REMINDERS = 10;
    static final int MAX_REMINDER_DAYS = 60;
    static final int MAX_ESCALATE_DAYS = 30;

    private final OrgDirectory org;
    private final CampaignProperties properties;
    private final DeadlineCalendar calendar;
    private final EngineClock clock;
    private final RuleBook ruleBook;

    CampaignLaunchValidator(OrgDirectory org, CampaignProperties properties, DeadlineCalendar calendar,
                                   EngineClock clock, RuleBook ruleBook) {
        this.ruleBook = ruleBook;
        this.org = org;
        this.properties = properties;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A launch that passed every check.
     *
     * @param ruleSet the newest version of the chosen rule set, pinned for the campaign's lifetime
     */
    public record ValidLaunch(CampaignLaunch launch, Unit rootUnit, List<CampaignPhase> phases, RuleSetRef ruleSet,
                              CampaignReminders reminders) {
    }

    public ValidLaunch validate(CampaignLaunch launch, String launchedBy, boolean launcherIsAdmin) {
        List<InputError> errors = new ArrayList<>();
        if (blank(launch.name())) {
            errors.add(error("name", Messages.get("campaign.name.missing")));
        } else if (launch.name().length() > 300) {
            errors.add(error("name", Messages.get("campaign.name.tooLong", 300)));
        }
        String schoolYear = launch.schoolYear() == null ? "" : launch.schoolYear().trim();
        Matcher year = SCHOOL_YEAR.matcher(schoolYear);
        if (!year.matches()) {
            errors.add(error("schoolYear", Messages.get("campaign.schoolYear.format")));
        } else if (Integer.parseInt(year.group(2)) <= Integer.parseInt(year.group(1))) {
            errors.add(error("schoolYear", Messages.get("campaign.schoolYear.order")));
        }
        if (launch.leadDays() != null && (launch.leadDays() < 1 || launch.leadDays() > MAX_LEAD_DAYS)) {
            errors.add(error("leadDays", Messages.get("campaign.leadDays.range", MAX_LEAD_DAYS)));
        }
        CampaignReminders reminders = reminders(launch, errors);
        RuleSetRef ruleSet = ruleSet(launch.ruleSetId(), errors);
        Unit root = rootUnit(launch, launchedBy, launcherIsAdmin, errors);
        List<CampaignPhase> phases = phases(launch, errors);
        if (root != null) {
            checkLowestDeadlinesAhead(launch, root, phases, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    Messages.get("campaign.launch.invalid", errors.size()), errors);
        }
        return new ValidLaunch(new CampaignLaunch(launch.name().trim(), schoolYear.replaceAll("\\s", ""),
                root.code(), launch.leadDays(), launch.phases(), ruleSet.id(),
                reminders.daysBefore().isEmpty() ? null : reminders.daysBeforeText().replace(",", ", "),
                reminders.dueDayAt() == null ? null : reminders.dueDayAt().toString(), reminders.escalateAfter()),
                root, phases, ruleSet, reminders);
    }

    /** "5, 2, 1", "07:30", 3: each part optional, each checked. */
    private CampaignReminders reminders(CampaignLaunch launch, List<InputError> errors) {
        List<Integer> daysBefore = new ArrayList<>();
        if (!blank(launch.reminderDaysBefore())) {
            String[] parts = launch.reminderDaysBefore().trim().split("\\s*[,;]\\s*|\\s+");
            if (parts.length > MAX_REMINDERS) {
                errors.add(error("reminderDaysBefore", Messages.get("campaign.reminders.tooMany", MAX_REMINDERS)));
            }
            for (String part : parts) {
                Integer days = positive(part);
                if (days == null || days > MAX_REMINDER_DAYS) {
                    errors.add(error("reminderDaysBefore",
                            Messages.get("campaign.reminders.notADay", part, MAX_REMINDER_DAYS)));
                } else if (!daysBefore.contains(days)) {
                    daysBefore.add(days);
                }
            }
            daysBefore.sort(java.util.Comparator.reverseOrder());
        }
        LocalTime dueDayAt = null;
        if (!blank(launch.dueDayReminderAt())) {
            Matcher time = TIME.matcher(launch.dueDayReminderAt().trim());
            if (!time.matches() || Integer.parseInt(time.group(1)) > 23 || Integer.parseInt(time.group(2)) > 59) {
                errors.add(error("dueDayReminderAt", Messages.get("campaign.dueDayReminder.format")));
            } else {
                dueDayAt = LocalTime.of(Integer.parseInt(time.group(1)), Integer.parseInt(time.group(2)));
                if (!dueDayAt.isBefore(calendar.closeOfDayTime())) {
                    errors.add(error("dueDayReminderAt",
                            Messages.get("campaign.dueDayReminder.late", calendar.closeOfDayTime())));
                }
            }
        }
        Integer escalateAfter = launch.escalateAfterWorkingDays();
        if (escalateAfter != null && (escalateAfter < 1 || escalateAfter > MAX_ESCALATE_DAYS)) {
            errors.add(error("escalateAfterWorkingDays",
                    Messages.get("campaign.escalate.range", MAX_ESCALATE_DAYS)));
        }
        return new CampaignReminders(daysBefore, dueDayAt, escalateAfter);
    }

    private static Integer positive(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            return n >= 1 ? n : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private RuleSetRef ruleSet(String ruleSetId, List<InputError> errors) {
        String id = blank(ruleSetId) ? ruleBook.defaultRuleSetId() : ruleSetId.trim();
        try {
            return ruleBook.pin(id);
        } catch (InvalidInputException e) {
            errors.addAll(e.errors());
            return null;
        }
    }

    private Unit rootUnit(CampaignLaunch launch, String launchedBy, boolean launcherIsAdmin, List<InputError> errors) {
        if (!blank(launch.rootUnitCode())) {
            Optional<Unit> unit = org.findUnit(launch.rootUnitCode().trim());
            if (unit.isEmpty()) {
                errors.add(error("rootUnitCode", Messages.get("campaign.root.unknown", launch.rootUnitCode().trim())));
                return null;
            }
            if (!launcherIsAdmin && !staffUnits(launchedBy).contains(unit.get().code())) {
                errors.add(error("rootUnitCode",
                        Messages.get("campaign.root.notStaff", unit.get().name())));
                return null;
            }
            return unit.get();
        }
        List<String> own = staffUnits(launchedBy);
        if (own.size() != 1) {
            errors.add(error("rootUnitCode", own.isEmpty()
                    ? Messages.get("campaign.root.noUnit") : Messages.get("campaign.root.severalUnits")));
            return null;
        }
        return org.unit(own.get(0));
    }

    private List<String> staffUnits(String username) {
        return org.unitsWhere(username, UnitRole.STAFF);
    }

    private List<CampaignPhase> phases(CampaignLaunch launch, List<InputError> errors) {
        List<CampaignPhase> result = new ArrayList<>();
        if (launch.phases().isEmpty()) {
            errors.add(error("phases", Messages.get("campaign.phases.none")));
            return result;
        }
        LocalDate previousEnd = null;
        int count = launch.phases().size();
        for (int i = 0; i < count; i++) {
            CampaignLaunch.Phase p = launch.phases().get(i);
            String at = "phases[" + i + "]";
            String label = Messages.get("campaign.phase.label", i + 1);
            if (p == null) {
                errors.add(error(at, Messages.get("campaign.phase.empty", label)));
                continue;
            }
            if (blank(p.name())) {
                errors.add(error(at + ".name", Messages.get("campaign.phase.name.missing", label)));
            }
            LocalDate starts = day(p.startsOn(), at + ".startsOn", Messages.get("campaign.phase.startsOn", label), errors);
            LocalDate ends = day(p.endsOn(), at + ".endsOn", Messages.get("campaign.phase.endsOn", label), errors);
            LocalDate deadline = day(p.reportDeadline(), at + ".reportDeadline",
                    Messages.get("campaign.phase.reportDeadline", label), errors);
            if (starts != null && ends != null && ends.isBefore(starts)) {
                errors.add(error(at + ".endsOn", Messages.get("campaign.phase.endsBeforeStart", label,
                        DeadlineCalendar.dayLabel(ends), DeadlineCalendar.dayLabel(starts))));
            }
            if (starts != null && deadline != null && deadline.isBefore(starts)) {
                errors.add(error(at + ".reportDeadline", Messages.get("campaign.phase.deadlineBeforeStart", label,
                        DeadlineCalendar.dayLabel(deadline))));
            }
            if (previousEnd != null && starts != null && !starts.isAfter(previousEnd)) {
                errors.add(error(at + ".startsOn", Messages.get("campaign.phase.overlaps", label,
                        DeadlineCalendar.dayLabel(previousEnd))));
            }
            if (ends != null) {
                previousEnd = ends;
            }
            if (!blank(p.name()) && starts != null && ends != null && deadline != null) {
                result.add(new CampaignPhase(0, i + 1, p.name().trim(), ReportKind.ofPhase(i + 1, count), starts,
                        ends, calendar.atCloseOfDay(deadline)));
            }
        }
        return result;
    }

    /** The units furthest down the tree report first; their deadline must not already be past. */
    private void checkLowestDeadlinesAhead(CampaignLaunch launch, Unit root, List<CampaignPhase> phases,
                                           List<InputError> errors) {
        OffsetDateTime now = clock.now();
        for (CampaignPhase phase : phases) {
            OffsetDateTime rootDeadline = calendar.dueOn(phase.reportDeadline().toLocalDate()).deadline();
            OffsetDateTime earliest = earliestDeadline(root, rootDeadline, launch.leadDays());
            if (!earliest.isAfter(now)) {
                errors.add(error("phases[" + (phase.phaseNo() - 1) + "].reportDeadline", Messages.get(
                        "campaign.phase.lowestTooEarly", phase.phaseNo(), DeadlineCalendar.label(earliest))));
            }
        }
    }

    private OffsetDateTime earliestDeadline(Unit unit, OffsetDateTime unitDeadline, Integer leadDays) {
        OffsetDateTime earliest = unitDeadline;
        for (Unit child : org.children(unit.code())) {
            OffsetDateTime childDeadline = calendar.leadBefore(unitDeadline,
                    properties.leadDaysFor(child.level(), leadDays));
            OffsetDateTime below = earliestDeadline(child, childDeadline, leadDays);
            if (below.isBefore(earliest)) {
                earliest = below;
            }
        }
        return earliest;
    }

    private static LocalDate day(String value, String field, String what, List<InputError> errors) {
        if (blank(value)) {
            errors.add(error(field, Messages.get("campaign.day.missing", what)));
            return null;
        }
        LocalDate day = DeadlineCalendar.parseDay(value);
        if (day == null) {
            errors.add(error(field, Messages.get("campaign.day.format", what, value)));
        }
        return day;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static InputError error(String field, String message) {
        return new InputError(0, 0, field, message);
    }
}
