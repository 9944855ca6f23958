package vn.thidua.digest;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.thidua.campaign.ReportKind;

/** The reports still owed in running campaigns, by deadline: what the daily digest lists. */
@Repository
public class DigestQueries {

    private final JdbcClient jdbc;

    public DigestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A child unit's report still owed (not submitted, not accepted). */
    public record OwedReport(long reportId, long campaignId, String campaignName, int phaseNo, String phaseName,
                             ReportKind kind, String unitCode, String unitName, String parentUnitCode,
                             OffsetDateTime deadline) {
    }

    /** Every owed report of a child unit whose deadline is before {@code before}, by parent, then deadline. */
    public List<OwedReport> owedBefore(OffsetDateTime before) {
        return jdbc.sql("""
                select r.id, r.campaign_id, c.name, r.phase_no, p.name, r.kind, r.unit_code, u.name,
                       r.parent_unit_code, r.deadline
                from report r
                join campaign c on c.id = r.campaign_id
                join campaign_phase p on p.campaign_id = r.campaign_id and p.phase_no = r.phase_no
                left join org_unit u on u.code = r.unit_code
                where r.status not in ('SUBMITTED', 'ACCEPTED') and r.deadline < :before
                  and r.parent_unit_code is not null and c.status = 'RUNNING'
                order by r.parent_unit_code, r.deadline, r.unit_code""")
                .param("before", before)
                .query((rs, n) -> new OwedReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                        rs.getString(5), ReportKind.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8) == null ? rs.getString(7) : rs.getString(8), rs.getString(9),
                        rs.getObject(10, OffsetDateTime.class)))
                .list();
    }
}
