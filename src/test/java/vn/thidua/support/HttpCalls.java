package vn.thidua.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** Plain HTTP calls against the running application, signed in with HTTP Basic or not at all. */
public final class HttpCalls {

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final int port;

    public HttpCalls(int port) {
        this.port = port;
    }

    /** The engine's REST API of the test engine, e.g. {@code engineRest("/task")}. */
    public static String engineRest(String path) {
        return "/engine-rest/engine/" + PostgresHttpTest.ENGINE + path;
    }

    public HttpResponse<String> get(String path, String user, String password) {
        return send(request(path, user, password).GET());
    }

    public HttpResponse<String> post(String path, String user, String password, String contentType, String body) {
        return send(request(path, user, password).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> postJson(String path, String user, String password, String json) {
        return post(path, user, password, "application/json", json);
    }

    public HttpResponse<String> delete(String path, String user, String password) {
        return send(request(path, user, password).DELETE());
    }

    public HttpResponse<String> put(String path, String user, String password, String json) {
        return send(request(path, user, password).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    public URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpRequest.Builder request(String path, String user, String password) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return request;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
