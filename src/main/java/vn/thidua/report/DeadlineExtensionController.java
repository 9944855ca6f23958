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
import vn.thidua.report.DeadlineExtensions.ExtensionRequest;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;
import vn.thidua.web.DayInput;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/**
 * A report's deadline and its extensions (gia hạn): the page {@code /reports/{id}/deadline} for people (signed in
 * through the Camunda webapps), {@code /api/reports/{id}/deadline-extensions} for automation.
 */
@Controller
public class DeadlineExtensionController {

    private final DeadlineExtensions service;
    private final ReportAccess access;
    private final ReportContext context;
    private final CurrentUser currentUser;

    public DeadlineExtensionController(DeadlineExtensions service, ReportAccess access, ReportContext context,
                                       CurrentUser currentUser) {
        this.service = service;
        this.access = access;
        this.context = context;
        this.currentUser = currentUser;
    }

    /**
     * @param deadline      the current deadline, ISO-8601 with offset
     * @param deadlineLabel "17:00 ngày 22/12/2026"
     * @param canExtend     whether the caller may extend it now
     */
    public record DeadlineView(long reportId, String deadline, String deadlineLabel, String status, boolean canExtend,
                               List<DeadlineExtension> extensions) {
    }

    @GetMapping(path = "/api/reports/{reportId}/deadline-extensions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public DeadlineView view(@PathVariable long reportId) {
        SignedInUser user = currentUser.get();
        Report report = service.readable(user, reportId, access);
        return new DeadlineView(report.id(), DeadlineCalendar.iso(report.deadline()),
                DeadlineCalendar.label(report.deadline()), report.status().label(), canExtendNow(user, report),
                service.history(reportId));
    }

    @PostMapping(path = "/api/reports/{reportId}/deadline-extensions", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public ResponseEntity<DeadlineExtension> extend(@PathVariable long reportId,
                                                    @RequestBody ExtensionRequest request) {
        SignedInUser user = currentUser.get();
        DeadlineExtension extension = service.extend(user, service.readable(user, reportId, access), request);
        return ResponseEntity.created(URI.create("/api/reports/" + reportId + "/deadline-extensions"))
                .body(extension);
    }

    @GetMapping("/reports/{reportId}/deadline")
    public String page(@PathVariable long reportId, Model model) {
        SignedInUser user = currentUser.get();
        Report report = service.readable(user, reportId, access);
        model.addAttribute("title", context.of(reportId).title());
        model.addAttribute("report", report);
        model.addAttribute("deadlineLabel", DeadlineCalendar.label(report.deadline()));
        model.addAttribute("extensions", service.history(reportId).stream().map(e -> new ExtensionRow(
                DeadlineCalendar.label(e.oldDeadline()), DeadlineCalendar.label(e.newDeadline(), e.requestedDay()),
                e.reason(), e.extendedBy(), DeadlineCalendar.label(e.extendedAt()))).toList());
        model.addAttribute("canExtend", canExtendNow(user, report));
        model.addAttribute("mayExtend", service.canExtend(user, report));
        return "report/deadline";
    }

    /** One line of the page's history table, as people read it. */
    public record ExtensionRow(String oldDeadline, String newDeadline, String reason, String extendedBy,
                               String extendedAt) {
    }

    @PostMapping("/reports/{reportId}/deadline")
    public String extendFromPage(@PathVariable long reportId, @RequestParam(required = false) String newDay,
                                 @RequestParam(required = false) String newTime,
                                 @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        SignedInUser user = currentUser.get();
        try {
            String newDeadline = typedDeadline(newDay, newTime);
            DeadlineExtension extension = service.extend(user, service.readable(user, reportId, access),
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

    private boolean canExtendNow(SignedInUser user, Report report) {
        return service.canExtend(user, report) && report.status() != ReportStatus.SUBMITTED
                && report.status() != ReportStatus.ACCEPTED;
    }
}
