package vn.thidua.account;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.account.PasswordLinkRepository.Link;
import vn.thidua.security.CurrentUser;

/**
 * Administrators send a person a (new) password link: {@code POST /api/users/{username}/password-link}, and list
 * the links not used yet: {@code GET /api/users/password-links}.
 */
@RestController
@RequestMapping("/api/users")
class AccountApi {

    private final PasswordLinks links;
    private final CurrentUser currentUser;

    AccountApi(PasswordLinks links, CurrentUser currentUser) {
        this.links = links;
        this.currentUser = currentUser;
    }

    /** @param expiresAt when the link just sent stops working */
    public record SentLink(String username, OffsetDateTime expiresAt) {
    }

    @PostMapping("/{username}/password-link")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public SentLink send(@PathVariable String username) {
        return new SentLink(username, links.send(currentUser.get(), username));
    }

    @GetMapping("/password-links")
    public List<Link> pending() {
        return links.pending(currentUser.get());
    }
}
