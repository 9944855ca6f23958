package vn.thidua.campaign;

import java.time.OffsetDateTime;

import org.springframework.stereotype.Component;

import vn.thidua.deadline.DeadlineCalendar;

/**
 * {@code Timer_PhaseOpens}: a phase's report round opens at the start of the phase's first day; a round of a campaign
 * over several school years on its own opening day (the school year it closes in).
 */
@Component("phaseSchedule")
public class PhaseSchedule {

    private final CampaignRepository campaigns;

    public PhaseSchedule(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /** ISO-8601 with offset; a day already begun means now (the engine fires a past timer at once). */
    public String opensAt(Number campaignId, Number phaseNo) {
        ReportRound round = campaigns.round(campaignId.longValue(), phaseNo.intValue());
        OffsetDateTime opens = round.opensOn().atStartOfDay(vn.thidua.deadline.EngineClock.ZONE).toOffsetDateTime();
        return DeadlineCalendar.iso(opens);
    }
}
