package vn.thidua.account;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.thidua.account.PasswordLinkRepository.Link;
import vn.thidua.problem.AccessDeniedException;
import vn.thidua.security.CurrentUser;
import vn.thidua.text.Messages;

/** Administrators' page of the password links sent and not used yet, each with a button to send a new one. */
@Controller
@RequestMapping("/admin/password-links")
public class PasswordLinkPages {

    private final PasswordLinks links;
    private final IdentityService identityService;
    private final CurrentUser currentUser;

    public PasswordLinkPages(PasswordLinks links, IdentityService identityService, CurrentUser currentUser) {
        this.links = links;
        this.identityService = identityService;
        this.currentUser = currentUser;
    }

    /** A pending link with its person's name and address. */
    public record Row(Link link, String fullName, String email) {
    }

    @GetMapping
    String list(Model model) {
        currentUser.requireAdmin();
        List<Link> pending = links.pending();
        Map<String, User> users = pending.isEmpty() ? Map.of() : identityService.createUserQuery()
                .userIdIn(pending.stream().map(Link::username).distinct().toArray(String[]::new)).list().stream()
                .collect(Collectors.toMap(User::getId, Function.identity()));
        model.addAttribute("rows", pending.stream().map(link -> {
            User user = users.get(link.username());
            return new Row(link, user == null ? "" : (user.getFirstName() + " " + user.getLastName()).strip(),
                    user == null ? "" : user.getEmail());
        }).toList());
        return "admin/password-links";
    }

    @PostMapping("/{username}")
    String resend(@PathVariable String username,
                  @RequestHeader(name = "Sec-Fetch-Site", required = false) String fetchSite,
                  RedirectAttributes redirect) {
        String admin = currentUser.requireAdmin().username();
        // No CSRF token on this small page: a browser that says the form came from another site is refused.
        if ("cross-site".equals(fetchSite)) {
            throw new AccessDeniedException(Messages.get("problem.denied.otherSite"));
        }
        links.send(username, admin);
        redirect.addFlashAttribute("resent", username);
        return "redirect:/admin/password-links";
    }
}
