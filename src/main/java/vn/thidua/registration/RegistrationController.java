package vn.thidua.registration;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Supplier;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.registration.RegistrationChecker.Cell;
import vn.thidua.registration.RegistrationChecker.PersonRow;
import vn.thidua.registration.RegistrationChecker.TargetRow;
import vn.thidua.registration.RegistrationChecker.WorkRow;
import vn.thidua.report.AttachmentService;
import vn.thidua.security.CurrentUser;
import vn.thidua.text.Messages;

/**
 * The registration page of a unit ({@code /registrations/{reportId}}, the report of the campaign's registration
 * round, linked from the Tasklist forms): targets, collective title, people (typed or from the Excel list), works,
 * the targets published for the units below, the achieved values later in the year; the roll-up of the units below
 * and its Excel export. The JSON doors under {@code /api/registrations} take the same checker.
 */
@Controller
class RegistrationController {

    /** Spare lines under each list in the editor. */
    static final int SPARE_ROWS = 3;
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final RegistrationService registrations;
    private final CurrentUser currentUser;
    private final AttachmentService attachments;

    RegistrationController(RegistrationService registrations, CurrentUser currentUser,
                           AttachmentService attachments) {
        this.registrations = registrations;
        this.currentUser = currentUser;
        this.attachments = attachments;
    }

    // ---- page -------------------------------------------------------------------------------------------------

    @GetMapping("/registrations/{reportId}")
    String page(@PathVariable long reportId, Model model) {
        RegistrationService.View view = registrations.view(currentUser.get(), reportId);
        @SuppressWarnings("unchecked")
        Map<String, String> typed = (Map<String, String>) model.asMap().get("typed");
        model.addAttribute("view", view);
        model.addAttribute("reg", view.registration());
        model.addAttribute("targetRows", EditorRows.targets(view, typed));
        model.addAttribute("publishedRows", EditorRows.published(view, typed));
        model.addAttribute("personRows", EditorRows.people(view, typed));
        model.addAttribute("workRows", EditorRows.works(view, typed));
        // What travelled with it: the roll-up as it stood when it was sent, and files the unit attached.
        model.addAttribute("attachments", attachments.list(currentUser.get(), reportId));
        return "registration/registration";
    }

    @PostMapping("/registrations/{reportId}/title")
    String saveTitle(@PathVariable long reportId, @RequestParam(required = false) String collectiveTitle,
                     RedirectAttributes redirect) {
        return act(reportId, redirect, "registration.done.title",
                () -> registrations.saveCollectiveTitle(currentUser.get(), reportId, collectiveTitle));
    }

    @PostMapping("/registrations/{reportId}/targets")
    String saveTargets(@PathVariable long reportId, @RequestParam Map<String, String> params,
                       RedirectAttributes redirect) {
        return act(reportId, redirect, "registration.done.targets", params,
                () -> registrations.saveTargets(currentUser.get(), reportId, targetRows(params, "t")));
    }

    @PostMapping("/registrations/{reportId}/published")
    String publish(@PathVariable long reportId, @RequestParam Map<String, String> params,
                   RedirectAttributes redirect) {
        return act(reportId, redirect, "registration.done.published", params,
                () -> registrations.publishTargets(currentUser.get(), reportId, targetRows(params, "u")));
    }

    @PostMapping("/registrations/{reportId}/people")
    String savePeople(@PathVariable long reportId, @RequestParam Map<String, String> params,
                      RedirectAttributes redirect) {
        return act(reportId, redirect, "registration.done.people", params,
                () -> registrations.savePeople(currentUser.get(), reportId, personRows(params)));
    }

    @PostMapping("/registrations/{reportId}/upload")
    String upload(@PathVariable long reportId, @RequestParam(name = "file", required = false) MultipartFile file,
                  RedirectAttributes redirect) {
        return act(reportId, redirect, "registration.done.upload", () -> {
            String name = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
            return registrations.uploadPeople(currentUser.get(), reportId, name, bytes(file));
        });
    }

    @PostMapping("/registrations/{reportId}/works")
    String saveWorks(@PathVariable long reportId, @RequestParam Map<String, String> params,
                     RedirectAttributes redirect) {
        return act(reportId, redirect, "registration.done.works", params,
                () -> registrations.saveWorks(currentUser.get(), reportId, workRows(params)));
    }

    @PostMapping("/registrations/{reportId}/achieved")
    String saveAchieved(@PathVariable long reportId, @RequestParam Map<String, String> params,
                        RedirectAttributes redirect) {
        return act(reportId, redirect, "registration.done.achieved", params, () -> {
            List<Cell> cells = new ArrayList<>();
            for (int i = 1; params.containsKey("a" + i); i++) {
                cells.add(Cell.of(params.get("a" + i), 1));
            }
            return registrations.saveAchieved(currentUser.get(), reportId, cells);
        });
    }

    @GetMapping("/registrations/{reportId}/rollup")
    String rollUp(@PathVariable long reportId, Model model) {
        RegistrationService.View view = registrations.view(currentUser.get(), reportId);
        model.addAttribute("view", view);
        model.addAttribute("rollUp", registrations.rollUp(currentUser.get(), reportId));
        return "registration/rollup";
    }

    // ---- files ------------------------------------------------------------------------------------------------

