package vn.thidua.campaign;

import java.time.OffsetDateTime;

import vn.thidua.rules.RuleSetRef;

/**
 * A launched emulation campaign (phong trào thi đua) over the subtree of {@code rootUnitCode}.
 *
 * @param ruleSet the rule set version pinned at launch (e.g. giao-duc-2025:1); null for campaigns launched before
 *                rule sets existed
 */
public record Campaign(long id, String name, String schoolYear, String rootUnitCode, Integer leadDays,
                       String launchedBy, OffsetDateTime launchedAt, String processInstanceId, String status,
                       RuleSetRef ruleSet) {

    public static final String STATUS_RUNNING = "RUNNING";
    public static final String STATUS_CLOSED = "CLOSED";

    /**
     * The school year the campaign's titles count in: its own, or the last of a campaign over several school years
     * ("2024-2027": 2026-2027), whose final review honours the period at its end.
     */
    public String evaluationYear() {
        SchoolYears.Span span = SchoolYears.span(schoolYear);
        return span != null && span.multiYear() ? SchoolYears.label(span.last() - 1) : schoolYear;
    }
}
