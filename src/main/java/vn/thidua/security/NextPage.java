package vn.thidua.security;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.web.util.UriUtils;

/**
 * Where the sign-in page sends a browser once it is signed in: one of our own pages, named by its path in this
 * application (no context path) with its query, exactly as the browser asked for it. Anything else (an absolute
 * URL, {@code //host}, a backslash, a blank, a control character, a scheme, the webapps, the APIs, the sign-in page
 * itself) is refused, so that a link to the sign-in page can never send a person to somebody else's site; the
 * caller falls back to Tasklist then. The page's script checks it again before it goes there.
 */
final class NextPage {

    /** Longer than any address of ours; a browser's limit is far above. */
    static final int MAX_LENGTH = 2048;

    private final List<String> notOurs;

    /**
     * @param notOurs paths (no trailing slash) that are not our pages, with everything below them: the webapps,
     *                the APIs, the sign-in page
     */
    NextPage(List<String> notOurs) {
        this.notOurs = List.copyOf(notOurs);
    }

    /** The path itself when it is one of our pages, otherwise nothing. */
    Optional<String> check(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH || !isLocalPath(next)) {
            return Optional.empty();
        }
        int end = next.length();
        for (char stop : new char[] {'?', '#'}) {
            int at = next.indexOf(stop);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path;
        try {
            // What the server will see once the browser asks for it: "/%63amunda" is "/camunda".
            path = UriUtils.decode(next.substring(0, end), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!isLocalPath(path)) {
            return Optional.empty();
        }
        for (String refused : notOurs) {
            if (path.equals(refused) || path.startsWith(refused + "/")) {
                return Optional.empty();
            }
        }
        return Optional.of(next);
    }

    /**
     * A path of this host: one slash, then printable ASCII without a backslash, never "//" at the start. Browsers
     * read a backslash as a slash and drop tabs and line breaks, so "/\host", or "/", a tab and "/host", would lead
     * to another host.
     */
    private static boolean isLocalPath(String path) {
        if (path.length() < 1 || path.charAt(0) != '/' || path.length() > 1 && path.charAt(1) == '/') {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return true;
    }
}
