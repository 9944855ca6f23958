package vn.thidua.report;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.thidua.security.CurrentUser;

/**
 * The history of a report, for its unit, the units above it and each other body it went to: the page
 * {@code /reports/{id}/history} (linked from the forms and mails) and {@code /api/reports/{id}/history}.
 */
@Controller
class ReportHistoryController {

    private final ReportHistory history;
    private final CurrentUser currentUser;

    ReportHistoryController(ReportHistory history, CurrentUser currentUser) {
        this.history = history;
        this.currentUser = currentUser;
    }

    @GetMapping("/reports/{reportId}/history")
    String page(@PathVariable long reportId, Model model) {
        model.addAttribute("history", history.of(currentUser.get(), reportId));
        return "report/history";
    }

    @GetMapping(path = "/api/reports/{reportId}/history", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ReportHistory.View api(@PathVariable long reportId) {
        return history.of(currentUser.get(), reportId);
    }
}
