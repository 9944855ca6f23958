package vn.thidua.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.text.Messages;

/** Administrators' page of the password links sent and not used yet, each with a button to send a new one. */
@Controller
@RequestMapping("/admin/password-links")
class PasswordLinkPages {

    private final PasswordLinks links;
    private final CurrentUser currentUser;

    PasswordLinkPages(PasswordLinks links, CurrentUser currentUser) {
        this.links = links;
        this.currentUser = currentUser;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rows", links.pendingWithPeople(currentUser.get()));
        return "admin/password-links";
    }

    @PostMapping("/{username}")
    String resend(@PathVariable String username,
                  @RequestHeader(name = "Sec-Fetch-Site", required = false) String fetchSite,
                  RedirectAttributes redirect) {
        // No CSRF token on this small page: a browser that says the form came from another site is refused.
        if ("cross-site".equals(fetchSite)) {
            throw new AccessDeniedException(Messages.get("problem.denied.otherSite"));
        }
        links.send(currentUser.get(), username);
        redirect.addFlashAttribute("resent", username);
        return "redirect:/admin/password-links";
    }
}
