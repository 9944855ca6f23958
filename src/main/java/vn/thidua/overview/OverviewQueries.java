package vn.thidua.overview;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import vn.thidua.org.OrgDirectory;
import vn.thidua.report.CampaignReports;
import vn.thidua.report.ReportStatus;

/**
 * The reads behind the overview of one unit in one campaign, whatever the size of its subtree: the reports of the
 * unit and its children with their units' names, and the campaign's tree of reports to count the schools (units
 * without child reports) below each child. Report and org answer for their own tables, each in one set-based read.
 */
@Repository
class OverviewQueries {

    private final CampaignReports reports;
    private final OrgDirectory org;

    OverviewQueries(CampaignReports reports, OrgDirectory org) {
        this.reports = reports;
        this.org = org;
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
        List<CampaignReports.ReportLine> lines = reports.ownAndChildren(campaignId, unitCode);
        Map<String, String> names = org.unitNames(lines.stream().map(CampaignReports.ReportLine::unitCode).toList());
        return lines.stream()
                .map(r -> new ReportLine(r.reportId(), r.phaseNo(), r.unitCode(),
                        names.getOrDefault(r.unitCode(), r.unitCode()), r.parentUnitCode(), r.status(), r.deadline(),
                        r.submittedAt(), r.returnCount(), r.processInstanceId()))
                .toList();
    }

    /** The tree of the campaign's reports, every phase, in one indexed read. */
    public List<Node> tree(long campaignId) {
        return reports.tree(campaignId).stream()
                .map(r -> new Node(r.phaseNo(), r.unitCode(), r.parentUnitCode(), r.status(), r.deadline()))
                .toList();
    }
}
