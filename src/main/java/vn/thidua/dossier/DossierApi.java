package vn.thidua.dossier;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.thidua.nomination.Nomination;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.rules.TitleRule;
import vn.thidua.rules.UnmetCriterion;
import vn.thidua.security.CurrentUser;

/**
 * The dossier for automation ({@code /api}, HTTP Basic): the same reads and actions as the dossier page, the
 * award decisions and a campaign's results. Errors are problem details (see {@code ApiProblems}).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class DossierApi {

    private final DossierService dossiers;
    private final AwardDecisionService decisions;
    private final CampaignResults results;
    private final OrgDirectory org;
    private final CurrentUser currentUser;

    DossierApi(DossierService dossiers, AwardDecisionService decisions, CampaignResults results,
                      OrgDirectory org, CurrentUser currentUser) {
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.results = results;
        this.org = org;
        this.currentUser = currentUser;
    }

    /** The dossier as JSON: the minutes are named, never sent (download them from {@code .../minutes}). */
    public record Dossier(long reportId, String title, long campaignId, String campaignName, String unitCode,
                         String unitName, String reportStatus, String reportStatusLabel, String ruleSet,
                         List<TitleRule> titles, List<Entry> entries, CouncilMeeting meeting,
                         List<IssuedDecision> decisions, Permissions permissions) {
    }

    public record Permissions(boolean canEditList, boolean canVote, boolean canReject) {
    }

    /** One nomination with its verdict, this level's vote and where it stands. */
    public record Entry(long id, int position, String originUnitCode, String originUnitName, long originReportId,
                        String atUnitCode, Nomination nomination, String requestedTitleName, boolean eligible,
                        List<UnmetCriterion> unmet, String justification, NominationStatus status,
                        String statusLabel, String statusReason, String statusByUnitCode, Long decisionId,
                        CouncilRepository.Vote vote) {
    }

    public record Justification(String justification) {
    }

    public record Rejection(String reason) {
    }

    /** The council meeting; {@code heldOn} as yyyy-MM-dd. */
    public record Meeting(String heldOn, Integer membersTotal, Integer present, Boolean secretBallot) {
    }

    /** A decision with who receives what. */
    public record Decision(IssuedDecision decision, List<AwardDecision.Award> awards) {
    }

    // ---- The dossier ------------------------------------------------------------------------------------------

    @GetMapping("/dossiers/{reportId}")
    public Dossier dossier(@PathVariable long reportId) {
        DossierView view = dossiers.view(currentUser.get(), reportId);
        return new Dossier(reportId, view.title(), view.campaign().id(), view.campaign().name(),
                view.unit().code(), view.unit().name(), view.report().status().name(),
                view.report().status().label(), view.ruleSetName(), view.titles(), entries(view, view.entries()),
                view.meeting().orElse(null), view.decisions(),
                new Permissions(view.canEditList(), view.canVote(), view.canReject()));
    }

    /** Replaces the unit's list with the file's (.xlsx or .csv): all or nothing. */
    @PutMapping(path = "/dossiers/{reportId}/nominations", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public List<Entry> upload(@PathVariable long reportId,
                              @RequestParam(name = "file", required = false) MultipartFile file) {
        UploadedFile upload = UploadedFile.of(file, "");
        DossierView view = dossiers.upload(currentUser.get(), reportId, upload.name(), upload.content());
        return entries(view, view.own());
    }

    /** Replaces the unit's list with the JSON list (fields as in {@link Nomination}, keys computed): all or nothing. */
    @PutMapping(path = "/dossiers/{reportId}/nominations", consumes = MediaType.APPLICATION_JSON_VALUE)
    public List<Entry> save(@PathVariable long reportId, @RequestBody List<Map<String, Object>> body) {
        DossierView view = dossiers.saveRows(currentUser.get(), reportId, TypedNominationRows.fromJson(body));
        return entries(view, view.own());
    }

    @PutMapping("/dossiers/{reportId}/nominations/{nominationId}/justification")
    public ResponseEntity<Void> justify(@PathVariable long reportId, @PathVariable long nominationId,
                                        @RequestBody Justification body) {
        dossiers.justify(currentUser.get(), reportId, nominationId, body.justification());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/dossiers/{reportId}/council")
    public ResponseEntity<Void> recordMeeting(@PathVariable long reportId, @RequestBody Meeting body) {
        dossiers.recordMeeting(currentUser.get(), reportId, DossierInputs.meetingDay(body.heldOn()),
                body.membersTotal(), body.present(),
                Boolean.TRUE.equals(body.secretBallot()), null);
        return ResponseEntity.noContent().build();
    }

    /** Votes for (số phiếu đồng ý) by nomination id: {"41": 12, "42": 9}. */
    @PutMapping("/dossiers/{reportId}/votes")
    public ResponseEntity<Void> recordVotes(@PathVariable long reportId, @RequestBody Map<Long, Integer> body) {
        dossiers.recordVotes(currentUser.get(), reportId, body);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/dossiers/{reportId}/nominations/{nominationId}/rejection")
    public ResponseEntity<Void> reject(@PathVariable long reportId, @PathVariable long nominationId,
                                       @RequestBody Rejection body) {
        dossiers.reject(currentUser.get(), reportId, nominationId, body.reason());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/dossiers/{reportId}/nominations/{nominationId}/rejection")
    public ResponseEntity<Void> restore(@PathVariable long reportId, @PathVariable long nominationId) {
        dossiers.restore(currentUser.get(), reportId, nominationId);
        return ResponseEntity.noContent().build();
    }

    // ---- Decisions and results --------------------------------------------------------------------------------

    @GetMapping("/decisions/{decisionId}")
    public Decision decision(@PathVariable long decisionId) {
        AwardDecisionService.DecisionPage page = decisions.page(currentUser.get(), decisionId);
        return new Decision(page.decision(), page.document().awards());
    }

    @GetMapping("/campaigns/{campaignId}/decisions")
    public List<IssuedDecision> decisions(@PathVariable long campaignId) {
        return decisions.ofCampaign(currentUser.get(), campaignId);
    }

    @GetMapping("/campaigns/{campaignId}/results")
    public List<CampaignResults.Line> results(@PathVariable long campaignId) {
        return results.of(currentUser.get(), campaignId).lines();
    }

    private List<Entry> entries(DossierView view, List<DossierEntry> list) {
        Map<String, String> unitNames = list.stream().map(DossierEntry::originUnitCode).distinct()
                .collect(Collectors.toMap(code -> code, code -> org.findUnit(code).map(Unit::name).orElse(code)));
        return list.stream().map(e -> new Entry(e.id(), e.position(), e.originUnitCode(),
                unitNames.get(e.originUnitCode()), e.originReportId(), e.atUnitCode(), e.nomination(),
                view.titleName(e.nomination().requestedTitle()), e.eligible(), e.unmet(), e.justification(),
                e.status(), e.status().label(), e.statusReason(), e.statusByUnitCode(), e.decisionId(),
                view.votes().get(e.id()))).toList();
    }
}
