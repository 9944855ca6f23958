package vn.thidua.campaign;

import java.net.URI;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.campaign.CampaignLauncher.Launched;
import vn.thidua.campaign.CampaignViews.CampaignView;
import vn.thidua.security.CurrentUser;

/** Launch a campaign from automation ({@code POST /api/campaigns}), exactly as the Tasklist start form does. */
@RestController
@RequestMapping("/api/campaigns")
class CampaignController {

    private final CampaignLauncher launcher;
    private final CampaignViews views;
    private final CurrentUser currentUser;

    CampaignController(CampaignLauncher launcher, CampaignViews views, CurrentUser currentUser) {
        this.launcher = launcher;
        this.views = views;
        this.currentUser = currentUser;
    }

    @PostMapping
    public ResponseEntity<Launched> launch(@RequestBody CampaignLaunch launch) {
        Launched launched = launcher.launch(launch, currentUser.get());
        return ResponseEntity.created(URI.create("/api/campaigns/" + launched.id())).body(launched);
    }

    @GetMapping("/{id}")
    public CampaignView get(@PathVariable long id) {
        return views.view(currentUser.get(), id);
    }
}
