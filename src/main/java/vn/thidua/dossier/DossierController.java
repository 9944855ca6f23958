package vn.thidua.dossier;

import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.stream.Collectors;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.registration.RegistrationApi;
import vn.thidua.rules.TitleRule;
import vn.thidua.security.CurrentUser;

/**
 * The dossier page of a tổng kết report ({@code /dossiers/{reportId}}, linked from the Tasklist forms; the session
 * of the Camunda webapps signs the user in): the nomination list with the rule set's verdicts, the list editor and
 * upload for the unit's staff, the council's meeting and votes, the parent reviewer's rejections, and the award
 * decisions with the campaign's results. Every action redirects back with a message.
 */
@Controller
class DossierController {

    /** Spare lines under the unit's nominations in the editor. */
    static final int SPARE_ROWS = 3;

    private final DossierService dossiers;
    private final AwardDecisionService decisions;
    private final CampaignResults results;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final RegistrationApi registrations;

    DossierController(DossierService dossiers, AwardDecisionService decisions, CampaignResults results,
                             OrgDirectory org, CurrentUser currentUser, RegistrationApi registrations) {
        this.registrations = registrations;
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.results = results;
        this.org = org;
        this.currentUser = currentUser;
    }

    // ---- The dossier page -------------------------------------------------------------------------------------

    @GetMapping("/dossiers/{reportId}")
    public String page(@PathVariable long reportId, Model model) {
        DossierView view = dossiers.view(currentUser.get(), reportId);
        model.addAttribute("title", view.title());
        model.addAttribute("view", view);
        model.addAttribute("report", view.report());
        // Who registered for which title at the start of the campaign, when it opened with registration.
        model.addAttribute("registered", registrations.registeredTitles(view.report().campaignId()).orElse(null));
        model.addAttribute("unitNames", unitNames(view.entries()));
        if (!model.containsAttribute("rows")) {
            model.addAttribute("rows", editorRows(view.own()));
        }
        model.addAttribute("personTitles", titles(view.titles(), NomineeKind.PERSON));
        model.addAttribute("collectiveTitles", titles(view.titles(), NomineeKind.COLLECTIVE));
        model.addAttribute("kinds", NomineeKind.values());
        model.addAttribute("ratings", Rating.values());
        model.addAttribute("disciplines", Discipline.values());
        model.addAttribute("levels", RecognitionLevel.values());
        return "dossier/dossier";
    }

