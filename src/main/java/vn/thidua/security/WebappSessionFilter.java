package vn.thidua.security;

import java.io.IOException;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Whoever is signed in to the Camunda webapps (Tasklist, Cockpit, Admin) is signed in for this request too: the
 * session is Camunda's, so it is read here on every request and never copied into a session of Spring's. A sign-out
 * in Tasklist signs out of our pages at once. Nothing happens when the request is already authenticated (HTTP
 * Basic) or nobody signed in to the engine.
 */
class WebappSessionFilter extends OncePerRequestFilter {

    private final String engineName;
    private final IdentityService identityService;
    private final boolean currentGroups;

    /**
     * @param engineName      the engine whose webapp sign-in counts ({@code camunda.bpm.process-engine-name})
     * @param identityService asked for the user's groups when {@code currentGroups}
     * @param currentGroups   true: the user's groups as they are now (our pages decide by them); false: the groups
     *                        Camunda noted at sign-in and refreshes itself (for the webapps' own many calls)
     */
    WebappSessionFilter(String engineName, IdentityService identityService, boolean currentGroups) {
        this.engineName = engineName;
        this.identityService = identityService;
        this.currentGroups = currentGroups;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext context = SecurityContextHolder.getContext();
        org.springframework.security.core.Authentication current = context.getAuthentication();
        if (current == null || current instanceof AnonymousAuthenticationToken) {
            UserAuthentication signedIn = signedIn(request.getSession(false));
            if (signedIn != null) {
                List<String> groupIds = currentGroups
                        ? identityService.createGroupQuery().groupMember(signedIn.getName()).list().stream()
                                .map(Group::getId).toList()
                        : signedIn.getGroupIds() == null ? List.of() : signedIn.getGroupIds();
                SecurityContext withUser = SecurityContextHolder.createEmptyContext();
                withUser.setAuthentication(new SignedInAuthentication(new SignedInUser(signedIn.getName(), groupIds),
                        signedIn.getAuthorizedApps() == null ? List.of() : signedIn.getAuthorizedApps()));
                SecurityContextHolder.setContext(withUser);
            }
        }
        chain.doFilter(request, response);
    }

    private UserAuthentication signedIn(HttpSession session) {
        if (session == null) {
            return null;
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        return authentication instanceof UserAuthentication user && user.getName() != null ? user : null;
    }
}
