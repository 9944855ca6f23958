package vn.thidua.campaign;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param defaultLeadDays working days between a level's report deadline and its parent's, unless set per level
 * @param leadDays        lead working days per level label of units.csv (e.g. truong: 7)
 * @param reviewDays      working days a parent's staff have to review a submitted report
 */
@ConfigurationProperties("thidua.campaign")
public record CampaignProperties(
        @DefaultValue("5") int defaultLeadDays,
        Map<String, Integer> leadDays,
        @DefaultValue("3") int reviewDays) {

    public CampaignProperties {
        leadDays = leadDays == null ? Map.of() : Map.copyOf(leadDays);
    }

    /** Lead days of a unit of this level; a campaign's own figure, when given, wins over configuration. */
    public int leadDaysFor(String level, Integer campaignLeadDays) {
        if (campaignLeadDays != null) {
            return campaignLeadDays;
        }
        return leadDays.getOrDefault(level, defaultLeadDays);
    }
}
