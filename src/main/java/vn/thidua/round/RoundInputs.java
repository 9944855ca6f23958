package vn.thidua.round;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportAccess;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;

/**
 * One checker for schedules and ad-hoc requests, whatever door they came through (page or JSON): every problem at
 * once, in Vietnamese, and nothing saved.
 */
@Component
class RoundInputs {

    static final int MAX_NAME = 300;
    /** The round's name adds " năm 2027" and must fit a campaign phase's name (200). */
    static final int MAX_TITLE = 180;
    static final int MAX_INSTRUCTIONS = 4000;
    static final int MAX_ITEMS = 12;
    static final int MAX_OPEN_DAYS = 120;
    static final int MAX_UNITS = 2000;
    static final long MAX_TEMPLATE_BYTES = 10L * 1024 * 1024;
    static final List<String> TEMPLATE_TYPES = List.of("pdf", "doc", "docx", "xls", "xlsx", "odt", "ods");

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    private final OrgDirectory org;
    private final ReportAccess access;
    private final RoundCalendar calendar;
    private final EngineClock clock;

    RoundInputs(OrgDirectory org, ReportAccess access, RoundCalendar calendar, EngineClock clock) {
        this.org = org;
        this.access = access;
        this.calendar = calendar;
        this.clock = clock;
    }

    record ValidSchedule(String name, Unit root, List<ScheduleItem> items) {
    }

    record ValidAdHoc(String topic, Unit root, LocalDate dueOn, String instructions, boolean askCounts,
                      Receivers receivers, List<String> unitCodes, UploadedTemplate template) {
    }

    ValidSchedule schedule(ScheduleInput input, SignedInUser user) {
        List<InputError> errors = new ArrayList<>();
        String name = text(input.name(), "name", Messages.get("round.field.name"), MAX_NAME, true, errors);
        Unit root = root(input.rootUnitCode(), user, errors);
        int minOpen = root == null ? 1 : calendar.minOpenDays(root);
        List<ScheduleItem> items = new ArrayList<>();
        if (input.items().isEmpty()) {
            errors.add(error("items", Messages.get("round.items.none")));
        } else if (input.items().size() > MAX_ITEMS) {
            errors.add(error("items", Messages.get("round.items.tooMany", MAX_ITEMS)));
        }
        for (int i = 0; i < input.items().size() && i < MAX_ITEMS; i++) {
            ScheduleInput.Item item = input.items().get(i);
            String at = "items[" + i + "].";
            String prefix = Messages.get("round.item.prefix", i + 1) + " ";
            if (item == null) {
                errors.add(error("items[" + i + "]", prefix + Messages.get("round.item.empty")));
                continue;
            }
            String title = text(item.title(), at + "title", prefix + Messages.get("round.field.title"), MAX_TITLE,
                    true, errors);
            MonthDay due = monthDay(item.dueOn(), at + "dueOn", prefix + Messages.get("round.field.dueOn"),
                    errors);
            Integer open = item.openDaysBefore();
            if (open == null) {
                errors.add(error(at + "openDaysBefore", Messages.get("round.field.missing",
                        prefix + Messages.get("round.field.openDaysBefore"))));
            } else if (open < minOpen || open > MAX_OPEN_DAYS) {
                errors.add(error(at + "openDaysBefore", Messages.get("round.openDays.range",
                        prefix + Messages.get("round.field.openDaysBefore"), minOpen, MAX_OPEN_DAYS)));
            }
            String instructions = text(item.instructions(), at + "instructions",
                    prefix + Messages.get("round.field.instructions"), MAX_INSTRUCTIONS, false, errors);
            Receivers receivers = receivers(item.receivers(), at + "receivers", errors);
            if (title != null && due != null && open != null && receivers != null) {
                items.add(new ScheduleItem(i + 1, title, due, open, instructions, item.askCounts() == null
                        || item.askCounts(), receivers));
            }
        }
        refuseIfAny(errors);
        return new ValidSchedule(name, root, items);
    }

    ValidAdHoc adHoc(AdHocInput input, UploadedTemplate template, SignedInUser user) {
        List<InputError> errors = new ArrayList<>();
        String topic = text(input.topic(), "topic", Messages.get("round.field.topic"), MAX_TITLE, true, errors);
        Unit root = root(input.rootUnitCode(), user, errors);
        LocalDate due = null;
        try {
            due = DayInput.parse(input.dueOn(), Messages.get("round.field.adHocDueOn"));
            if (due == null) {
                errors.add(error("dueOn", Messages.get("round.field.missing", Messages.get("round.field.adHocDueOn"))));
            }
        } catch (InvalidInputException e) {
            errors.add(error("dueOn", e.getMessage()));
        }
        if (due != null && root != null) {
            OffsetDateTime now = clock.now();
            int minOpen = calendar.minOpenDays(root);
            int left = calendar.workingDaysLeft(now, due);
            if (left < minOpen) {
                errors.add(error("dueOn", Messages.get("round.adHoc.dueTooSoon", DayInput.format(due), minOpen)));
            }
        }
        String instructions = text(input.instructions(), "instructions", Messages.get("round.field.instructions"),
                MAX_INSTRUCTIONS, false, errors);
        Receivers receivers = receivers(input.receivers(), "receivers", errors);
        List<String> units = new ArrayList<>();
        if (input.unitCodes().size() > MAX_UNITS) {
            errors.add(error("unitCodes", Messages.get("round.units.tooMany", MAX_UNITS)));
        } else if (root != null) {
            Set<String> seen = new LinkedHashSet<>();
            for (String raw : input.unitCodes()) {
                String code = raw == null ? "" : raw.trim();
                if (code.isEmpty()) {
                    continue;
                }
                Optional<Unit> unit = org.findUnit(code);
                if (unit.isEmpty()) {
                    errors.add(error("unitCodes", Messages.get("round.units.unknown", code)));
                } else if (code.equals(root.code()) || !org.isSameOrAncestor(root.code(), code)) {
                    errors.add(error("unitCodes", Messages.get("round.units.notBelow", unit.get().name(),
                            root.name())));
                } else if (!seen.add(code)) {
                    errors.add(error("unitCodes", Messages.get("round.units.duplicate", unit.get().name())));
                }
            }
            units.addAll(seen);
        }
        if (template != null) {
            checkTemplate(template, errors);
        }
        refuseIfAny(errors);
        return new ValidAdHoc(topic, root, due, instructions, input.askCounts() == null || input.askCounts(),
                receivers, units, template);
    }

