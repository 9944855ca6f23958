package vn.thidua.campaign;

import java.net.URI;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.campaign.CampaignLauncher.Launched;
import vn.thidua.security.CurrentUser;

/** Launch a campaign from automation ({@code POST /api/campaigns}), exactly as the Tasklist start form does. */
@RestController
@RequestMapping("/api/campaigns")
public class CampaignController {

    private final CampaignLauncher launcher;
    private final CampaignRepository campaigns;
    private final CurrentUser currentUser;
    private final CampaignAccess access;

    public CampaignController(CampaignLauncher launcher, CampaignRepository campaigns, CurrentUser currentUser,
                              CampaignAccess access) {
        this.launcher = launcher;
        this.campaigns = campaigns;
        this.currentUser = currentUser;
        this.access = access;
    }

    /**
     * @param reminders  the schedule the launcher set; empty parts follow thidua.deadline
     * @param planPhases the phases as a campaign over several school years lists them (its {@code phases} are its
     *                   report rounds); empty otherwise
     * @param rounds     the report rounds with their school year, opening day and the campaign of a yearly round
     */
    public record CampaignView(Campaign campaign, List<CampaignPhase> phases, CampaignReminders reminders,
                               List<CampaignPhase> planPhases, List<ReportRound> rounds) {
    }

    @PostMapping
    public ResponseEntity<Launched> launch(@RequestBody CampaignLaunch launch) {
        Launched launched = launcher.launch(launch, currentUser.get());
        return ResponseEntity.created(URI.create("/api/campaigns/" + launched.id())).body(launched);
    }

    @GetMapping("/{id}")
    public CampaignView get(@PathVariable long id) {
        Campaign campaign = campaigns.get(id);
        access.requireCanSee(currentUser.get(), campaign.rootUnitCode());
        return new CampaignView(campaign, campaigns.phases(id), campaigns.reminders(id), campaigns.planPhases(id),
                campaigns.rounds(id));
    }
}
