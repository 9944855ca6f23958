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

    ReportContext(ReportRepository reports, CampaignRepository campaigns, OrgDirectory org) {
        this.reports = reports;
        this.campaigns = campaigns;
        this.org = org;
    }

    public record View(Report report, Campaign campaign, CampaignPhase phase, Unit unit) {

        /** "Sơ kết đợt 1 – Trường TH Lê Lợi – Phong trào thi đua năm học 2026-2027" */
        public String title() {
            return title(phase, unit, campaign);
        }

        /**
         * The most characters of a title. Task names of unit-report.bpmn are a short prefix ("Thẩm định: ") and the
         * title, and Camunda keeps a task's name in 255 characters (ACT_RU_TASK.NAME_, ACT_HI_TASKINST.NAME_): a
         * unit's name (up to 222 characters) and a campaign's (up to 300) together could not fit.
         */
        public static final int MAX_TITLE = 255 - 40;

        /** The title, shortened with "…" to {@link #MAX_TITLE} characters when the names are very long. */
        public static String title(CampaignPhase phase, Unit unit, Campaign campaign) {
            String title = phase.reportLabel() + " – " + unit.name() + " – " + campaign.name();
            return title.length() <= MAX_TITLE ? title : title.substring(0, MAX_TITLE - 1).stripTrailing() + "…";
        }
    }

    public View of(long reportId) {
        Report report = reports.get(reportId);
        return new View(report, campaigns.get(report.campaignId()),
                campaigns.phase(report.campaignId(), report.phaseNo()), org.unit(report.unitCode()));
    }
}