    private void checkTemplate(UploadedTemplate template, List<InputError> errors) {
        String name = template.name() == null ? "" : template.name().strip();
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (template.content() == null || template.content().length == 0) {
            errors.add(error("template", Messages.get("round.template.empty")));
        } else if (template.content().length > MAX_TEMPLATE_BYTES) {
            errors.add(error("template", Messages.get("round.template.tooLarge", MAX_TEMPLATE_BYTES / 1024 / 1024)));
        }
        if (name.isEmpty() || name.length() > 255) {
            errors.add(error("template", Messages.get("round.template.name", 255)));
        } else if (!TEMPLATE_TYPES.contains(extension)) {
            errors.add(error("template", Messages.get("round.template.type", name, String.join(", ", TEMPLATE_TYPES))));
        }
    }

    /** The level asking: the given unit, where the user is staff, or the user's own unit; it must have units below. */
    private Unit root(String code, SignedInUser user, List<InputError> errors) {
        Unit root;
        if (code != null && !code.isBlank()) {
            Optional<Unit> unit = org.findUnit(code.trim());
            if (unit.isEmpty()) {
                errors.add(error("rootUnitCode", Messages.get("round.root.unknown", code.trim())));
                return null;
            }
            if (!user.isAdmin() && !user.isMemberOf(UnitRole.STAFF.groupId(unit.get().code()))) {
                // Asking on another unit's behalf is a refusal of access (403), not a typing error
                throw new AccessDeniedException(Messages.get("round.root.notStaff", unit.get().name()));
            }
            root = unit.get();
        } else {
            List<String> own = access.unitsOf(user).stream()
                    .filter(u -> user.isMemberOf(UnitRole.STAFF.groupId(u))).toList();
            if (own.size() != 1) {
                errors.add(error("rootUnitCode", Messages.get(own.isEmpty() ? "round.root.noUnit"
                        : "round.root.severalUnits")));
                return null;
            }
            root = org.unit(own.get(0));
        }
        if (org.children(root.code()).isEmpty()) {
            errors.add(error("rootUnitCode", Messages.get("round.root.noChildren", root.name())));
            return null;
        }
        return root;
    }

    private static Receivers receivers(String text, String field, List<InputError> errors) {
        Receivers receivers = Receivers.parse(text);
        if (receivers == null) {
            errors.add(error(field, Messages.get("round.receivers.unknown", text.trim())));
        }
        return receivers;
    }

    private static MonthDay monthDay(String text, String field, String label, List<InputError> errors) {
        if (text == null || text.isBlank()) {
            errors.add(error(field, Messages.get("round.field.missing", label)));
            return null;
        }
        Matcher m = DAY_MONTH.matcher(text.strip());
        if (!m.matches()) {
            errors.add(error(field, Messages.get("round.dueOn.format", label, text.strip())));
            return null;
        }
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            errors.add(error(field, Messages.get("round.dueOn.noSuchMonth", label, text.strip())));
            return null;
        }
        // 29/02 exists one year in four: a yearly report needs a day every year has
        int length = java.time.Month.of(month).length(false);
        if (day < 1 || day > length) {
            errors.add(error(field, Messages.get("round.dueOn.noSuchDay", label, text.strip(), month, length)));
            return null;
        }
        return MonthDay.of(month, day);
    }

    private static String text(String value, String field, String label, int max, boolean required,
                               List<InputError> errors) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                errors.add(error(field, Messages.get("round.field.missing", label)));
            }
            return null;
        }
        if (text.length() > max) {
            errors.add(error(field, Messages.get("round.field.tooLong", label, max, text.length())));
            return null;
        }
        return text;
    }

    private static InputError error(String field, String message) {
        return new InputError(0, 0, field, message);
    }

    private static void refuseIfAny(List<InputError> errors) {
        if (!errors.isEmpty()) {
            String detail = errors.size() == 1 ? errors.get(0).message()
                    : Messages.get("round.input.invalid", errors.size()) + " "
                    + String.join(" ", errors.stream().map(InputError::message).toList());
            throw new InvalidInputException(detail, errors);
        }
    }
}
