package vn.thidua.overview;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.thidua.security.CurrentUser;

/**
 * The pages a reviewer opens from Tasklist (the Camunda webapp session signs them in): the campaigns they take part
 * in ({@code /campaigns}) and the overview of a campaign for a unit ({@code /campaigns/{id}/overview?unit=…}).
 */
@Controller
class OverviewPages {

    private final CampaignOverview overview;
    private final CurrentUser currentUser;

    OverviewPages(CampaignOverview overview, CurrentUser currentUser) {
        this.overview = overview;
        this.currentUser = currentUser;
    }

    @GetMapping("/campaigns")
    public String campaigns(Model model) {
        model.addAttribute("campaigns", overview.campaignList(currentUser.get()));
        return "overview/campaigns";
    }

    @GetMapping("/campaigns/{campaignId}/overview")
    public String overview(@PathVariable long campaignId, @RequestParam(name = "unit", required = false) String unit,
                           Model model) {
        model.addAttribute("overview", overview.of(currentUser.get(), campaignId, unit));
        return "overview/overview";
    }
}