    @PostMapping("/dossiers/{reportId}/upload")
    public String upload(@PathVariable long reportId, @RequestParam(name = "file", required = false) MultipartFile file,
                         RedirectAttributes redirect) {
        try {
            UploadedFile upload = UploadedFile.of(file, "");
            DossierView view = dossiers.upload(currentUser.get(), reportId, upload.name(), upload.content());
            redirect.addFlashAttribute("message", Messages.get("dossier.done.upload", upload.name(),
                    view.own().size()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", fileErrors(e));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return back(reportId);
    }

    @PostMapping("/dossiers/{reportId}/nominations")
    public String save(@PathVariable long reportId, @RequestParam Map<String, String> params,
                       RedirectAttributes redirect) {
        List<TypedNominationRows.Row> rows = TypedNominationRows.fromForm(params);
        try {
            DossierView view = dossiers.saveRows(currentUser.get(), reportId, rows);
            redirect.addFlashAttribute("message", Messages.get("dossier.done.save", view.own().size()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().isEmpty() ? List.of(e.getMessage())
                    : e.errors().stream().map(TypedNominationRows::located).toList());
            // Show back exactly what was typed, so a mistake costs one correction and not a retyped list.
            redirect.addFlashAttribute("rows", withSpareRows(rows));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return back(reportId);
    }

    @PostMapping("/dossiers/{reportId}/nominations/{nominationId}/justification")
    public String justify(@PathVariable long reportId, @PathVariable long nominationId,
                          @RequestParam(required = false) String justification, RedirectAttributes redirect) {
        return act(reportId, redirect, "dossier.done.justify",
                () -> dossiers.justify(currentUser.get(), reportId, nominationId, justification));
    }

    @PostMapping("/dossiers/{reportId}/council")
    public String recordMeeting(@PathVariable long reportId, @RequestParam(required = false) String heldOn,
                                @RequestParam(required = false) String membersTotal,
                                @RequestParam(required = false) String present,
                                @RequestParam(required = false) String secretBallot,
                                @RequestParam(name = "minutes", required = false) MultipartFile minutes,
                                RedirectAttributes redirect) {
        return act(reportId, redirect, "dossier.done.meeting", () -> {
            DossierInputs.Meeting meeting = DossierInputs.meeting(heldOn, membersTotal, present);
            UploadedFile file = UploadedFile.of(minutes, "bien-ban");
            dossiers.recordMeeting(currentUser.get(), reportId, meeting.heldOn(), meeting.membersTotal(),
                    meeting.present(), TypedNominationRows.checked(secretBallot), file.isMissing() ? null
                            : new CouncilRepository.Minutes(file.name(), file.contentType(), file.content()));
        });
    }

    @PostMapping("/dossiers/{reportId}/votes")
    public String recordVotes(@PathVariable long reportId, @RequestParam Map<String, String> params,
                              RedirectAttributes redirect) {
        return act(reportId, redirect, "dossier.done.votes",
                () -> dossiers.recordVotes(currentUser.get(), reportId, DossierInputs.votes(params)));
    }

    @PostMapping("/dossiers/{reportId}/nominations/{nominationId}/rejection")
    public String reject(@PathVariable long reportId, @PathVariable long nominationId,
                         @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return act(reportId, redirect, "dossier.done.reject",
                () -> dossiers.reject(currentUser.get(), reportId, nominationId, reason));
    }

    @PostMapping("/dossiers/{reportId}/nominations/{nominationId}/restoration")
    public String restore(@PathVariable long reportId, @PathVariable long nominationId, RedirectAttributes redirect) {
        return act(reportId, redirect, "dossier.done.restore",
                () -> dossiers.restore(currentUser.get(), reportId, nominationId));
    }

    // ---- Files ------------------------------------------------------------------------------------------------

    @GetMapping({"/dossiers/{reportId}/template.xlsx", "/api/dossiers/{reportId}/template.xlsx"})
    public ResponseEntity<byte[]> template(@PathVariable long reportId) {
        return DossierDownloads.file(DossierDownloads.TEMPLATE_NAME, DossierDownloads.XLSX,
                dossiers.template(currentUser.get(), reportId));
    }

    @GetMapping({"/dossiers/{reportId}/list.xlsx", "/api/dossiers/{reportId}/list.xlsx"})
    public ResponseEntity<byte[]> export(@PathVariable long reportId) {
        NamedFile list = dossiers.export(currentUser.get(), reportId);
        return DossierDownloads.file(list.fileName(), DossierDownloads.XLSX, list.content());
    }

    @GetMapping({"/dossiers/{reportId}/minutes", "/api/dossiers/{reportId}/minutes"})
    public ResponseEntity<byte[]> minutes(@PathVariable long reportId) {
        CouncilRepository.Minutes minutes = dossiers.minutes(currentUser.get(), reportId);
        return DossierDownloads.file(minutes.fileName(), MediaType.APPLICATION_OCTET_STREAM, minutes.content());
    }

    @GetMapping({"/dossiers/decisions/{decisionId}.docx", "/api/decisions/{decisionId}.docx"})
    public ResponseEntity<byte[]> decisionDocx(@PathVariable long decisionId) {
        NamedFile document = decisions.docx(currentUser.get(), decisionId);
        return DossierDownloads.file(document.fileName(), DossierDownloads.DOCX, document.content());
    }

    @GetMapping({"/dossiers/decisions/{decisionId}.xlsx", "/api/decisions/{decisionId}.xlsx"})
    public ResponseEntity<byte[]> decisionXlsx(@PathVariable long decisionId) {
        NamedFile list = decisions.xlsx(currentUser.get(), decisionId);
        return DossierDownloads.file(list.fileName(), DossierDownloads.XLSX, list.content());
    }

    // ---- Decisions and results, for everyone they concern ----------------------------------------------------

    /** The page the decision mail links to. */
    @GetMapping("/dossiers/decisions/{decisionId}")
    public String decision(@PathVariable long decisionId, Model model) {
        AwardDecisionService.DecisionPage page = decisions.page(currentUser.get(), decisionId);
        model.addAttribute("decision", page.decision());
        model.addAttribute("document", page.document());
        return "dossier/decision";
    }

    @GetMapping("/campaigns/{campaignId}/results")
    public String results(@PathVariable long campaignId, Model model) {
        model.addAttribute("results", results.of(currentUser.get(), campaignId));
        return "dossier/results";
    }

    // ---- Helpers ----------------------------------------------------------------------------------------------

    private String act(long reportId, RedirectAttributes redirect, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", Messages.get(doneKey));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", messages(e));
        } catch (AccessDeniedException | java.util.NoSuchElementException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return back(reportId);
    }

    private static String back(long reportId) {
        return "redirect:" + DossierForms.pageUrl(reportId);
    }

    /** Names of the units the page speaks of: where each nomination came from, stands, and who decided on it. */
    private Map<String, String> unitNames(List<DossierEntry> entries) {
        return entries.stream()
                .flatMap(e -> Stream.of(e.originUnitCode(), e.atUnitCode(), e.statusByUnitCode()))
                .filter(Objects::nonNull).distinct().collect(Collectors.toMap(
                        code -> code, code -> org.findUnit(code).map(Unit::name).orElse(code)));
    }

    static List<TypedNominationRows.Row> editorRows(List<DossierEntry> own) {
        List<TypedNominationRows.Row> rows = new ArrayList<>();
        for (DossierEntry entry : own) {
            rows.add(TypedNominationRows.of(rows.size() + 1, entry.nomination()));
        }
        return withSpareRows(rows);
    }

    private static List<TypedNominationRows.Row> withSpareRows(List<TypedNominationRows.Row> rows) {
        List<TypedNominationRows.Row> all = new ArrayList<>(rows);
        for (int i = 0; i < SPARE_ROWS; i++) {
            all.add(TypedNominationRows.blank(all.size() + 1));
        }
        return all;
    }

    private static List<TitleRule> titles(List<TitleRule> titles, NomineeKind kind) {
        return titles.stream().filter(t -> t.kind() == kind).toList();
    }

    /** "Dòng 4, cột 3 (Ngày sinh): …" for every problem of an uploaded file. */
    static List<String> fileErrors(InvalidInputException e) {
        if (e.errors().isEmpty()) {
            return List.of(e.getMessage());
        }
        return e.errors().stream().map(DossierController::located).toList();
    }

    static String located(InputError error) {
        if (error.line() <= 0) {
            return error.message();
        }
        if (error.column() <= 0) {
            return Messages.get("dossier.located.line", error.line(), error.message());
        }
        if (error.field() == null || error.field().isBlank()) {
            return Messages.get("dossier.located.column", error.line(), error.column(), error.message());
        }
        return Messages.get("dossier.located.field", error.line(), error.column(), error.field(),
                error.message());
    }

    private static List<String> messages(InvalidInputException e) {
        return e.errors().isEmpty() ? List.of(e.getMessage())
                : e.errors().stream().map(InputError::message).toList();
    }
}
