package vn.thidua.report;

import org.springframework.stereotype.Component;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignPhase;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;

/** A report with the campaign, phase and unit it belongs to: what titles, forms and emails speak of. */
@Component
public class ReportContext {

    private final ReportRepository reports;
    private final CampaignRepository campaigns;
    private final OrgDirectory org;

    public ReportContext(ReportRepository reports, CampaignRepository campaigns, OrgDirectory org) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.org = org;
    }

    public record View(Report report, Campaign campaign, CampaignPhase phase, Unit unit) {

        /** "Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào thi đua năm học 2026-2027" */
        public String title() {
            return title(phase, unit, campaign);
        }

        public static String title(CampaignPhase phase, Unit unit, Campaign campaign) {
            return phase.reportLabel() + " – " + unit.name() + " – " + campaign.name();
        }
    }

    public View of(long reportId) {
        Report report = reports.get(reportId);
        return new View(report, campaigns.get(report.campaignId()),
                campaigns.phase(report.campaignId(), report.phaseNo()), org.unit(report.unitCode()));
    }
}
