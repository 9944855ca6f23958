package vn.thidua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Authenticates every call to our own API ({@code /api/*}) and admin pages: either HTTP Basic with a Camunda
 * user's password (automation), or the session of someone signed in to the Camunda webapps (links from
 * Tasklist forms). Unauthenticated calls get 401 and learn nothing.
 */
public class ApiAuthenticationFilter extends OncePerRequestFilter {

    private static final String ENGINE_NAME = "default";

    private final IdentityService identityService;

    public ApiAuthenticationFilter(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<String> username = basicAuthUser(request).or(() -> webappSessionUser(request));
        if (username.isEmpty()) {
            response.setStatus(HttpStatus.UNAUTHORIZED.value());
            response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Chưa đăng nhập\",\"status\":401,"
                    + "\"detail\":\"Bạn cần đăng nhập (tài khoản Camunda) để dùng chức năng này.\"}");
            return;
        }
        List<String> groupIds = identityService.createGroupQuery().groupMember(username.get()).list()
                .stream().map(Group::getId).toList();
        request.setAttribute(CurrentUser.REQUEST_ATTRIBUTE, new SignedInUser(username.get(), groupIds));
        identityService.setAuthentication(username.get(), groupIds);
        try {
            chain.doFilter(request, response);
        } finally {
            identityService.clearAuthentication();
        }
    }

    private Optional<String> basicAuthUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            return Optional.empty();
        }
        String user = decoded.substring(0, colon);
        String password = decoded.substring(colon + 1);
        try {
            // Camunda fails (instead of answering false) for a user who has no password yet.
            org.camunda.bpm.engine.identity.User account = identityService.createUserQuery().userId(user).singleResult();
            if (account == null || account.getPassword() == null) {
                return Optional.empty();
            }
            return identityService.checkPassword(user, password) ? Optional.of(user) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private Optional<String> webappSessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(ENGINE_NAME);
        return Optional.ofNullable(authentication).map(Authentication::getName);
    }
}
