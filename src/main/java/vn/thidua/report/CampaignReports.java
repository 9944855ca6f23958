package vn.thidua.report;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.thidua.campaign.ReportKind;

/**
 * The reports of campaigns read as sets, each in one indexed query whatever the size of the tree: what the overview
 * and the daily digest list. Unit and campaign names are not here; their modules give them.
 */
@Component
public class CampaignReports {

    private final JdbcClient jdbc;

    CampaignReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report as the overview lists it. */
    public record ReportLine(long reportId, int phaseNo, String unitCode, String parentUnitCode, ReportStatus status,
                             OffsetDateTime deadline, OffsetDateTime submittedAt, int returnCount,
                             String processInstanceId) {
    }

    /** Where a report hangs in the campaign's tree, and whether it is in. */
    public record ReportNode(int phaseNo, String unitCode, String parentUnitCode, ReportStatus status,
                             OffsetDateTime deadline) {
    }

    /** A child unit's report still owed (not submitted, not accepted). */
    public record OwedReport(long reportId, long campaignId, int phaseNo, ReportKind kind, String unitCode,
                             String parentUnitCode, OffsetDateTime deadline) {
    }

    /** The unit's own reports and its children's, every phase, in phase and unit code order. */
    public List<ReportLine> ownAndChildren(long campaignId, String unitCode) {
        return jdbc.sql("""
                select phase_no, unit_code, parent_unit_code, status, deadline, submitted_at, return_count,
                       process_instance_id, id
                from report
                where campaign_id = :c and (unit_code = :u or parent_unit_code = :u)
                order by phase_no, unit_code""")
                .param("c", campaignId).param("u", unitCode)
                .query((rs, n) -> new ReportLine(rs.getLong(9), rs.getInt(1), rs.getString(2), rs.getString(3),
                        ReportStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class),
                        rs.getObject(6, OffsetDateTime.class), rs.getInt(7), rs.getString(8)))
                .list();
    }

    /**
     * The tree of the campaign's reports, every phase, in one indexed read. Walking the tree in SQL (a recursive
     * query) is as short, but its plan depends on the table's statistics; a few thousand small rows walked in memory
     * answer in milliseconds either way.
     */
    public List<ReportNode> tree(long campaignId) {
        return jdbc.sql("""
                select phase_no, unit_code, parent_unit_code, status, deadline from report
                where campaign_id = :c""")
                .param("c", campaignId)
                .query((rs, n) -> new ReportNode(rs.getInt(1), rs.getString(2), rs.getString(3),
                        ReportStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }

    /**
     * Every owed report of a child unit (one with a parent) of the given campaigns whose deadline is before
     * {@code before}, by parent, then deadline, then unit code.
     */
    public List<OwedReport> owedBefore(OffsetDateTime before, Collection<Long> campaignIds) {
        if (campaignIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, campaign_id, phase_no, kind, unit_code, parent_unit_code, deadline
                from report
                where status not in ('SUBMITTED', 'ACCEPTED') and deadline < :before
                  and parent_unit_code is not null and campaign_id in (:campaigns)
                order by parent_unit_code, deadline, unit_code""")
                .param("before", before).param("campaigns", List.copyOf(campaignIds))
                .query((rs, n) -> new OwedReport(rs.getLong(1), rs.getLong(2), rs.getInt(3),
                        ReportKind.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
                        rs.getObject(7, OffsetDateTime.class)))
                .list();
    }
}
