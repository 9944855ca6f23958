package vn.thidua.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The HTTP calls Camunda Tasklist makes, on one application node: sign in to Tasklist (session cookie and CSRF token),
 * list a filter's first page, read a task's form variables, claim it, submit its form. One {@link HttpClient} serves
 * every person; each {@link Session} keeps its own cookies, as each person's browser does.
 */
final class TasklistClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final HttpClient http;
    private final String base;
    private final String engine;

    String engine() {
        return engine;
    }

    TasklistClient(HttpClient http, int port, String engine) {
        this.http = http;
        this.base = "http://localhost:" + port;
        this.engine = engine;
    }

    static HttpClient newHttpClient() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** An answer: HTTP status and body; status 0 when no answer came (the connection failed twice). */
    record Answer(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** One person's browser signed in to Tasklist on this node. */
    final class Session {
        final String username;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private String csrf;

        private Session(String username) {
            this.username = username;
        }

        /**
         * Tasklist's list of a filter: {@code POST /filter/{id}/list?firstResult=0&maxResults=15}, in the filter's
         * own order (due date first).
         */
        Answer listFilter(String filterId, int maxResults) {
            return send(post("/filter/" + filterId + "/list?firstResult=0&maxResults=" + maxResults, "{}"));
        }

        /** What form-js forms read: {@code GET /task/{id}/form-variables?deserializeValues=false}. */
        Answer formVariables(String taskId) {
            return send(request("/task/" + taskId + "/form-variables?deserializeValues=false").GET());
        }

        Answer claim(String taskId) {
            return send(post("/task/" + taskId + "/claim", "{\"userId\":" + quote(username) + "}"));
        }

        /** {@code POST /task/{id}/submit-form} with typed values, as Tasklist sends them. */
        Answer submitForm(String taskId, Map<String, Object> values) {
            Map<String, Object> variables = new LinkedHashMap<>();
            values.forEach((name, value) -> variables.put(name, Map.of("value", value, "type", type(value))));
            try {
                return send(post("/task/" + taskId + "/submit-form",
                        JSON.writeValueAsString(Map.of("variables", variables))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private HttpRequest.Builder request(String enginePath) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/camunda/api/engine/engine/"
                    + engine + enginePath)).timeout(TIMEOUT).header("Accept", "application/json");
            return withCookies(request);
        }

        private HttpRequest.Builder post(String enginePath, String json) {
            return request(enginePath).header("Content-Type", "application/json").header("X-XSRF-TOKEN", csrf)
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }

        private HttpRequest.Builder withCookies(HttpRequest.Builder request) {
            if (!cookies.isEmpty()) {
                request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                        .collect(Collectors.joining("; ")));
            }
            return request;
        }

        private Answer send(HttpRequest.Builder request) {
            HttpResponse<String> response;
            try {
                HttpRequest built = request.build();
                try {
                    response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    // The server closed a kept-alive connection as the request went out: a browser sends it again
                    // on a new connection, once.
                    response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                }
            } catch (IOException e) {
                return new Answer(0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            for (String header : response.headers().allValues("Set-Cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
                }
            }
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> csrf = token);
            if (cookies.containsKey("XSRF-TOKEN")) {
                csrf = cookies.get("XSRF-TOKEN");
            }
            return new Answer(response.statusCode(), response.body());
        }
    }

    /**
     * Signs in as a browser does: the Tasklist page hands out the session and CSRF token, the login form posts the
     * password, then Tasklist counts and lists the filters (its first calls after signing in; the second hands out the
     * signed-in session's token). The filter's tasks are listed by the turn that follows.
     */
    Session signIn(String username, String password) {
        Session session = new Session(username);
        session.send(session.withCookies(HttpRequest.newBuilder(URI.create(base + "/camunda/app/tasklist/" + engine
                + "/")).timeout(TIMEOUT)).GET());
        Answer login = session.send(session.withCookies(HttpRequest.newBuilder(URI.create(base
                        + "/camunda/api/admin/auth/user/" + engine + "/login/tasklist")).timeout(TIMEOUT))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", session.csrf)
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(username,
                        StandardCharsets.UTF_8) + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
        if (!login.ok()) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + login.status() + " "
                    + login.body());
        }
        session.send(session.request("/filter/count?resourceType=Task").GET());
        session.send(session.request("/filter?resourceType=Task&itemCount=false&firstResult=0&maxResults=2000").GET());
        return session;
    }

    static List<Map<String, Object>> tasks(Answer list) {
        return read(list.body(), new TypeReference<>() {
        });
    }

    /** The form variables' values, serialized objects left serialized (as {@code deserializeValues=false} gives). */
    static Map<String, Object> values(Answer formVariables) {
        Map<String, Map<String, Object>> typed = read(formVariables.body(), new TypeReference<>() {
        });
        Map<String, Object> values = new LinkedHashMap<>();
        typed.forEach((name, value) -> values.put(name, value.get("value")));
        return values;
    }

    private static <T> T read(String body, TypeReference<T> type) {
        try {
            return JSON.readValue(body, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String type(Object value) {
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof Integer) {
            return "Integer";
        }
        if (value instanceof Long) {
            return "Long";
        }
        return "String";
    }

    private static String quote(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
