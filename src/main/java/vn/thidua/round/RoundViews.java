package vn.thidua.round;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.security.SignedInUser;
import vn.thidua.web.DayInput;

/** What pages and the API show of schedules and requests: days as dd/mm/yyyy, statuses and receivers in words. */
@Component
class RoundViews {

    private final RoundRepository rounds;
    private final CampaignRepository campaigns;
    private final ReportSchedules schedules;
    private final AdHocRequests adHoc;
    private final OrgDirectory org;

    RoundViews(RoundRepository rounds, CampaignRepository campaigns, ReportSchedules schedules, AdHocRequests adHoc,
               OrgDirectory org) {
        this.rounds = rounds;
        this.campaigns = campaigns;
        this.schedules = schedules;
        this.adHoc = adHoc;
        this.org = org;
    }

    record ItemView(int itemNo, String title, String dueOn, int openDaysBefore, String instructions,
                    boolean askCounts, String receivers, String receiversLabel) {
    }

    /**
     * A round opened, as its campaign phase says.
     *
     * @param unitsDeadline the deadline of the units directly below; {@code ownDeadline} the asking level's own
     */
    record RoundView(int phaseNo, int itemNo, int year, String name, String opensOn, String unitsDeadline,
                     String ownDeadline) {
    }

    record NextRoundView(String title, int year, String opensOn, String unitsDeadline) {
    }

    record ScheduleView(long id, String name, String rootUnitCode, String rootUnitName, String status,
                        String statusLabel, long campaignId, String overviewUrl, String createdBy, boolean canChange,
                        List<ItemView> items, List<RoundView> rounds, NextRoundView nextRound) {
    }

    record UnitView(String code, String name) {
    }

    record AdHocView(long id, String topic, String rootUnitCode, String rootUnitName, String dueOn,
                     String unitsDeadline, String ownDeadline, String instructions, boolean askCounts,
                     String receivers, String receiversLabel, boolean allUnits, List<UnitView> units,
                     String templateName, String templateUrl, long campaignId, String overviewUrl, String status,
                     String statusLabel, String createdBy, String createdAt) {
    }

    ScheduleView schedule(SignedInUser user, ReportSchedule s) {
        List<CampaignPhase> phases = campaigns.phases(s.campaignId());
        List<RoundView> opened = rounds.rounds(s.id()).stream().map(r -> {
            CampaignPhase phase = phases.stream().filter(p -> p.phaseNo() == r.phaseNo()).findFirst().orElseThrow();
            return new RoundView(r.phaseNo(), r.itemNo(), r.year(), phase.name(), DayInput.format(phase.startsOn()),
                    DayInput.format(phase.endsOn()), DeadlineCalendar.label(phase.reportDeadline()));
        }).toList();
        NextRoundView next = s.status() != ScheduleStatus.ACTIVE ? null : schedules.next(s)
                .map(n -> new NextRoundView(n.item().title(), n.year(), DayInput.format(n.opensOn()),
                        DayInput.format(n.dates().unitsDue().deadline()
                                .atZoneSameInstant(vn.thidua.deadline.EngineClock.ZONE).toLocalDate())))
                .orElse(null);
        return new ScheduleView(s.id(), s.name(), s.rootUnitCode(), unitName(s.rootUnitCode()), s.status().name(),
                s.status().label(), s.campaignId(), "/campaigns/" + s.campaignId() + "/overview", s.createdBy(),
                schedules.canChange(user, s),
                s.items().stream().map(i -> new ItemView(i.itemNo(), i.title(), i.dueLabel(), i.openDaysBefore(),
                        i.instructions(), i.askCounts(), i.receivers().name(), i.receivers().label())).toList(),
                opened, next);
    }

    AdHocView adHoc(AdHocRequests.Sent sent) {
        AdHocRequest r = sent.request();
        CampaignPhase phase = campaigns.phase(r.campaignId(), AdHocRequests.PHASE_NO);
        String status = campaigns.get(r.campaignId()).status();
        return new AdHocView(r.id(), r.topic(), r.rootUnitCode(), unitName(r.rootUnitCode()), day(r.dueOn()),
                day(phase.endsOn()), DeadlineCalendar.label(phase.reportDeadline()), r.instructions(), r.askCounts(),
                r.receivers().name(), r.receivers().label(), sent.unitCodes().isEmpty(),
                sent.unitCodes().stream().map(c -> new UnitView(c, unitName(c))).toList(), r.templateName(),
                r.hasTemplate() ? "/adhoc-reports/" + r.id() + "/template" : null, r.campaignId(),
                "/campaigns/" + r.campaignId() + "/overview", status,
                vn.thidua.text.Messages.get("round.adHoc.status." + status), r.createdBy(),
                DeadlineCalendar.label(r.createdAt()));
    }

    List<AdHocView> adHocList(SignedInUser user) {
        return adHoc.visibleTo(user).stream().map(this::adHoc).toList();
    }

    private String unitName(String code) {
        return org.findUnit(code).map(Unit::name).orElse(code);
    }

    private static String day(LocalDate day) {
        return DayInput.format(day);
    }
}
