package vn.thidua.round;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignProperties;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.deadline.EngineClock;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;

/**
 * The dates of a round, by the deadline module's working calendar: the day the units directly below submit by
 * (moved to the next working day when it is a day off), the asking level's own deadline the lead working days of
 * that level later (so every level below gets its campaign lead time, as in a campaign's phase), and the opening day
 * some working days before the units' deadline (weekends, holidays and Tết do not count).
 */
@Component
class RoundCalendar {

    private final DeadlineCalendar calendar;
    private final CampaignProperties campaignProperties;
    private final OrgDirectory org;

    RoundCalendar(DeadlineCalendar calendar, CampaignProperties campaignProperties, OrgDirectory org) {
        this.calendar = calendar;
        this.campaignProperties = campaignProperties;
        this.org = org;
    }

    /**
     * @param unitsDue     the deadline of the units directly below
     * @param rootDeadline the asking level's own deadline (the campaign phase's report deadline)
     * @param opensOn      the day the round opens (at its start, Vietnam time)
     */
    record Dates(DeadlineCalendar.Due unitsDue, OffsetDateTime rootDeadline, LocalDate opensOn) {

        OffsetDateTime opensAt() {
            return opensOn.atStartOfDay(EngineClock.ZONE).toOffsetDateTime();
        }
    }

    Dates of(Unit root, LocalDate dueDay, int openDaysBefore) {
        DeadlineCalendar.Due unitsDue = calendar.dueOn(dueDay);
        OffsetDateTime rootDeadline = calendar.workingDaysAfter(unitsDue.deadline(), leadOfChildren(root));
        LocalDate opensOn = calendar.workingDaysBefore(unitsDue.deadline(), openDaysBefore)
                .atZoneSameInstant(EngineClock.ZONE).toLocalDate();
        return new Dates(unitsDue, rootDeadline, opensOn);
    }

    /** A schedule's item in a year: due that year, on 29/02 never (refused at input). */
    Dates of(Unit root, ScheduleItem item, int year) {
        return of(root, item.due().atYear(Year.of(year).getValue()), item.openDaysBefore());
    }

    /** Working days from now to the deadline a day gives (0 on that day or after it). */
    int workingDaysLeft(OffsetDateTime now, LocalDate day) {
        return calendar.workingDaysLeft(now, calendar.dueOn(day).deadline());
    }

    /**
     * The fewest working days a round must open before the units' deadline for every level below to have one working
     * day at least: one, plus the lead days of the deepest chain below the units directly below.
     */
    int minOpenDays(Unit root) {
        int deepest = 0;
        for (Unit child : org.children(root.code())) {
            deepest = Math.max(deepest, leadBelow(child));
        }
        return 1 + deepest;
    }

    private int leadBelow(Unit unit) {
        int most = 0;
        for (Unit child : org.children(unit.code())) {
            most = Math.max(most, campaignProperties.leadDaysFor(child.level(), null) + leadBelow(child));
        }
        return most;
    }

    /** The lead days of the units directly below (the shortest, so no unit's deadline is later than asked). */
    private int leadOfChildren(Unit root) {
        return org.children(root.code()).stream()
                .mapToInt(c -> campaignProperties.leadDaysFor(c.level(), null)).min()
                .orElse(campaignProperties.defaultLeadDays());
    }
}