    @GetMapping({"/registrations/{reportId}/template.xlsx", "/api/registrations/{reportId}/template.xlsx"})
    ResponseEntity<byte[]> template(@PathVariable long reportId) {
        return file(PeopleSheet.TEMPLATE_NAME, registrations.template(currentUser.get(), reportId));
    }

    @GetMapping({"/registrations/{reportId}/rollup.xlsx", "/api/registrations/{reportId}/rollup.xlsx"})
    ResponseEntity<byte[]> rollUpXlsx(@PathVariable long reportId) {
        RegistrationService.View view = registrations.view(currentUser.get(), reportId);
        RollUp rollUp = registrations.rollUp(currentUser.get(), reportId);
        return file(RollUpWorkbook.fileName(view.unit().code()), RollUpWorkbook.write(rollUp,
                view.campaign().name()));
    }

    // ---- JSON -------------------------------------------------------------------------------------------------

    /** The registration as JSON, with its status. */
    record RegistrationJson(long reportId, String unitCode, String status, String statusLabel,
                            Registration registration) {
    }

    @GetMapping("/api/registrations/{reportId}")
    @ResponseBody
    RegistrationJson json(@PathVariable long reportId) {
        RegistrationService.View view = registrations.view(currentUser.get(), reportId);
        return new RegistrationJson(reportId, view.unit().code(), view.report().status().name(), view.statusLabel(),
                view.registration());
    }

    @GetMapping("/api/registrations/{reportId}/rollup")
    @ResponseBody
    RollUp rollUpJson(@PathVariable long reportId) {
        return registrations.rollUp(currentUser.get(), reportId);
    }

    /** A person as a script sends it: the same fields and checks as a line of the Excel list. */
    record PersonJson(String fullName, String dateOfBirth, String position, String title) {
    }

    @PostMapping("/api/registrations/{reportId}/people")
    @ResponseBody
    RegistrationJson putPeople(@PathVariable long reportId, @RequestBody(required = false) List<PersonJson> people) {
        List<PersonRow> rows = new ArrayList<>();
        int line = 0;
        for (PersonJson p : people == null ? List.<PersonJson>of() : people) {
            line++;
            if (p != null) {
                rows.add(new PersonRow(line, Cell.of(p.fullName(), 1), Cell.of(p.dateOfBirth(), 2),
                        Cell.of(p.position(), 3), Cell.of(p.title(), 4)));
            }
        }
        registrations.savePeople(currentUser.get(), reportId, rows);
        return json(reportId);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static List<TargetRow> targetRows(Map<String, String> params, String prefix) {
        List<TargetRow> rows = new ArrayList<>();
        for (int i = 1; params.containsKey(prefix + "Name" + i) || params.containsKey(prefix + "Value" + i); i++) {
            String published = params.get(prefix + "Id" + i);
            Long id = null;
            if (published != null && published.matches("\\d{1,18}")) {
                id = Long.valueOf(published);
            }
            rows.add(new TargetRow(i, id, Cell.of(params.get(prefix + "Name" + i), 1),
                    Cell.of(params.get(prefix + "Measure" + i), 2), Cell.of(params.get(prefix + "Value" + i), 3),
                    Cell.of(params.get(prefix + "Computed" + i), RegistrationChecker.COMPUTED_COLUMN)));
        }
        return rows;
    }

    static List<PersonRow> personRows(Map<String, String> params) {
        List<PersonRow> rows = new ArrayList<>();
        for (int i = 1; params.containsKey("pName" + i); i++) {
            rows.add(new PersonRow(i, Cell.of(params.get("pName" + i), 1), Cell.of(params.get("pBirth" + i), 2),
                    Cell.of(params.get("pPosition" + i), 3), Cell.of(params.get("pTitle" + i), 4)));
        }
        return rows;
    }

    static List<WorkRow> workRows(Map<String, String> params) {
        List<WorkRow> rows = new ArrayList<>();
        for (int i = 1; params.containsKey("wName" + i); i++) {
            rows.add(new WorkRow(i, Cell.of(params.get("wName" + i), 1), Cell.of(params.get("wOwner" + i), 2),
                    Cell.of(params.get("wOn" + i), 3)));
        }
        return rows;
    }

    private static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new InvalidInputException(Messages.get("registration.file.unreadable"));
        }
    }

    private String act(long reportId, RedirectAttributes redirect, String doneKey,
                       Supplier<RegistrationService.View> action) {
        return act(reportId, redirect, doneKey, null, action);
    }

    private String act(long reportId, RedirectAttributes redirect, String doneKey, Map<String, String> typed,
                       Supplier<RegistrationService.View> action) {
        try {
            action.get();
            redirect.addFlashAttribute("message", Messages.get(doneKey));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().isEmpty() ? List.of(e.getMessage())
                    : e.errors().stream().map(RegistrationController::located).toList());
            // Show back exactly what was typed, so a mistake costs one correction and not a retyped list.
            redirect.addFlashAttribute("typed", typed);
        } catch (AccessDeniedException | NoSuchElementException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/registrations/" + reportId;
    }

    /** "Dòng 4, cột 3 (Ngày sinh): …" */
    static String located(InputError error) {
        if (error.line() <= 0) {
            return error.message();
        }
        if (error.column() <= 0) {
            return Messages.get("registration.located.line", error.line(), error.message());
        }
        return Messages.get("registration.located.field", error.line(), error.column(), error.field(),
                error.message());
    }

    private static ResponseEntity<byte[]> file(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .contentType(XLSX).body(content);
    }
}
