package vn.thidua.security;

import java.io.IOException;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Our pages and API work under the signed-in user's identity in the engine, so that Camunda's authorizations
 * decide what the engine shows them, exactly as in Tasklist.
 */
class EngineIdentityFilter extends OncePerRequestFilter {

    private final IdentityService identityService;
    private final RequestMatcher elsewhere;

    /** @param elsewhere requests whose engine user is set by someone else (Camunda's REST API sets its own) */
    EngineIdentityFilter(IdentityService identityService, RequestMatcher elsewhere) {
        this.identityService = identityService;
        this.elsewhere = elsewhere;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return elsewhere.matches(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof SignedInAuthentication signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        SignedInUser user = signedIn.getPrincipal();
        identityService.setAuthentication(user.username(), user.groupIds());
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
