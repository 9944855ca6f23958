package vn.thidua.overview;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.thidua.report.ReportStatus;

/**
 * The two queries behind the overview of one unit in one campaign, whatever the size of its subtree: the reports of
 * the unit and its children, and per child the counts of the schools (units without child reports) below it.
 */
@Repository
public class OverviewQueries {

    private final JdbcClient jdbc;

    public OverviewQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A report as the overview lists it. */
    public record ReportLine(int phaseNo, String unitCode, String unitName, String parentUnitCode,
                             ReportStatus status, OffsetDateTime deadline, OffsetDateTime submittedAt,
                             int returnCount, String processInstanceId) {
    }

    /** Schools (leaf reports) below a child unit, the child itself when it has none ({@code leaf}). */
    public record SubtreeCount(int phaseNo, String childCode, int total, int submitted, int late, boolean leaf) {
    }

    /** The unit's own reports and its children's, every phase, in phase and unit code order. */
    public List<ReportLine> ownAndChildren(long campaignId, String unitCode) {
        return jdbc.sql("""
                select r.phase_no, r.unit_code, u.name, r.parent_unit_code, r.status, r.deadline, r.submitted_at,
                       r.return_count, r.process_instance_id
                from report r left join org_unit u on u.code = r.unit_code
                where r.campaign_id = :c and (r.unit_code = :u or r.parent_unit_code = :u)
                order by r.phase_no, r.unit_code""")
                .param("c", campaignId).param("u", unitCode)
                .query((rs, n) -> new ReportLine(rs.getInt(1), rs.getString(2),
                        rs.getString(3) == null ? rs.getString(2) : rs.getString(3), rs.getString(4),
                        ReportStatus.valueOf(rs.getString(5)), rs.getObject(6, OffsetDateTime.class),
                        rs.getObject(7, OffsetDateTime.class), rs.getInt(8), rs.getString(9)))
                .list();
    }

    /**
     * Per phase and child of the unit: how many schools of the child's subtree submitted (or were accepted), are
     * late at {@code now} (still owed and past their deadline), and in all. One recursive query down the reports'
     * own parent links, so the tree the campaign opened with counts, not today's.
     */
    public List<SubtreeCount> subtreeCounts(long campaignId, String unitCode, OffsetDateTime now) {
        return jdbc.sql("""
                with recursive sub (phase_no, top_code, unit_code) as (
                    select phase_no, unit_code, unit_code from report
                    where campaign_id = :c and parent_unit_code = :u
                    union all
                    select r.phase_no, s.top_code, r.unit_code
                    from report r join sub s on r.phase_no = s.phase_no and r.parent_unit_code = s.unit_code
                    where r.campaign_id = :c
                )
                select s.phase_no, s.top_code, count(*),
                       sum(case when r.status in ('SUBMITTED', 'ACCEPTED') then 1 else 0 end),
                       sum(case when r.status not in ('SUBMITTED', 'ACCEPTED') and r.deadline < :now
                           then 1 else 0 end),
                       sum(case when s.unit_code = s.top_code then 1 else 0 end)
                from sub s join report r
                     on r.campaign_id = :c and r.phase_no = s.phase_no and r.unit_code = s.unit_code
                where not exists (select 1 from report k where k.campaign_id = :c and k.phase_no = s.phase_no
                                  and k.parent_unit_code = s.unit_code)
                group by s.phase_no, s.top_code""")
                .param("c", campaignId).param("u", unitCode).param("now", now)
                .query((rs, n) -> new SubtreeCount(rs.getInt(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5), rs.getInt(6) > 0))
                .list();
    }
}
