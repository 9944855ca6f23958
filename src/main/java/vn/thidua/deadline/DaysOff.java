package vn.thidua.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * One-off days off (ngày nghỉ đột xuất): every signed-in user reads them, administrators add and remove them. A new
 * day off is announced ({@link DayOffAdded}) so that reports due that day move to the next working day.
 */
@Service
class DaysOff {

    private static final Logger log = LoggerFactory.getLogger(DaysOff.class);
    static final int MAX_REASON = 500;

    private final DayOffRepository daysOff;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;

    DaysOff(DayOffRepository daysOff, EngineClock clock, ApplicationEventPublisher events) {
        this.daysOff = daysOff;
        this.clock = clock;
        this.events = events;
    }

    /** @param day yyyy-MM-dd */
    record DayOffRequest(String day, String reason) {
    }

    List<DayOff> all(SignedInUser user) {
        return daysOff.all();
    }

    DayOff add(SignedInUser user, DayOffRequest request) {
        SignedInUser admin = user.requireAdmin();
        List<InputError> errors = new ArrayList<>();
        LocalDate day = null;
        if (request.day() == null || request.day().isBlank()) {
            errors.add(new InputError(0, 0, "day", Messages.get("deadline.dayOff.day.missing")));
        } else {
            day = DeadlineCalendar.parseDay(request.day());
            if (day == null) {
                errors.add(new InputError(0, 0, "day",
                        Messages.get("deadline.dayOff.day.format", request.day().trim())));
            } else if (daysOff.find(day).isPresent()) {
                errors.add(new InputError(0, 0, "day",
                        Messages.get("deadline.dayOff.day.exists", DeadlineCalendar.dayLabel(day))));
            }
        }
        String reason = request.reason() == null ? "" : request.reason().trim();
        if (reason.isEmpty()) {
            errors.add(new InputError(0, 0, "reason", Messages.get("deadline.dayOff.reason.missing")));
        } else if (reason.length() > MAX_REASON) {
            errors.add(new InputError(0, 0, "reason", Messages.get("deadline.dayOff.reason.tooLong", MAX_REASON)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Messages.get("deadline.dayOff.invalid", errors.size()), errors);
        }
        DayOff dayOff = new DayOff(day, reason, admin.username(), clock.now());
        daysOff.add(dayOff);
        log.info("Day off {} added by {}", day, admin.username());
        events.publishEvent(new DayOffAdded(dayOff));
        return dayOff;
    }

    void remove(SignedInUser user, String day) {
        SignedInUser admin = user.requireAdmin();
        LocalDate parsed = DeadlineCalendar.parseDay(day);
        if (parsed == null) {
            String message = Messages.get("deadline.dayOff.path.format", day);
            throw new InvalidInputException(message, List.of(new InputError(0, 0, "day", message)));
        }
        if (!daysOff.remove(parsed)) {
            throw new NoSuchElementException(
                    Messages.get("deadline.dayOff.notFound", DeadlineCalendar.dayLabel(parsed)));
        }
        log.info("Day off {} removed by {}", parsed, admin.username());
    }
}
