package vn.thidua.round;

import java.util.List;

/**
 * A new ad-hoc request as the page or {@code POST /api/adhoc-reports} sends it.
 *
 * @param dueOn     "20/12/2026" (or 2026-12-20): the day the units directly below submit by
 * @param unitCodes the units asked; every unit below when empty
 */
record AdHocInput(String topic, String rootUnitCode, String dueOn, String instructions, Boolean askCounts,
                  String receivers, List<String> unitCodes) {

    AdHocInput {
        unitCodes = unitCodes == null ? List.of() : unitCodes.stream().toList();
    }
}
