package vn.thidua.campaign;

import java.util.List;

/**
 * What the launch form or {@code POST /api/campaigns} says. Dates are yyyy-MM-dd strings as the form sends
 * them; {@link CampaignLaunchValidator} turns them into a checked {@link ValidLaunch} or lists every problem.
 *
 * @param rootUnitCode unit whose subtree runs the campaign; the launcher's own unit when null
 * @param leadDays     days each level reports before its parent; configuration's default when null
 * @param ruleSetId    rule set to judge the campaign by (e.g. giao-duc-2025); its newest version is pinned at
 *                     launch; the configured default when null
 * @param reminderDaysBefore       working days before each report's deadline at which a reminder goes out, as
 *                                 the launcher writes them ("5, 2, 1"); thidua.deadline's default when blank
 * @param dueDayReminderAt         hour of the reminder on the due day itself ("07:30"); the default when blank
 * @param escalateAfterWorkingDays working days after the deadline at which the parent's head is told; the default
 *                                 when null
 * @param phaseLines               the phases typed one per line, "tên; từ dd/mm/yyyy; đến dd/mm/yyyy; hạn nộp
 *                                 dd/mm/yyyy" (the launch form's way to list any number of phases); when not blank
 *                                 it replaces {@code phases}
 * @param yearlyReportDeadline     day and month ("15/06") of the yearly evaluation round's deadline, every school
 *                                 year of a campaign over several school years ({@link SchoolYears#span})
 * @param registration             whether the campaign opens with a registration round (đăng ký thi đua); no when null
 * @param registrationDeadline     the registration's deadline at the launching level (yyyy-MM-dd), when it has one
 * @param receivers                who receives the reports ({@link vn.thidua.org.Receivers}: PARENT or
 *                                 PARENT_AND_OTHERS); the parent only when blank
 */
public record CampaignLaunch(String name, String schoolYear, String rootUnitCode, Integer leadDays,
                             List<Phase> phases, String ruleSetId, String reminderDaysBefore,
                             String dueDayReminderAt, Integer escalateAfterWorkingDays, String phaseLines,
                             String yearlyReportDeadline, Boolean registration, String registrationDeadline,
                             String receivers) {

    public CampaignLaunch {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** A launch of phases listed one by one, without a registration round, its reports to the parent only. */
    public CampaignLaunch(String name, String schoolYear, String rootUnitCode, Integer leadDays, List<Phase> phases,
                          String ruleSetId, String reminderDaysBefore, String dueDayReminderAt,
                          Integer escalateAfterWorkingDays) {
        this(name, schoolYear, rootUnitCode, leadDays, phases, ruleSetId, reminderDaysBefore, dueDayReminderAt,
                escalateAfterWorkingDays, null, null, null, null, null);
    }

    /** Whether the campaign opens with a registration round. */
    public boolean withRegistration() {
        return Boolean.TRUE.equals(registration);
    }

    /** A launch on the application's reminder schedule. */
    public CampaignLaunch(String name, String schoolYear, String rootUnitCode, Integer leadDays, List<Phase> phases,
                          String ruleSetId) {
        this(name, schoolYear, rootUnitCode, leadDays, phases, ruleSetId, null, null, null);
    }

    /** A launch on the default rule set. */
    public CampaignLaunch(String name, String schoolYear, String rootUnitCode, Integer leadDays, List<Phase> phases) {
        this(name, schoolYear, rootUnitCode, leadDays, phases, null);
    }

    public record Phase(String name, String startsOn, String endsOn, String reportDeadline) {
    }
}
