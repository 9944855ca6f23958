package vn.thidua.round;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
import vn.thidua.org.UnitRole;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.report.ReportAccess;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * The pages of report schedules ({@code /report-schedules}) and ad-hoc requests ({@code /adhoc-reports}): list, set
 * up, pause and end, usable at 390 px, days as dd/mm/yyyy. Refused input is shown on the page with what was typed.
 */
@Controller
class RoundPages {

    /** Items a schedule's page offers at once (enough for 6-month, yearly and two more). */
    static final int ITEM_SLOTS = 4;

    private final ReportSchedules schedules;
    private final AdHocRequests adHoc;
    private final RoundViews views;
    private final CurrentUser currentUser;
    private final ReportAccess access;
    private final OrgDirectory org;

    RoundPages(ReportSchedules schedules, AdHocRequests adHoc, RoundViews views, CurrentUser currentUser,
               ReportAccess access, OrgDirectory org) {
        this.schedules = schedules;
        this.adHoc = adHoc;
        this.views = views;
        this.currentUser = currentUser;
        this.access = access;
        this.org = org;
    }

    @GetMapping("/report-schedules")
    String schedules(Model model) {
        SignedInUser user = currentUser.get();
        model.addAttribute("schedules", schedules.visibleTo(user).stream().map(s -> views.schedule(user, s)).toList());
        model.addAttribute("ownUnits", unitViews(staffUnits(user)));
        model.addAttribute("slots", java.util.stream.IntStream.rangeClosed(1, ITEM_SLOTS).boxed().toList());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
        }
        return "round/schedules";
    }

    @PostMapping("/report-schedules")
    String createSchedule(@RequestParam Map<String, String> form, RedirectAttributes redirect) {
        SignedInUser user = currentUser.get();
        try {
            List<ScheduleInput.Item> items = new ArrayList<>();
            for (int n = 1; n <= ITEM_SLOTS; n++) {
                String title = form.getOrDefault("item" + n + "Title", "");
                String dueOn = form.getOrDefault("item" + n + "DueOn", "");
                String instructions = form.getOrDefault("item" + n + "Instructions", "");
                if (title.isBlank() && dueOn.isBlank() && instructions.isBlank()) {
                    continue;
                }
                items.add(new ScheduleInput.Item(title, dueOn,
                        number(form.get("item" + n + "OpenDaysBefore"), "item" + n), instructions,
                        form.containsKey("item" + n + "AskCounts"),
                        form.getOrDefault("item" + n + "Receivers", Receivers.PARENT.name())));
            }
            long id = schedules.create(new ScheduleInput(form.get("name"), form.get("rootUnitCode"), items), user);
            redirect.addFlashAttribute("message", Messages.get("round.page.scheduleCreated"));
            return "redirect:/report-schedules/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", messages(e));
            redirect.addFlashAttribute("form", form);
            return "redirect:/report-schedules";
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
            redirect.addFlashAttribute("form", form);
            return "redirect:/report-schedules";
        }
    }

    @GetMapping("/report-schedules/{id}")
    String schedule(@PathVariable long id, Model model) {
        SignedInUser user = currentUser.get();
        model.addAttribute("schedule", views.schedule(user, schedules.get(user, id)));
        return "round/schedule";
    }

    @PostMapping("/report-schedules/{id}/{action:pause|resume|end}")
    String change(@PathVariable long id, @PathVariable String action, RedirectAttributes redirect) {
        SignedInUser user = currentUser.get();
        try {
            switch (action) {
                case "pause" -> schedules.pause(user, id);
                case "resume" -> schedules.resume(user, id);
                default -> schedules.end(user, id);
            }
            redirect.addFlashAttribute("message", Messages.get("round.page.done." + action));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", messages(e));
        }
        return "redirect:/report-schedules/" + id;
    }

    @GetMapping("/adhoc-reports")
    String adHocRequests(Model model) {
        SignedInUser user = currentUser.get();
        model.addAttribute("requests", views.adHocList(user));
        List<String> own = staffUnits(user);
        model.addAttribute("ownUnits", unitViews(own));
        Map<String, List<RoundViews.UnitView>> below = new HashMap<>();
        for (String code : own) {
            List<RoundViews.UnitView> units = new ArrayList<>();
            collect(code, units);
            below.put(code, units);
        }
        model.addAttribute("unitsBelow", below);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", Map.of());
            model.addAttribute("chosen", List.of());
        }
        return "round/adhoc-list";
    }

    @PostMapping("/adhoc-reports")
    String createAdHoc(@RequestParam Map<String, String> form,
                       @RequestParam(name = "unitCodes", required = false) List<String> unitCodes,
                       @RequestParam(name = "template", required = false) MultipartFile template,
                       RedirectAttributes redirect) throws IOException {
        SignedInUser user = currentUser.get();
        boolean chosenOnly = "CHOSEN".equals(form.get("audience"));
        List<String> units = unitCodes == null ? List.of() : unitCodes;
        try {
            if (chosenOnly && units.isEmpty()) {
                throw new InvalidInputException(Messages.get("round.units.noneChosen"));
            }
            long id = adHoc.create(new AdHocInput(form.get("topic"), form.get("rootUnitCode"), form.get("dueOn"),
                    form.get("instructions"), form.containsKey("askCounts"), form.get("receivers"),
                    chosenOnly ? units : List.of()), template(template), user);
            redirect.addFlashAttribute("message", Messages.get("round.page.adHocCreated"));
            return "redirect:/adhoc-reports/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", messages(e));
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("chosen", units);
            return "redirect:/adhoc-reports";
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
            redirect.addFlashAttribute("form", form);
            redirect.addFlashAttribute("chosen", units);
            return "redirect:/adhoc-reports";
        }
    }

    @GetMapping("/adhoc-reports/{id}")
    String adHocRequest(@PathVariable long id, Model model) {
        model.addAttribute("request", views.adHoc(adHoc.get(currentUser.get(), id)));
        return "round/adhoc";
    }

    @GetMapping("/adhoc-reports/{id}/template")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        return RoundApi.download(adHoc.template(currentUser.get(), id));
    }

    /** The uploaded template, or null when no file was chosen. */
    static UploadedTemplate template(MultipartFile file) throws IOException {
        if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank()))) {
            return null;
        }
        String type = file.getContentType() == null || file.getContentType().length() > 150
                ? "application/octet-stream" : file.getContentType();
        return new UploadedTemplate(file.getOriginalFilename(), type, file.getBytes());
    }

    /** Units where the user is staff: the levels they may ask for reports from. */
    private List<String> staffUnits(SignedInUser user) {
        return access.unitsOf(user).stream().filter(u -> user.isMemberOf(UnitRole.STAFF.groupId(u)))
                .filter(u -> !org.children(u).isEmpty()).toList();
    }

    private List<RoundViews.UnitView> unitViews(List<String> codes) {
        return codes.stream().map(c -> new RoundViews.UnitView(c, org.unit(c).name())).toList();
    }

    private void collect(String code, List<RoundViews.UnitView> into) {
        for (Unit child : org.children(code)) {
            into.add(new RoundViews.UnitView(child.code(), child.name()));
            collect(child.code(), into);
        }
    }

    /** A whole number typed on the page; what is not one is refused with the item's label. */
    private static Integer number(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Messages.get("round.openDays.notANumber", text.strip()),
                    List.of(new InputError(0, 0, field + "OpenDaysBefore",
                            Messages.get("round.openDays.notANumber", text.strip()))));
        }
    }

    private static List<String> messages(InvalidInputException e) {
        return e.errors().stream().map(InputError::message).toList();
    }
}
