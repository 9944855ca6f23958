package vn.thidua.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.model.ModelCommendation.Selection;
import vn.thidua.nomination.Rating;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.CurrentUser;
import vn.thidua.text.Messages;

/**
 * The models review of one level in one campaign ({@code /models/review/{reportId}}, the report being the level's
 * in that campaign, e.g. its tổng kết): every chosen model of the level's units with its record over the years, and
 * the form that proposes the selected ones into the level's tổng kết dossier in one action.
 */
@Controller
class ModelReviewPages {

    private final ModelCommendation commendation;
    private final CurrentUser currentUser;

    ModelReviewPages(ModelCommendation commendation, CurrentUser currentUser) {
        this.commendation = commendation;
        this.currentUser = currentUser;
    }

    static String pageOf(long reportId) {
        return "/models/review/" + reportId;
    }

    @GetMapping("/models/review/{reportId}")
    String page(@PathVariable long reportId, Model model) {
        ModelCommendation.ReviewBoard board = commendation.board(currentUser.get(), reportId);
        model.addAttribute("board", board);
        model.addAttribute("ratings", Rating.values());
        return "model/review";
    }

    /**
     * Proposes the ticked models ({@code model}), each with its title ({@code title-<id>}) and rating
     * ({@code rating-<id>}), into the dossier {@code dossier} with the council's {@code reason}.
     */
    @PostMapping("/models/review/{reportId}")
    String propose(@PathVariable long reportId, @RequestParam(name = "model", required = false) List<String> ticked,
                   @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            List<Selection> selected = new ArrayList<>();
            for (String id : ticked == null ? List.<String>of() : ticked) {
                long modelId = number(id);
                selected.add(new Selection(modelId, form.get("title-" + modelId), form.get("rating-" + modelId)));
            }
            String dossier = form.get("dossier");
            Long dossierId = dossier == null || dossier.isBlank() ? null : number(dossier);
            int count = commendation.proposeAll(currentUser.get(), reportId, dossierId, selected, form.get("reason"))
                    .size();
            redirect.addFlashAttribute("message", Messages.get("model.review.proposed", count));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors().isEmpty() ? List.of(e.getMessage())
                    : e.errors().stream().map(InputError::message).toList());
            redirect.addFlashAttribute("typed", form);
            redirect.addFlashAttribute("ticked", ticked == null ? List.of() : ticked);
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        }
        return "redirect:" + pageOf(reportId);
    }

    /** A number the page sent; anything else is no model (and no dossier) of this review. */
    private static long number(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new AccessDeniedException();
        }
    }
}
