package vn.thidua.campaign;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A phase (đợt) of a campaign and its report.
 *
 * @param reportDeadline deadline of the report at the campaign's root unit (the city) as the plan wrote it: close of
 *                       office hours on the day given; when that day is a day off the report opens with the next
 *                       working day as its deadline. Lower levels get earlier ones.
 */
public record CampaignPhase(long campaignId, int phaseNo, String name, ReportKind kind, LocalDate startsOn,
                            LocalDate endsOn, OffsetDateTime reportDeadline) {

    /** "Sơ kết đợt 1"; a periodic or ad-hoc round's own name ("Báo cáo 6 tháng năm 2027"). */
    public String reportLabel() {
        if (kind.isRequest()) {
            return name;
        }
        String phase = name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
        return kind.label() + " " + phase;
    }
}
