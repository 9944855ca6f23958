package vn.thidua.account;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import vn.thidua.problem.InputError;
import vn.thidua.problem.InvalidInputException;

/**
 * The page a password link opens, reachable without signing in: the token in the link is the key. The person
 * types a password twice; Camunda's password policy judges it, and every unmet rule is listed in Vietnamese.
 */
@Controller
@RequestMapping(PasswordLinks.PAGE)
class PasswordPage {

    private final PasswordLinks links;

    PasswordPage(PasswordLinks links) {
        this.links = links;
    }

    @GetMapping
    public String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        keepPrivate(response);
        return links.open(token).map(open -> {
            model.addAttribute("token", token);
            model.addAttribute("username", open.user().getId());
            return "account/password";
        }).orElseGet(() -> expired(response));
    }

    @PostMapping
    public String set(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                      @RequestParam(required = false) String repeated, Model model, HttpServletResponse response) {
        keepPrivate(response);
        try {
            model.addAttribute("username", links.setPassword(token, password, repeated));
            return "account/password-set";
        } catch (InvalidInputException e) {
            if (PasswordLinks.linkExpired(e)) {
                return expired(response);
            }
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("token", token);
            model.addAttribute("username", links.open(token).map(open -> open.user().getId()).orElse(""));
            model.addAttribute("errors", e.errors().stream().map(InputError::message).distinct().toList());
            return "account/password";
        }
    }

    private static String expired(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_GONE);
        return "account/password-expired";
    }

    /** The token must not travel on in a Referer header, nor stay in a shared cache. */
    private static void keepPrivate(HttpServletResponse response) {
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
    }
}
