package vn.thidua.round;

import java.util.List;

/**
 * A new report schedule as the page or {@code POST /api/report-schedules} sends it.
 *
 * @param rootUnitCode the level that sets it up; the user's own unit (where they are staff) when blank
 */
record ScheduleInput(String name, String rootUnitCode, List<Item> items) {

    ScheduleInput {
        items = items == null ? List.of() : items.stream().toList();
    }

    /**
     * @param dueOn          "15/06": the day the units directly below submit by, every year
     * @param openDaysBefore working days before it at which the round opens
     * @param askCounts      whether the form asks for the staff and registration counts (yes when null)
     * @param receivers      PARENT (default) or PARENT_AND_OTHERS
     */
    record Item(String title, String dueOn, Integer openDaysBefore, String instructions, Boolean askCounts,
                String receivers) {
    }
}
