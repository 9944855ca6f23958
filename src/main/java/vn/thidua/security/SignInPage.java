package vn.thidua.security;

import java.io.IOException;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * The sign-in page a browser is sent to when it opens one of our pages (often from a link in a mail) without being
 * signed in. Its form signs in exactly as Tasklist's does, through Camunda's public webapp login
 * ({@code POST …/api/admin/auth/user/{engine}/login/tasklist} with the webapps' CSRF token), so the one session then
 * opens Tasklist, Cockpit (for administrators) and our pages, and Camunda's login throttling holds; then the page
 * goes on to {@code next}, checked here and again by the page's script ({@link NextPage}), or to Tasklist.
 */
@Controller
class SignInPage {

    private final WebappAddresses webapps;
    private final NextPage nextPage;

    SignInPage(WebappAddresses webapps, NextPage nextPage) {
        this.webapps = webapps;
        this.nextPage = nextPage;
    }

    @GetMapping(SecurityConfiguration.SIGN_IN_PAGE)
    String page(@RequestParam(required = false) String next, HttpServletRequest request,
                HttpServletResponse response, Model model) throws IOException {
        Optional<String> ours = nextPage.check(next);
        String context = request.getContextPath();
        String target = context + ours.orElse(webapps.tasklist());
        if (SecurityContextHolder.getContext().getAuthentication() instanceof SignedInAuthentication) {
            response.sendRedirect(target);
            return null;
        }
        // A fresh session for a fresh sign-in: the webapps hand their CSRF token to a new session only, in a header
        // the page can read (their cookie belongs to their own path). Nobody is signed in to this one.
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        model.addAttribute("backToPage", ours.isPresent());
        model.addAttribute("next", target);
        model.addAttribute("fallback", context + webapps.tasklist());
        model.addAttribute("engines", context + webapps.engines());
        model.addAttribute("login", context + webapps.login());
        model.addAttribute("logout", context + webapps.logout());
        return "account/sign-in";
    }
}
