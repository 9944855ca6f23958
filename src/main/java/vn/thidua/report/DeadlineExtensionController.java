package vn.thidua.report;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.report.DeadlineExtensions.DeadlinePage;
import vn.thidua.report.DeadlineExtensions.DeadlineView;
import vn.thidua.report.DeadlineExtensions.ExtensionRequest;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/**
 * A report's deadline and its extensions (gia hạn): the page {@code /reports/{id}/deadline} for people (signed in
 * through the Camunda webapps), {@code /api/reports/{id}/deadline-extensions} for automation.
 */
@Controller
class DeadlineExtensionController {

    private final DeadlineExtensions service;
    private final CurrentUser currentUser;

    DeadlineExtensionController(DeadlineExtensions service, CurrentUser currentUser) {
        this.service = service;
        this.currentUser = currentUser;
    }

    @GetMapping(path = "/api/reports/{reportId}/deadline-extensions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public DeadlineView view(@PathVariable long reportId) {
        return service.view(currentUser.get(), reportId);
    }

    @PostMapping(path = "/api/reports/{reportId}/deadline-extensions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<DeadlineExtension> extend(@PathVariable long reportId,
                                                    @RequestBody ExtensionRequest request) {
        DeadlineExtension extension = service.extend(currentUser.get(), reportId, request);
        return ResponseEntity.created(URI.create("/api/reports/" + reportId + "/deadline-extensions"))
                .body(extension);
    }

    @GetMapping("/reports/{reportId}/deadline")
    public String page(@PathVariable long reportId, Model model) {
        DeadlinePage page = service.page(currentUser.get(), reportId);
        model.addAttribute("title", page.title());
        model.addAttribute("report", page.report());
        model.addAttribute("deadlineLabel", page.deadlineLabel());
        model.addAttribute("extensions", page.extensions());
        model.addAttribute("canExtend", page.canExtend());
        model.addAttribute("mayExtend", page.mayExtend());
        return "report/deadline";
    }

    @PostMapping("/reports/{reportId}/deadline")
    public String extendFromPage(@PathVariable long reportId, @RequestParam(required = false) String newDay,
                                 @RequestParam(required = false) String newTime,
                                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            String newDeadline = typedDeadline(newDay, newTime);
            DeadlineExtension extension = service.extend(currentUser.get(), reportId,
                    new ExtensionRequest(newDeadline, reason));
            redirect.addFlashAttribute("message", Messages.get("report.extension.done",
                    DeadlineCalendar.label(extension.newDeadline(), extension.requestedDay())));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().stream().map(InputError::message).toList());
            redirect.addFlashAttribute("reason", reason);
            redirect.addFlashAttribute("newDay", newDay);
            redirect.addFlashAttribute("newTime", newTime);
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:/reports/" + reportId + "/deadline";
    }

    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[:hg]([0-5]\\d)");

    /**
     * The page's day (dd/mm/yyyy) and optional time (16:30) as the ISO text the service reads; a day that does not
     * exist or a time that cannot be read is refused here with the page's words.
     */
    static String typedDeadline(String newDay, String newTime) {
        LocalDate day;
        try {
            day = DayInput.parse(newDay, Messages.get("report.extension.newDay"));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.getMessage(), List.of(new InputError(0, 0, "newDay", e.getMessage())));
        }
        if (day == null) {
            return "";
        }
        if (newTime == null || newTime.isBlank()) {
            return day.toString();
        }
        Matcher time = TIME.matcher(newTime.strip().toLowerCase(Locale.ROOT));
        if (!time.matches()) {
            String message = Messages.get("report.extension.time.format", newTime.strip());
            throw new InvalidInputException(message, List.of(new InputError(0, 0, "newTime", message)));
        }
        return day + "T" + String.format("%02d:%s", Integer.parseInt(time.group(1)), time.group(2));
    }
}
