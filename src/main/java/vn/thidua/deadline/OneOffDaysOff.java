package vn.thidua.deadline;

import java.time.LocalDate;
import java.util.Set;

/** Days off an administrator declared at run time (a storm, a local event): not working days either. */
@FunctionalInterface
interface OneOffDaysOff {

    Set<LocalDate> days();

    OneOffDaysOff NONE = Set::of;
}
