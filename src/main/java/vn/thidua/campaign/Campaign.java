package vn.thidua.campaign;

import java.time.OffsetDateTime;

import vn.thidua.org.Receivers;
import vn.thidua.rules.RuleSetRef;

/**
 * A launched emulation campaign (phong trào thi đua) over the subtree of {@code rootUnitCode}.
 *
 * @param ruleSet          the rule set version pinned at launch (e.g. giao-duc-2025:1); null for campaigns launched
 *                         before rule sets existed
 * @param parentCampaignId the campaign over several school years this campaign runs one school year of (its
 *                         yearly evaluation round); null for any other campaign
 * @param receivers        who receives the reports ({@link Receivers} name: PARENT or PARENT_AND_OTHERS), or
 *                         {@link CampaignReceivers#PER_ROUND} when each round says (a report schedule whose items
 *                         send their reports to different receivers)
 */
public record Campaign(long id, String name, String schoolYear, String rootUnitCode, Integer leadDays,
                       String launchedBy, OffsetDateTime launchedAt, String processInstanceId, String status,
                       RuleSetRef ruleSet, Long parentCampaignId, String receivers) {

    public static final String STATUS_RUNNING = "RUNNING";
    public static final String STATUS_CLOSED = "CLOSED";

    /** A campaign of its own (no school year of another), its reports to the parent only. */
    public Campaign(long id, String name, String schoolYear, String rootUnitCode, Integer leadDays, String launchedBy,
                    OffsetDateTime launchedAt, String processInstanceId, String status, RuleSetRef ruleSet) {
        this(id, name, schoolYear, rootUnitCode, leadDays, launchedBy, launchedAt, processInstanceId, status, ruleSet,
                null, Receivers.PARENT.name());
    }

    /** What users read of {@link #receivers}: "Đơn vị cấp trên…", or that each round says. */
    public String receiversLabel() {
        return CampaignReceivers.label(receivers);
    }

    /**
     * The school year the campaign's titles count in: its own, or the last of a campaign over several school years
     * ("2024-2027": 2026-2027), whose final review honours the period at its end.
     */
    public String evaluationYear() {
        SchoolYears.Span span = SchoolYears.span(schoolYear);
        return span != null && span.multiYear() ? SchoolYears.label(span.last() - 1) : schoolYear;
    }
}
