package vn.thidua.campaign;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
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
import vn.thidua.org.Receivers;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.rules.RuleBook;
import vn.thidua.rules.RuleSetRef;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/** Checks a launch completely and lists every problem in Vietnamese, field by field. */
@Component
class CampaignLaunchValidator {

    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2})[:hH](\\d{2})");
    static final int MAX_LEAD_DAYS = 60;
    static final int MAX_REMINDERS = 10;
    static final int MAX_REMINDER_DAYS = 60;
    static final int MAX_ESCALATE_DAYS = 30;
    static final int MAX_PHASES = 20;
    /** campaign_phase.name and campaign_plan_phase.name are varchar(200). */
    static final int MAX_PHASE_NAME = 200;
    static final String YEARLY_FIELD = CampaignProcess.Vars.YEARLY_REPORT_DEADLINE;
    /** The registration round runs as phase 0, before the first phase. */
    static final int REGISTRATION_PHASE_NO = 0;
    private static final String REGISTRATION_DEADLINE_FIELD = "registrationDeadline";

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
                              CampaignReminders reminders, MultiYearPlan multiYear) {
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
        if (!Receivers.isValid(launch.receivers())) {
            errors.add(error("receivers", Messages.get("campaign.receivers.invalid", launch.receivers())));
        }
        RuleSetRef ruleSet = ruleSet(launch.ruleSetId(), errors);
        Unit root = rootUnit(launch, launchedBy, launcherIsAdmin, errors);
        SchoolYears.Span span = year.matches() ? SchoolYears.span(schoolYear) : null;
        MultiYearPlan multiYear = null;
        List<CampaignPhase> phases;
        if (span != null && span.multiYear()) {
            multiYear = multiYearPlan(launch, span, errors);
            phases = multiYear == null ? List.of() : multiYear.roundPhases();
            if (launch.withRegistration()) {
                // The yearly rounds of a campaign over several school years run as campaigns of their own; a
                // registration round opens a campaign of one school year.
                errors.add(error(REGISTRATION_DEADLINE_FIELD, Messages.get("campaign.registration.multiYear")));
            }
        } else {
            List<CampaignPhase> ofOneYear = phases(launch, errors);
            registration(launch, ofOneYear, errors).ifPresent(round -> ofOneYear.add(0, round));
            phases = ofOneYear;
        }
        if (root != null) {
            checkLowestDeadlinesAhead(launch, root, phases, multiYear != null, errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(
                    Messages.get("campaign.launch.invalid", errors.size()), errors);
        }
        return new ValidLaunch(new CampaignLaunch(launch.name().trim(), schoolYear.replaceAll("\\s", ""),
                root.code(), launch.leadDays(), launch.phases(), ruleSet.id(),
                reminders.daysBefore().isEmpty() ? null : reminders.daysBeforeText().replace(",", ", "),
                reminders.dueDayAt() == null ? null : reminders.dueDayAt().toString(), reminders.escalateAfter(),
                launch.phaseLines(), multiYear == null ? null : launch.yearlyReportDeadline(),
                launch.withRegistration() ? Boolean.TRUE : null,
                launch.withRegistration() ? launch.registrationDeadline().trim() : null,
                Receivers.of(launch.receivers()).name()),
                root, phases, ruleSet, reminders, multiYear);
    }

    /**
     * The registration round (phase 0), when the launch asks for one: it opens on the day of the launch and closes
     * at its deadline, which comes no later than the first phase's report deadline.
     */
    private Optional<CampaignPhase> registration(CampaignLaunch launch, List<CampaignPhase> phases,
                                                 List<InputError> errors) {
        if (!launch.withRegistration()) {
            return Optional.empty();
        }
        String what = Messages.get("campaign.registration.deadline");
        LocalDate deadline = day(launch.registrationDeadline(), REGISTRATION_DEADLINE_FIELD, what, errors);
        if (deadline == null) {
            return Optional.empty();
        }
        LocalDate today = clock.now().atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        if (deadline.isBefore(today)) {
            errors.add(error(REGISTRATION_DEADLINE_FIELD, Messages.get("campaign.registration.past",
                    DeadlineCalendar.dayLabel(deadline))));
            return Optional.empty();
        }
        if (!phases.isEmpty() && deadline.isAfter(phases.get(0).reportDeadline().toLocalDate())) {
            errors.add(error(REGISTRATION_DEADLINE_FIELD, Messages.get("campaign.registration.afterFirstReport",
                    DeadlineCalendar.dayLabel(deadline),
                    DeadlineCalendar.dayLabel(phases.get(0).reportDeadline().toLocalDate()))));
            return Optional.empty();
        }
        String schoolYear = launch.schoolYear() == null ? "" : launch.schoolYear().trim().replaceAll("\\s", "");
        return Optional.of(new CampaignPhase(0, REGISTRATION_PHASE_NO,
                Messages.get("campaign.registration.phaseName", schoolYear), ReportKind.REGISTRATION, today,
                deadline, calendar.atCloseOfDay(deadline)));
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

    /** A campaign within one school year: every phase ends with a report, the last with the tổng kết. */
    private List<CampaignPhase> phases(CampaignLaunch launch, List<InputError> errors) {
        List<CampaignPhase> result = new ArrayList<>();
        List<CheckedPhase> checked = checkedPhases(launch, false, errors);
        for (CheckedPhase p : checked) {
            if (p.complete()) {
                result.add(new CampaignPhase(0, p.no(), p.name(), ReportKind.ofPhase(p.no(), checked.size()),
                        p.startsOn(), p.endsOn(), calendar.atCloseOfDay(p.reportDeadline())));
            }
        }
        return result;
    }

    /** A phase as entered, its days read; null parts were missing or wrong (and reported). */
    private record CheckedPhase(int no, String label, String field, int line, String name, LocalDate startsOn,
                                LocalDate endsOn, LocalDate reportDeadline, boolean complete) {
    }

    /**
     * Reads and checks the phases, from the launch form's lines when given, else from the list: names, days, order,
     * no overlap. Within one school year every phase needs its report deadline; over several only the last does.
     */
    private List<CheckedPhase> checkedPhases(CampaignLaunch launch, boolean deadlineOptional,
                                             List<InputError> errors) {
        boolean fromLines = !blank(launch.phaseLines());
        int firstError = errors.size();
        List<PhaseLines.Line> lines = fromLines ? PhaseLines.read(launch.phaseLines(), errors) : List.of();
        int count = fromLines ? lines.size() : launch.phases().size();
        List<CheckedPhase> result = new ArrayList<>();
        if (count == 0) {
            if (!fromLines || errors.stream().noneMatch(e -> PhaseLines.FIELD.equals(e.field()))) {
                errors.add(error(fromLines ? PhaseLines.FIELD : "phases", Messages.get("campaign.phases.none")));
            }
            return result;
        }
        if (count > MAX_PHASES) {
            errors.add(error(fromLines ? PhaseLines.FIELD : "phases", Messages.get("campaign.phases.tooMany",
                    MAX_PHASES)));
            return result;
        }
        LocalDate previousEnd = null;
        for (int i = 0; i < count; i++) {
            boolean last = i == count - 1;
            String at;
            String label;
            int line;
            CampaignLaunch.Phase p;
            if (fromLines) {
                PhaseLines.Line l = lines.get(i);
                at = PhaseLines.FIELD;
                line = l.lineNo();
                label = Messages.get("campaign.lines.label", line);
                p = new CampaignLaunch.Phase(l.name(), l.startsOn(), l.endsOn(), l.reportDeadline());
            } else {
                at = "phases[" + i + "]";
                line = 0;
                label = Messages.get("campaign.phase.label", i + 1);
                p = launch.phases().get(i);
            }
            if (p == null) {
                errors.add(error(at, Messages.get("campaign.phase.empty", label)));
                continue;
            }
            String name = blank(p.name()) ? null : p.name().trim();
            if (name == null) {
                errors.add(error(line, fromLines ? at : at + ".name",
                        Messages.get("campaign.phase.name.missing", label)));
            } else if (name.length() > MAX_PHASE_NAME) {
                errors.add(error(line, fromLines ? at : at + ".name",
                        Messages.get("campaign.phase.name.tooLong", label, MAX_PHASE_NAME)));
                name = null;
            }
            LocalDate starts = day(p.startsOn(), fromLines, line, fromLines ? at : at + ".startsOn",
                    Messages.get("campaign.phase.startsOn", label), errors);
            LocalDate ends = day(p.endsOn(), fromLines, line, fromLines ? at : at + ".endsOn",
                    Messages.get("campaign.phase.endsOn", label), errors);
            LocalDate deadline = null;
            if (!deadlineOptional || last || !blank(p.reportDeadline())) {
                deadline = day(p.reportDeadline(), fromLines, line, fromLines ? at : at + ".reportDeadline",
                        Messages.get(deadlineOptional && last ? "campaign.phase.finalDeadline"
                                : "campaign.phase.reportDeadline", label), errors);
            }
            // Complete even when out of order: the deadline checks still speak of it, as a launcher expects.
            boolean ok = name != null && starts != null && ends != null
                    && (deadline != null || (deadlineOptional && !last && blank(p.reportDeadline())));
            if (starts != null && ends != null && ends.isBefore(starts)) {
                errors.add(error(line, fromLines ? at : at + ".endsOn", Messages.get(
                        "campaign.phase.endsBeforeStart", label, DeadlineCalendar.dayLabel(ends),
                        DeadlineCalendar.dayLabel(starts))));
            }
            if (starts != null && deadline != null && deadline.isBefore(starts)) {
                errors.add(error(line, fromLines ? at : at + ".reportDeadline", Messages.get(
                        "campaign.phase.deadlineBeforeStart", label, DeadlineCalendar.dayLabel(deadline))));
            }
            if (previousEnd != null && starts != null && !starts.isAfter(previousEnd)) {
                errors.add(error(line, fromLines ? at : at + ".startsOn", Messages.get(
                        "campaign.phase.overlaps", label, DeadlineCalendar.dayLabel(previousEnd))));
            }
            if (ends != null) {
                previousEnd = ends;
            }
            result.add(new CheckedPhase(i + 1, label, fromLines ? at : at + ".startsOn", line, name, starts, ends,
                    deadline, ok));
        }
        // Line by line, as the launcher reads the list again.
        errors.subList(firstError, errors.size()).sort(java.util.Comparator.comparingInt(InputError::line));
        return result;
    }

    /**
     * A campaign over several school years ("2024-2027"): its phases lie within them, the first starts in the first
     * school year and the last ends in the last; a yearly round each school year closes on the yearly deadline.
     */
    private MultiYearPlan multiYearPlan(CampaignLaunch launch, SchoolYears.Span span, List<InputError> errors) {
        int before = errors.size();
        List<CheckedPhase> checked = checkedPhases(launch, true, errors);
        for (CheckedPhase p : checked) {
            if (p.startsOn() != null && p.startsOn().isBefore(span.firstDay())
                    || p.endsOn() != null && p.endsOn().isAfter(span.lastDay())) {
                errors.add(error(p.line(), p.field(), Messages.get("campaign.multiYear.outside", p.label(),
                        span.label(), DeadlineCalendar.dayLabel(span.firstDay()),
                        DeadlineCalendar.dayLabel(span.lastDay()))));
            }
        }
        if (!checked.isEmpty() && checked.get(0).startsOn() != null
                && SchoolYears.startYearOf(checked.get(0).startsOn()) > span.first()) {
            errors.add(error(checked.get(0).line(), checked.get(0).field(), Messages.get(
                    "campaign.multiYear.firstYear", SchoolYears.label(span.first()), span.label())));
        }
        CheckedPhase lastPhase = checked.isEmpty() ? null : checked.get(checked.size() - 1);
        if (lastPhase != null && lastPhase.endsOn() != null
                && SchoolYears.startYearOf(lastPhase.endsOn()) < span.last() - 1) {
            errors.add(error(lastPhase.line(), lastPhase.field(), Messages.get(
                    "campaign.multiYear.lastYear", SchoolYears.label(span.last() - 1), span.label())));
        }
        MonthDay yearly = yearlyDeadline(launch.yearlyReportDeadline(), errors);
        if (errors.size() > before || yearly == null) {
            return null;
        }
        List<MultiYearPlan.PlanPhase> plan = checked.stream().map(p -> new MultiYearPlan.PlanPhase(p.no(), p.name(),
                p.startsOn(), p.endsOn(), p.reportDeadline() == null ? null : calendar.atCloseOfDay(p.reportDeadline())))
                .toList();
        MultiYearPlan derived = MultiYearPlan.derive(span, plan, yearly, calendar::atCloseOfDay);
        for (MultiYearPlan.Round round : derived.rounds()) {
            if (round.yearly() && round.phase().reportDeadline().toLocalDate().isBefore(round.phase().startsOn())) {
                errors.add(error(YEARLY_FIELD, Messages.get("campaign.yearly.beforeStart",
                        round.schoolYear(), DeadlineCalendar.dayLabel(round.phase().reportDeadline().toLocalDate()),
                        DeadlineCalendar.dayLabel(round.phase().startsOn()))));
            }
        }
        return errors.size() > before ? null : derived;
    }

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})\\s*/\\s*(\\d{1,2})");

    /** "15/06": the day and month of every yearly round's deadline; 29/02 is not in every year. */
    private static MonthDay yearlyDeadline(String text, List<InputError> errors) {
        if (blank(text)) {
            errors.add(error(YEARLY_FIELD, Messages.get("campaign.yearly.missing")));
            return null;
        }
        Matcher m = DAY_MONTH.matcher(text.trim());
        if (!m.matches()) {
            errors.add(error(YEARLY_FIELD, Messages.get("campaign.yearly.format", text.trim())));
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12 || day < 1 || day > java.time.Month.of(month).minLength()) {
            errors.add(error(YEARLY_FIELD, Messages.get("campaign.yearly.noSuchDay", text.trim())));
            return null;
        }
        return MonthDay.of(month, day);
    }

    /** The units furthest down the tree report first; their deadline must not already be past. */
    private void checkLowestDeadlinesAhead(CampaignLaunch launch, Unit root, List<CampaignPhase> phases,
                                           boolean multiYear, List<InputError> errors) {
        OffsetDateTime now = clock.now();
        for (CampaignPhase phase : phases) {
            OffsetDateTime rootDeadline = calendar.dueOn(phase.reportDeadline().toLocalDate()).deadline();
            OffsetDateTime earliest = earliestDeadline(root, rootDeadline, launch.leadDays());
            if (!earliest.isAfter(now)) {
                errors.add(phase.kind() == ReportKind.REGISTRATION
                        ? error(REGISTRATION_DEADLINE_FIELD, Messages.get("campaign.registration.lowestTooEarly",
                                DeadlineCalendar.label(earliest)))
                        : multiYear
                        ? error(PhaseLines.FIELD, Messages.get("campaign.round.lowestTooEarly", phase.reportLabel(),
                                DeadlineCalendar.label(earliest)))
                        : error("phases[" + (phase.phaseNo() - 1) + "].reportDeadline", Messages.get(
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

    /** A day of the phase lines (dd/mm/yyyy, as our pages read days) or of the list (yyyy-MM-dd, as forms send). */
    private static LocalDate day(String value, boolean typed, int line, String field, String what,
                                 List<InputError> errors) {
        if (!typed) {
            return day(value, field, what, errors);
        }
        if (blank(value)) {
            errors.add(error(line, field, Messages.get("campaign.day.missing", what)));
            return null;
        }
        try {
            return DayInput.parse(value, what);
        } catch (InvalidInputException e) {
            errors.add(error(line, field, e.getMessage()));
            return null;
        }
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

    /** An error of a phase: the line of the launch form's phase list it is on, when it came from there. */
    private static InputError error(int line, String field, String message) {
        return new InputError(line, 0, field, message);
    }
}
