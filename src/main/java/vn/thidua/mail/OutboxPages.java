package vn.thidua.mail;

import java.util.Arrays;
import java.util.NoSuchElementException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.text.Messages;

/** The outbox for administrators: what was sent, what waits, what failed – and sending a failed mail again. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxPages {

    static final int PAGE_SIZE = 50;

    private final OutboxQueries queries;
    private final MailDispatcher dispatcher;
    private final CurrentUser currentUser;

    OutboxPages(OutboxQueries queries, MailDispatcher dispatcher, CurrentUser currentUser) {
        this.queries = queries;
        this.dispatcher = dispatcher;
        this.currentUser = currentUser;
    }

    @GetMapping
    String list(@RequestParam(required = false) MailStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        currentUser.requireAdmin();
        int current = Math.max(page, 0);
        long total = queries.count(status);
        model.addAttribute("mails", queries.page(status, current, PAGE_SIZE));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Arrays.asList(MailStatus.values()));
        model.addAttribute("page", current);
        model.addAttribute("total", total);
        model.addAttribute("hasNext", (long) (current + 1) * PAGE_SIZE < total);
        return "admin/outbox";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        currentUser.requireAdmin();
        model.addAttribute("mail", queries.find(id)
                .orElseThrow(() -> new NoSuchElementException(Messages.get("outbox.notFound", id))));
        return "admin/outbox-mail";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(defaultValue = "list") String back,
            @RequestHeader(name = "Sec-Fetch-Site", required = false) String fetchSite,
            RedirectAttributes redirect) {
        currentUser.requireAdmin();
        // No CSRF token on this small page: a browser that says the form came from another site is refused.
        if ("cross-site".equals(fetchSite)) {
            throw new AccessDeniedException(Messages.get("problem.denied.otherSite"));
        }
        redirect.addFlashAttribute(dispatcher.retry(id) ? "retried" : "notRetried", id);
        return "detail".equals(back) ? "redirect:/admin/outbox/" + id : "redirect:/admin/outbox";
    }
}
