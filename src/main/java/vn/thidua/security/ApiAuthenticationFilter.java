package vn.thidua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

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

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IdentityService identityService;
    private final String engineName;
    private final MessageSource messages;

    /**
     * @param engineName the engine whose webapp sign-in counts ({@code camunda.bpm.process-engine-name})
     * @param messages   the Vietnamese texts of the refusals ({@code i18n/account_vi.properties})
     */
    public ApiAuthenticationFilter(IdentityService identityService, String engineName, MessageSource messages) {
        this.identityService = identityService;
        this.engineName = engineName;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Credentials> credentials = basicCredentials(request);
        Optional<String> username;
        if (credentials.isPresent()) {
            username = checked(credentials.get());
            if (username.isEmpty()) {
                // Wrong password, unknown user or a user Camunda holds back after failed attempts: one answer for all,
                // so nobody learns which accounts exist.
                unauthorized(response, "Đăng nhập không thành công", message("auth.failed"));
                return;
            }
        } else {
            username = webappSessionUser(request);
        }
        if (username.isEmpty()) {
            unauthorized(response, "Chưa đăng nhập", message("auth.required"));
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

    private record Credentials(String user, String password) {
    }

    private static Optional<Credentials> basicCredentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.of(new Credentials("", ""));
        }
        int colon = decoded.indexOf(':');
        return Optional.of(colon <= 0 ? new Credentials("", "")
                : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
    }

    /**
     * Through {@link IdentityService#checkPassword}, like Camunda's own logins, so its throttling counts these
     * attempts too and refuses even the right password while a user is held back.
     */
    private Optional<String> checked(Credentials credentials) {
        if (credentials.user().isEmpty()) {
            return Optional.empty();
        }
        try {
            // Camunda fails (instead of answering false) for a user who has no password yet.
            org.camunda.bpm.engine.identity.User account =
                    identityService.createUserQuery().userId(credentials.user()).singleResult();
            if (account == null || account.getPassword() == null) {
                return Optional.empty();
            }
            return identityService.checkPassword(credentials.user(), credentials.password())
                    ? Optional.of(credentials.user()) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }

    private static void unauthorized(HttpServletResponse response, String title, String detail) throws IOException {
        response.setStatus(HttpStatus.UNAUTHORIZED.value());
        response.setHeader("WWW-Authenticate", "Basic realm=\"thidua\", charset=\"UTF-8\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", HttpStatus.UNAUTHORIZED.value());
        problem.put("detail", detail);
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    private Optional<String> webappSessionUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        Authentication authentication = authentications == null ? null
                : authentications.getAuthenticationForProcessEngine(engineName);
        return Optional.ofNullable(authentication).map(Authentication::getName);
    }
}
