package vn.thidua.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.util.UriUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a refused request gets: an RFC 9457 problem detail with a Vietnamese detail (texts in
 * {@code i18n/account_vi.properties}), never Spring's English defaults; a browser opening one of our pages
 * without being signed in is sent to our sign-in page instead, which brings it back there.
 */
class SecurityProblems implements AccessDeniedHandler {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MessageSource messages;
    private final RequestMatcher adminApis;

    /**
     * @param messages  the Vietnamese texts
     * @param adminApis Cockpit's and Admin's own APIs: refusals there say that only administrators enter
     */
    SecurityProblems(MessageSource messages, RequestMatcher adminApis) {
        this.messages = messages;
        this.adminApis = adminApis;
    }

    /**
     * Our REST API and Camunda's: 401 with the challenge that tells a script to send HTTP Basic. A browser that
     * opened the address gets no challenge, so that it never asks for, and then keeps sending, a password of its own
     * accord.
     */
    AuthenticationEntryPoint api() {
        return (request, response, refusal) -> {
            if (!opensPage(request)) {
                response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"thidua\", charset=\"UTF-8\"");
            }
            unauthorized(request, response, refusal instanceof BadCredentialsException);
        };
    }

    /**
     * Our pages: a browser goes to the sign-in page ({@code signInPage}), which brings it back to the page it asked
     * for ({@code next}) once signed in; a script gets 401.
     */
    AuthenticationEntryPoint pages(String signInPage, NextPage nextPage) {
        return (request, response, refusal) -> {
            if (opensPage(request)) {
                response.sendRedirect(request.getContextPath() + signInPage + next(request, nextPage));
            } else {
                unauthorized(request, response, refusal instanceof BadCredentialsException);
            }
        };
    }

    /**
     * {@code ?next=} and the page asked for, path and query, when a browser may simply open it again (GET); nothing
     * for a form sent (it cannot be repeated by opening an address) or for a path that is not one of our pages.
     */
    private static String next(HttpServletRequest request, NextPage nextPage) {
        if (!"GET".equals(request.getMethod())) {
            return "";
        }
        String page = request.getRequestURI().substring(request.getContextPath().length())
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        // Readable in the address bar ("/" and "?" stay), and "+" kept, which a query would read as a space.
        return nextPage.check(page).map(ours -> "?next=" + UriUtils.encodeQueryParam(ours, StandardCharsets.UTF_8)
                .replace("+", "%2B")).orElse("");
    }

    /** The webapps' APIs: 401 alone; the webapps show their own sign-in then. */
    AuthenticationEntryPoint webapps() {
        return (request, response, refusal) -> unauthorized(request, response, false);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       org.springframework.security.access.AccessDeniedException refusal) throws IOException {
        String detail = refusal instanceof CsrfException ? "auth.csrf"
                : adminApis.matches(request) ? "auth.adminOnly" : "auth.denied";
        write(response, HttpStatus.FORBIDDEN, "auth.title.denied", detail);
    }

    private void unauthorized(HttpServletRequest request, HttpServletResponse response, boolean wrongPassword)
            throws IOException {
        if (wrongPassword) {
            write(response, HttpStatus.UNAUTHORIZED, "auth.title.failed", "auth.failed");
        } else {
            write(response, HttpStatus.UNAUTHORIZED, "auth.title.required",
                    adminApis.matches(request) ? "auth.adminRequired" : "auth.required");
        }
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", message(title));
        problem.put("status", status.value());
        problem.put("detail", message(detail));
        response.getWriter().write(JSON.writeValueAsString(problem));
    }

    private String message(String key) {
        return messages.getMessage(key, null, VIETNAMESE);
    }

    /** A browser opening an address asks for HTML by name; scripts and the pages' own calls do not. */
    static boolean opensPage(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return false;
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(accept);
            return types.stream().anyMatch(type -> type.getQualityValue() > 0 && (MediaType.TEXT_HTML
                    .equalsTypeAndSubtype(type) || MediaType.APPLICATION_XHTML_XML.equalsTypeAndSubtype(type)));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
