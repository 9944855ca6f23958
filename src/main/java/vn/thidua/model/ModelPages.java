package vn.thidua.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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

import vn.thidua.model.ModelService.ProposalInput;
import vn.thidua.model.ModelViews.ModelView;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.org.OrgDirectory;
import vn.thidua.org.Unit;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.rules.ModelRules;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * The pages of exemplary models: the list and counts of a unit and its children ({@code /models}), one model's page
 * where its unit completes the proposal and the deciding level honours it ({@code /models/{id}}), the Excel export,
 * and the public page of honoured models ({@code /public/models}, no sign-in).
 */
@Controller
class ModelPages {

    static final String PUBLIC_PAGE = "/public/models";

    private final ModelService service;
    private final ModelExport export;
    private final OrgDirectory org;
    private final CurrentUser currentUser;
    private final ModelCommendation commendation;

    ModelPages(ModelService service, ModelExport export, OrgDirectory org, CurrentUser currentUser,
               ModelCommendation commendation) {
        this.commendation = commendation;
        this.service = service;
        this.export = export;
        this.org = org;
        this.currentUser = currentUser;
    }

    static String pageOf(long id) {
        return "/models/" + id;
    }

    @GetMapping("/models")
    String list(@RequestParam(required = false) String unit, Model model) {
        SignedInUser user = currentUser.get();
        Unit shown = service.homeUnit(user, unit);
        List<ExemplaryModel> list = service.listUnder(shown);
        Map<String, String> names = service.unitNames(list);
        ModelRules rules = service.currentRules();
        model.addAttribute("unit", shown);
        model.addAttribute("parent", shown.parentCode() == null || !service.canSee(user, shown.parentCode()) ? null
                : org.findUnit(shown.parentCode()).orElse(null));
        model.addAttribute("counts", service.counts(shown));
        model.addAttribute("models", list.stream().map(m -> ModelViews.of(m, rules, names.get(m.unitCode()), null,
                List.of())).toList());
        model.addAttribute("proposingUnits", service.proposingUnits(user));
        model.addAttribute("kinds", NomineeKind.values());
        return "model/list";
    }

