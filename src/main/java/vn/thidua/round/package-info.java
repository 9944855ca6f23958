/**
 * Reports outside a campaign's phases: a level's report schedules (báo cáo định kỳ: rounds that open by themselves
 * on their dates every year) and ad-hoc requests (báo cáo đột xuất: all units below, or a chosen list). Each is a
 * campaign of its own kind (a campaign row, one phase per round) whose rounds call the same report process as a
 * campaign's phases, so deadlines per level, reminders, escalation, extensions, overview and digest are theirs too.
 */
package vn.thidua.round;
