package vn.thidua.overview;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.thidua.report.ReportStatus;

/**
 * The two queries behind the overview of one unit in one campaign, whatever the size of its subtree: the reports of
 * the unit and its children, and the campaign's tree of reports to count the schools (units without child reports)
 * below each child.
 */
@Repository
public class OverviewQueries {

    private final JdbcClient jdbc;

    public OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report as the overview lists it. */
    public record ReportLine(long reportId, int phaseNo, String unitCode, String unitName, String parentUnitCode,
                             ReportStatus status, OffsetDateTime deadline, OffsetDateTime submittedAt,
                             int returnCount, String processInstanceId) {
    }

    /** Where a report hangs in the campaign's tree, and whether it is in. */
    public record Node(int phaseNo, String unitCode, String parentUnitCode, ReportStatus status,
                       OffsetDateTime deadline) {
    }

    /** The unit's own reports and its children's, every phase, in phase and unit code order. */
    public List<ReportLine> ownAndChildren(long campaignId, String unitCode) {
        return jdbc.sql("""
                select r.phase_no, r.unit_code, u.name, r.parent_unit_code, r.status, r.deadline, r.submitted_at,
                       r.return_count, r.process_instance_id, r.id
                from report r left join org_unit u on u.code = r.unit_code
                where r.campaign_id = :c and (r.unit_code = :u or r.parent_unit_code = :u)
                order by r.phase_no, r.unit_code""")
                .param("c", campaignId).param("u", unitCode)
                .query((rs, n) -> new ReportLine(rs.getLong(10), rs.getInt(1), rs.getString(2),
                        rs.getString(3) == null ? rs.getString(2) : rs.getString(3), rs.getString(4),
                        ReportStatus.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class), rs.getInt(8), rs.getString(9)))
                .list();
    }

    /**
     * The tree of the campaign's reports, every phase, in one indexed read: the overview counts the schools below
     * each child from it. Walking the tree in SQL (a recursive query) is as short, but its plan depends on the
     * table's statistics; a few thousand small rows walked in memory answer in milliseconds either way.
     */
    public List<Node> tree(long campaignId) {
        return jdbc.sql("""
                select phase_no, unit_code, parent_unit_code, status, deadline from report
                where campaign_id = :c""")
                .param("c", campaignId)
                .query((rs, n) -> new Node(rs.getInt(1), rs.getString(2), rs.getString(3),
                        ReportStatus.valueOf(rs.getString(4)), rs.getObject(5, OffsetDateTime.class)))
                .list();
    }
}
