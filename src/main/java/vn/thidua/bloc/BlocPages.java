package vn.thidua.bloc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.security.CurrentUser;
import vn.thidua.security.SignedInUser;
import vn.thidua.text.Messages;

/**
 * The pages of blocs: the list of the blocs a user sees with the import of a year's file ({@code /blocs}), and one
 * bloc's page where the parent's staff let a school join or leave and change the leader ({@code /blocs/{id}}).
 */
@Controller
class BlocPages {

    private final BlocService service;
    private final BlocYears years;
    private final CurrentUser currentUser;

    BlocPages(BlocService service, BlocYears years, CurrentUser currentUser) {
        this.service = service;
        this.years = years;
        this.currentUser = currentUser;
    }

    static String pageOf(long id) {
        return "/blocs/" + id;
    }

    @GetMapping("/blocs")
    String list(@RequestParam(required = false) String unit, @RequestParam(required = false) String year,
                Model model) {
        SignedInUser user = currentUser.get();
        List<Bloc> blocs = service.visible(user, unit, year);
        Set<String> codes = new LinkedHashSet<>();
        blocs.forEach(b -> codes.addAll(BlocViews.codes(b)));
        var names = service.names(codes);
        model.addAttribute("blocs", blocs.stream().map(b -> BlocViews.of(b, names)).toList());
        model.addAttribute("progress", years.progress(blocs));
        model.addAttribute("managed", service.managedParents(user));
        model.addAttribute("year", year == null ? "" : year);
        return "bloc/list";
    }

    @PostMapping("/blocs/import")
    String importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                      RedirectAttributes redirect) {
        try {
            byte[] bytes = file == null ? new byte[0] : file.getBytes();
            var summary = service.importCsv(currentUser.get(), bytes);
            redirect.addFlashAttribute("message", Messages.get("bloc.imported", summary.created(),
                    summary.updated()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", lines(e));
        } catch (AccessDeniedException e) {
            redirect.addFlashAttribute("errors", List.of(e.getMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/blocs";
    }

    @GetMapping("/blocs/{id}")
    String page(@PathVariable long id, Model model) {
        SignedInUser user = currentUser.get();
        Bloc bloc = service.readable(user, id);
        var history = service.history(id);
        List<String> codes = new ArrayList<>(BlocViews.codes(bloc));
        history.stream().filter(h -> h.unitCode() != null).forEach(h -> codes.add(h.unitCode()));
        var names = service.names(codes);
        model.addAttribute("b", BlocViews.of(bloc, names));
        model.addAttribute("history", history.stream().map(h -> BlocViews.line(h, names)).toList());
        model.addAttribute("canManage", service.canManage(user, bloc.parentUnitCode()));
        model.addAttribute("candidates", service.candidates(bloc));
        model.addAttribute("years", years.ofBloc(bloc));
        return "bloc/bloc";
    }

    @PostMapping("/blocs/{id}/members")
    String join(@PathVariable long id, @RequestParam(required = false) String unitCode, RedirectAttributes redirect) {
        return change(id, redirect, () -> service.join(currentUser.get(), id, unitCode));
    }

    @PostMapping("/blocs/{id}/members/{unitCode}/leave")
    String leave(@PathVariable long id, @PathVariable String unitCode, RedirectAttributes redirect) {
        return change(id, redirect, () -> service.leave(currentUser.get(), id, unitCode));
    }

    @PostMapping("/blocs/{id}/leader")
    String leader(@PathVariable long id, @RequestParam(required = false) String unitCode,
                  RedirectAttributes redirect) {
        return change(id, redirect, () -> service.setLeader(currentUser.get(), id, unitCode));
    }

    private String change(long id, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("message", Messages.get("bloc.saved"));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", lines(e));
        }
        return "redirect:" + pageOf(id);
    }

    static List<String> lines(InvalidInputException e) {
        if (e.errors().isEmpty()) {
            return List.of(e.getMessage());
        }
        List<String> lines = new ArrayList<>();
        if (e.errors().size() > 1 || !e.getMessage().equals(e.errors().get(0).message())) {
            lines.add(e.getMessage());
        }
        for (InputError error : e.errors()) {
            lines.add(error.line() > 0 ? Messages.get("bloc.errorAt", error.line(), error.column(), error.message())
                    : error.message());
        }
        return lines;
    }
}
