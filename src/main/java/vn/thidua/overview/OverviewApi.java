package vn.thidua.overview;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.security.CurrentUser;

/**
 * {@code GET /api/campaigns/{id}/overview?unit=…}: tình hình nộp báo cáo for automation and dashboards; and
 * {@code GET /api/campaigns}: the campaigns the user may see, as the campaigns page lists them.
 */
@RestController
class OverviewApi {

    private final CampaignOverview overview;
    private final CurrentUser currentUser;

    OverviewApi(CampaignOverview overview, CurrentUser currentUser) {
        this.overview = overview;
        this.currentUser = currentUser;
    }

    @GetMapping("/api/campaigns")
    public List<CampaignOverview.CampaignEntry> campaigns() {
        return overview.campaignList(currentUser.get());
    }

    @GetMapping("/api/campaigns/{campaignId}/overview")
    public CampaignOverview.Overview overview(@PathVariable long campaignId,
                                              @RequestParam(name = "unit", required = false) String unit) {
        return overview.of(currentUser.get(), campaignId, unit);
    }
}
