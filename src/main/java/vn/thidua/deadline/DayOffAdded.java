package vn.thidua.deadline;

/** Published when an administrator declares a one-off day off, so deadlines already set on that day can move. */
public record DayOffAdded(DayOff dayOff) {
}
