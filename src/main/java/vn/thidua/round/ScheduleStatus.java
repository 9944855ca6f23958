package vn.thidua.round;

import vn.thidua.text.Messages;

/** A report schedule runs, is paused (rounds falling due while paused are skipped) or has ended. */
enum ScheduleStatus {
    ACTIVE,
    PAUSED,
    ENDED;

    String label() {
        return Messages.get("round.status." + name());
    }
}
