package vn.thidua.digest;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Repository;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.campaign.ReportKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.report.CampaignReports;

/**
 * The reports still owed in running campaigns, by deadline: what the daily digest lists. Each module answers for its
 * own tables, each in one read: campaign for the running campaigns and their phases, report for the owed reports,
 * org for the units' names.
 */
@Repository
class DigestQueries {

    private final CampaignRepository campaigns;
    private final CampaignReports reports;
    private final OrgDirectory org;

    DigestQueries(CampaignRepository campaigns, CampaignReports reports, OrgDirectory org) {
        this.campaigns = campaigns;
        this.reports = reports;
        this.org = org;
    }

    /** A child unit's report still owed (not submitted, not accepted). */
    public record OwedReport(long reportId, long campaignId, String campaignName, int phaseNo, String phaseName,
                             ReportKind kind, String unitCode, String unitName, String parentUnitCode,
                             OffsetDateTime deadline) {
    }

    /** Every owed report of a child unit whose deadline is before {@code before}, by parent, then deadline. */
    public List<OwedReport> owedBefore(OffsetDateTime before) {
        Map<Long, String> campaignNames = new HashMap<>();
        for (Campaign campaign : campaigns.running()) {
            campaignNames.put(campaign.id(), campaign.name());
        }
        List<CampaignReports.OwedReport> owed = reports.owedBefore(before, campaignNames.keySet());
        if (owed.isEmpty()) {
            return List.of();
        }
        Map<String, String> phaseNames = new HashMap<>();
        for (CampaignPhase phase : campaigns.phasesOfRunning()) {
            phaseNames.put(phase.campaignId() + "/" + phase.phaseNo(), phase.name());
        }
        Map<String, String> unitNames = org.unitNames(owed.stream().map(CampaignReports.OwedReport::unitCode).toList());
        return owed.stream()
                .filter(r -> phaseNames.containsKey(r.campaignId() + "/" + r.phaseNo()))
                .map(r -> new OwedReport(r.reportId(), r.campaignId(), campaignNames.get(r.campaignId()),
                        r.phaseNo(), phaseNames.get(r.campaignId() + "/" + r.phaseNo()), r.kind(), r.unitCode(),
                        unitNames.getOrDefault(r.unitCode(), r.unitCode()), r.parentUnitCode(), r.deadline()))
                .toList();
    }
}
