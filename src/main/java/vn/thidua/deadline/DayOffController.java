package vn.thidua.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/**
 * One-off days off (ngày nghỉ đột xuất): every signed-in user may read them, administrators add and remove them.
 * They count for deadlines computed from then on; a report not yet submitted whose deadline falls on a new day off
 * has it moved to the next working day, timers and all ({@link DayOffAdded}).
 */
@RestController
@RequestMapping("/api/calendar/days-off")
public class DayOffController {

    private static final Logger log = LoggerFactory.getLogger(DayOffController.class);
    static final int MAX_REASON = 500;

    /** @param day yyyy-MM-dd */
    public record DayOffRequest(String day, String reason) {
    }

    private final DayOffRepository daysOff;
    private final CurrentUser currentUser;
    private final EngineClock clock;
    private final ApplicationEventPublisher events;

    public DayOffController(DayOffRepository daysOff, CurrentUser currentUser, EngineClock clock,
                            ApplicationEventPublisher events) {
        this.daysOff = daysOff;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    @GetMapping
    public List<DayOff> list() {
        currentUser.get();
        return daysOff.all();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public DayOff add(@RequestBody DayOffRequest request) {
        SignedInUser admin = currentUser.requireAdmin();
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

    @DeleteMapping("/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void remove(@PathVariable String day) {
        SignedInUser admin = currentUser.requireAdmin();
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
