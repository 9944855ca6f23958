package vn.thidua.mail;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where links in mails (and the demo's start-up banner) point: {@code thidua.mail.base-url} when the operator set
 * it (in production, the public address people reach), otherwise this application on the port it actually
 * listens on, so a demo started on another port than 8080 links to itself.
 */
@Component
public class MailBaseUrl {

    private final String configured;
    private final Environment environment;

    MailBaseUrl(MailProperties properties, Environment environment) {
        this.configured = properties.baseUrl() == null || properties.baseUrl().isBlank() ? null
                : trimmed(properties.baseUrl());
        this.environment = environment;
    }

    /** The base URL without a trailing slash, e.g. {@code https://thidua.so-gddt.example.vn}. */
    public String get() {
        if (configured != null) {
            return configured;
        }
        // local.server.port: the port the embedded server bound (server.port=0 included), known once it started.
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        String contextPath = environment.getProperty("server.servlet.context-path", "");
        return trimmed("http://localhost:" + port + contextPath);
    }

    private static String trimmed(String url) {
        return url.strip().replaceAll("/+$", "");
    }
}