    @PostMapping("/models")
    String propose(@RequestParam(required = false) String unitCode, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) String name, RedirectAttributes redirect) {
        try {
            long id = service.propose(currentUser.get(), unitCode, kind, name);
            redirect.addFlashAttribute("message", Messages.get("model.proposed"));
            return "redirect:" + pageOf(id);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().stream().map(InputError::message).toList());
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/models";
    }

    @GetMapping("/models/{id}")
    String page(@PathVariable long id, Model model) {
        SignedInUser user = currentUser.get();
        ExemplaryModel m = service.readable(user, id);
        ModelRules rules = service.rulesOf(m);
        model.addAttribute("m", view(m, rules));
        model.addAttribute("fields", rules.fields());
        model.addAttribute("criteria", rules.criteriaFor(m.kind()));
        model.addAttribute("otherCriteria", rules.criteriaFor(m.kind() == NomineeKind.PERSON ? NomineeKind.COLLECTIVE
                : NomineeKind.PERSON));
        model.addAttribute("evidence", service.evidence(id));
        model.addAttribute("canEdit", service.canEdit(user, m));
        model.addAttribute("canHonour", service.canHonour(user, m));
        model.addAttribute("missing", m.status().staffEdits() ? service.missing(m) : List.of());
        model.addAttribute("canPropose", commendation.canPropose(user, m));
        model.addAttribute("openDossiers", commendation.openDossiers(user, m));
        var proposals = commendation.proposals(m);
        model.addAttribute("proposals", proposals);
        model.addAttribute("titleNames", commendation.titleNames(proposals));
        model.addAttribute("ratings", vn.thidua.nomination.Rating.values());
        return "model/model";
    }

    private ModelView view(ExemplaryModel m, ModelRules rules) {
        return ModelViews.of(m, rules, org.findUnit(m.unitCode()).map(Unit::name).orElse(m.unitCode()),
                m.parentUnitCode() == null ? "" : org.findUnit(m.parentUnitCode()).map(Unit::name)
                        .orElse(m.parentUnitCode()), service.followUps(m.id()), service.unitName(m.reviewUnitCode()),
                service.unitName(m.chosenByUnitCode()));
    }

    @PostMapping("/models/{id}")
    String save(@PathVariable long id, @RequestParam Map<String, String> form,
                @RequestParam(name = "criteria", required = false) List<String> criteria, RedirectAttributes redirect) {
        ProposalInput input = new ProposalInput(form.get("kind"), form.get("name"), form.get("dateOfBirth"),
                form.get("position"), form.get("contact"), form.get("field"), criteria == null ? List.of() : criteria,
                form.get("storyDone"), form.get("storyResults"), form.get("storyApply"), form.get("recognisedBy"),
                form.get("recognisedOn"));
        try {
            service.saveProposal(currentUser.get(), id, input);
            redirect.addFlashAttribute("message", Messages.get("model.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().stream().map(InputError::message).toList());
            redirect.addFlashAttribute("typed", new HashMap<>(form));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:" + pageOf(id);
    }

    @PostMapping("/models/{id}/minutes")
    String minutes(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                   RedirectAttributes redirect) {
        return upload(id, redirect, () -> service.uploadMinutes(currentUser.get(), id, name(file), type(file),
                bytes(file)), "model.minutes.uploaded");
    }

    @PostMapping("/models/{id}/evidence")
    String evidence(@PathVariable long id, @RequestParam(name = "file", required = false) List<MultipartFile> files,
                    RedirectAttributes redirect) {
        return upload(id, redirect, () -> {
            List<MultipartFile> given = files == null ? List.of() : files.stream().filter(f -> !f.isEmpty()).toList();
            if (given.isEmpty()) {
                service.addEvidence(currentUser.get(), id, null, null, null);
            }
            for (MultipartFile file : given) {
                service.addEvidence(currentUser.get(), id, name(file), type(file), bytes(file));
            }
        }, "model.evidence.uploaded");
    }

    @PostMapping("/models/{id}/evidence/{evidenceId}/delete")
    String deleteEvidence(@PathVariable long id, @PathVariable long evidenceId, RedirectAttributes redirect) {
        return upload(id, redirect, () -> service.removeEvidence(currentUser.get(), id, evidenceId),
                "model.evidence.deleted");
    }

    @PostMapping("/models/{id}/honour")
    String honour(@PathVariable long id, @RequestParam(required = false) String year,
                  @RequestParam(required = false) String title, @RequestParam(required = false) String decision,
                  RedirectAttributes redirect) {
        return upload(id, redirect, () -> service.honour(currentUser.get(), id, year(year), title, decision),
                "model.honoured");
    }

    /** The models review proposes the model for commendation in a tổng kết dossier of the level that chose it. */
    @PostMapping("/models/{id}/commendation")
    String commend(@PathVariable long id, @RequestParam(required = false) String reportId,
                   @RequestParam(required = false) String title, @RequestParam(required = false) String rating,
                   @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        Long report = year(reportId) == null ? null : (long) year(reportId);
        return upload(id, redirect, () -> commendation.propose(currentUser.get(), id,
                report == null || report < 0 ? null : report, title, rating, reason), "model.commendation.proposed");
    }

    @PostMapping("/models/{id}/publication")
    String publish(@PathVariable long id, @RequestParam(required = false) String publish,
                   RedirectAttributes redirect) {
        boolean on = "true".equals(publish);
        return upload(id, redirect, () -> service.publish(currentUser.get(), id, on),
                on ? "model.published" : "model.unpublished");
    }

    @GetMapping("/models/{id}/minutes")
    ResponseEntity<byte[]> minutesFile(@PathVariable long id) {
        return download(service.minutes(currentUser.get(), id));
    }

    @GetMapping("/models/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidenceFile(@PathVariable long id, @PathVariable long evidenceId) {
        return download(service.evidenceFile(currentUser.get(), id, evidenceId));
    }

    @GetMapping("/models/export.xlsx")
    ResponseEntity<byte[]> exportList(@RequestParam(required = false) String unit) {
        SignedInUser user = currentUser.get();
        Unit shown = service.homeUnit(user, unit);
        byte[] workbook = export.workbook(shown, service.listUnder(shown));
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("dien-hinh-tien-tien-" + shown.code() + ".xlsx", StandardCharsets.UTF_8).build()
                        .toString())
                .contentType(MediaType.parseMediaType(ModelExport.CONTENT_TYPE)).body(workbook);
    }

    /** The public page: honoured models whose publication the deciding level approved; nobody signs in. */
    @GetMapping(PUBLIC_PAGE)
    String publicPage(@RequestParam(required = false) String field, @RequestParam(required = false) String year,
                      Model model) {
        Integer chosenYear = null;
        try {
            chosenYear = year == null || year.isBlank() ? null : Integer.valueOf(year.trim());
        } catch (NumberFormatException e) {
            model.addAttribute("errors", List.of(Messages.get("model.public.year", year)));
        }
        ModelRules rules = service.currentRules();
        List<ExemplaryModel> list = service.published(field, chosenYear);
        Map<String, String> names = service.unitNames(list);
        model.addAttribute("models", list.stream()
                .map(m -> ModelViews.publicOf(m, service.rulesOf(m), names.get(m.unitCode()))).toList());
        model.addAttribute("fields", rules.fields());
        model.addAttribute("years", service.publishedYears());
        model.addAttribute("field", field == null ? "" : field);
        model.addAttribute("year", chosenYear);
        return "model/public";
    }

    private String upload(long id, RedirectAttributes redirect, Runnable action, String doneKey) {
        try {
            action.run();
            redirect.addFlashAttribute("message", Messages.get(doneKey));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().isEmpty() ? List.of(e.getMessage())
                    : e.errors().stream().map(InputError::message).toList());
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:" + pageOf(id);
    }

    private static Integer year(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Always a download, never shown inline: an uploaded page cannot run in our origin. */
    static ResponseEntity<byte[]> download(ModelRepository.StoredFile file) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(file.content());
    }

    private static String name(MultipartFile file) {
        return file == null ? null : file.getOriginalFilename();
    }

    private static String type(MultipartFile file) {
        return file == null ? null : file.getContentType();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file == null || file.isEmpty() ? null : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
