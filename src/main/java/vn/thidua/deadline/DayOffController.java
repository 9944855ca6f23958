package vn.thidua.deadline;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.deadline.DaysOff.DayOffRequest;
import vn.thidua.security.CurrentUser;

/**
 * One-off days off (ngày nghỉ đột xuất): every signed-in user may read them, administrators add and remove them.
 * They count for deadlines computed from then on; a report not yet submitted whose deadline falls on a new day off
 * has it moved to the next working day, timers and all ({@link DayOffAdded}).
 */
@RestController
@RequestMapping("/api/calendar/days-off")
class DayOffController {

    private final DaysOff daysOff;
    private final CurrentUser currentUser;

    DayOffController(DaysOff daysOff, CurrentUser currentUser) {
        this.daysOff = daysOff;
        this.currentUser = currentUser;
    }

    @GetMapping
    public List<DayOff> list() {
        return daysOff.all(currentUser.get());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    public DayOff add(@RequestBody DayOffRequest request) {
        return daysOff.add(currentUser.get(), request);
    }

    @DeleteMapping("/{day}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    public void remove(@PathVariable String day) {
        daysOff.remove(currentUser.get(), day);
    }
}
