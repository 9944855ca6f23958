package vn.thidua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Cockpit's and Admin's own APIs ({@code /camunda/api/cockpit/*}, {@code /camunda/api/admin/*}) answer only someone
 * whose sign-in carries that application (Camunda's APPLICATION authorization, granted to camunda-admin). Camunda
 * itself checks the application when the page is opened, but lets any signed-in user call these APIs; their data is
 * filtered by the engine's authorizations, yet nobody outside administration has business there. Signing in
 * ({@code /camunda/api/admin/auth/*}), the first-administrator setup and the plugins' static files (the login page
 * needs them) stay open: Camunda guards those itself.
 */
public class WebappApplicationFilter extends OncePerRequestFilter {

    private static final String API = "/api/";
    private static final Set<String> OPEN_ADMIN_PATHS = Set.of("auth", "setup");

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private final String applicationPath;
    private final MessageSource messages;

    /**
     * @param applicationPath where the webapps live, {@code camunda.bpm.webapp.application-path} ("/camunda")
     * @param messages        the Vietnamese texts of the refusals
     */
    public WebappApplicationFilter(String applicationPath, MessageSource messages) {
        this.applicationPath = applicationPath.replaceAll("/+$", "");
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String prefix = applicationPath + API;
        if (!path.startsWith(prefix)) {
            chain.doFilter(request, response);
            return;
        }
        String[] parts = path.substring(prefix.length()).split("/");
        String app = parts[0];
        // The plugins' scripts and styles ({app}/plugin/{plugin}/static/...) build the login page itself.
        boolean pluginAsset = parts.length > 3 && "plugin".equals(parts[1]) && "static".equals(parts[3]);
        boolean guarded = !pluginAsset && ("cockpit".equals(app)
                || "admin".equals(app) && !(parts.length > 1 && OPEN_ADMIN_PATHS.contains(parts[1])));
        if (!guarded) {
            chain.doFilter(request, response);
            return;
        }
        Authentications authentications = authentications(request.getSession(false));
        if (authentications == null || authentications.getAuthentications().isEmpty()) {
            refuse(response, HttpStatus.UNAUTHORIZED, "Chưa đăng nhập", message("auth.adminRequired"));
            return;
        }
        boolean allowed = authentications.getAuthentications().stream()
                .anyMatch(user -> user.getAuthorizedApps() != null
                        && user.getAuthorizedApps().contains(app));
        if (!allowed) {
            refuse(response, HttpStatus.FORBIDDEN, "Không có quyền", message("auth.adminOnly"));
            return;
        }
        chain.doFilter(request, response);
    }

    private String message(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }

    private static Authentications authentications(HttpSession session) {
        return session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    }

    private static void refuse(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
                + ",\"detail\":\"" + detail + "\"}");
    }
}
