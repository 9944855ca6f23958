package vn.thidua.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Gives each page of Tasklist, Cockpit and Admin one script nonce of its own, the same in its Content-Security-Policy
 * header and in its {@code <script nonce="…">} tags.
 * <p>
 * Camunda 7.24 keeps the nonce of the latest response in an attribute of the whole servlet context: its header filter
 * writes a fresh one there for every response, and the index page is filled from that attribute a moment later. When
 * another request (another user, or the page's own last calls) passes in between, the page carries someone else's nonce,
 * the browser refuses every script, and the user is left before an endless spinner. The more people work at once, the
 * more often it happens. This filter holds the index page back until it is complete, then writes one fresh nonce into
 * both the header and the page. Scripts, styles and other files pass through untouched.
 */
class IndexPageNonceFilter extends OncePerRequestFilter {

    static final String HEADER = "Content-Security-Policy";

    private static final Pattern HEADER_NONCE = Pattern.compile("'nonce-[^']*'");
    private static final Pattern PAGE_NONCE = Pattern.compile("nonce=\"[^\"]*\"");
    private static final int NONCE_BYTES = 20;

    private final SecureRandom random = new SecureRandom();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || !mayBeIndexPage(request.getRequestURI())) {
            chain.doFilter(request, response);
            return;
        }
        ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, page);
            String policy = response.getHeader(HEADER);
            String contentType = page.getContentType();
            if (policy != null && HEADER_NONCE.matcher(policy).find()
                    && contentType != null && contentType.startsWith("text/html")) {
                Charset charset = Charset.forName(page.getCharacterEncoding());
                String html = new String(page.getContentAsByteArray(), charset);
                String nonce = nonce();
                response.setHeader(HEADER, HEADER_NONCE.matcher(policy)
                        .replaceAll(Matcher.quoteReplacement("'nonce-" + nonce + "'")));
                page.resetBuffer();
                page.getOutputStream().write(PAGE_NONCE.matcher(html)
                        .replaceAll(Matcher.quoteReplacement("nonce=\"" + nonce + "\"")).getBytes(charset));
            }
        } finally {
            page.copyBodyToResponse();
        }
    }

    /** Index pages are folders ({@code /app/tasklist/default/}) or HTML; files with any other extension are not. */
    static boolean mayBeIndexPage(String uri) {
        String last = uri.substring(uri.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot < 0 || last.substring(dot).equalsIgnoreCase(".html");
    }

    private String nonce() {
        byte[] bytes = new byte[NONCE_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
