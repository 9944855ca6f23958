package vn.thidua.round;

import java.time.MonthDay;

/**
 * One report of a schedule, every year: "Báo cáo 6 tháng" due 15/06.
 *
 * @param due            the day the units directly below must submit by, every year (moved to the next working
 *                       day when it is a day off)
 * @param openDaysBefore working days before that deadline at which the round opens
 */
record ScheduleItem(int itemNo, String title, MonthDay due, int openDaysBefore, String instructions,
                    boolean askCounts, Receivers receivers) {

    /** "15/06" */
    String dueLabel() {
        return String.format("%02d/%02d", due.getDayOfMonth(), due.getMonthValue());
    }
}
