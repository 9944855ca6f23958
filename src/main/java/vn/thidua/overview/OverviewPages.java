package vn.thidua.overview;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.campaign.Campaign;
import vn.thidua.campaign.CampaignRepository;
import vn.thidua.report.ReportAccess;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;

/**
 * The pages a reviewer opens from Tasklist (the Camunda webapp session signs them in): the campaigns they take part
 * in ({@code /campaigns}) and the overview of a campaign for a unit ({@code /campaigns/{id}/overview?unit=…}).
 */
@Controller
public class OverviewPages {

    private final CampaignOverview overview;
    private final CampaignRepository campaigns;
    private final ReportAccess access;
    private final CurrentUser currentUser;

    public OverviewPages(CampaignOverview overview, CampaignRepository campaigns, ReportAccess access,
                         CurrentUser currentUser) {
        this.overview = overview;
        this.campaigns = campaigns;
        this.access = access;
        this.currentUser = currentUser;
    }

    @GetMapping("/campaigns")
    public String campaigns(Model model) {
        SignedInUser user = currentUser.get();
        List<Campaign> visible = campaigns.all().stream()
                .filter(c -> access.canSeeCampaign(user, c.rootUnitCode())).toList();
        model.addAttribute("campaigns", visible);
        return "overview/campaigns";
    }

    @GetMapping("/campaigns/{campaignId}/overview")
    public String overview(@PathVariable long campaignId, @RequestParam(name = "unit", required = false) String unit,
                           Model model) {
        model.addAttribute("overview", overview.of(currentUser.get(), campaignId, unit));
        return "overview/overview";
    }
}
