package vn.thidua.mail;

import java.util.Arrays;

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

    private final OutboxAdministration outbox;
    private final CurrentUser currentUser;

    OutboxPages(OutboxAdministration outbox, CurrentUser currentUser) {
        this.outbox = outbox;
        this.currentUser = currentUser;
    }

    @GetMapping
    String list(@RequestParam(required = false) MailStatus status, @RequestParam(defaultValue = "0") int page,
            Model model) {
        OutboxAdministration.ListPage list = outbox.listPage(currentUser.get(), status, page);
        model.addAttribute("mails", list.mails());
        model.addAttribute("status", list.status());
        model.addAttribute("statuses", Arrays.asList(MailStatus.values()));
        model.addAttribute("page", list.page());
        model.addAttribute("total", list.total());
        model.addAttribute("hasNext", list.hasNext());
        return "admin/outbox";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("mail", outbox.mail(currentUser.get(), id));
        return "admin/outbox-mail";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable long id, @RequestParam(defaultValue = "list") String back,
            @RequestHeader(name = "Sec-Fetch-Site", required = false) String fetchSite,
            RedirectAttributes redirect) {
        // No CSRF token on this small page: a browser that says the form came from another site is refused.
        if ("cross-site".equals(fetchSite)) {
            throw new AccessDeniedException(Messages.get("problem.denied.otherSite"));
        }
        redirect.addFlashAttribute(outbox.retry(currentUser.get(), id) ? "retried" : "notRetried", id);
        return "detail".equals(back) ? "redirect:/admin/outbox/" + id : "redirect:/admin/outbox";
    }
}
