package vn.thidua.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** Links in mails follow the port the application listens on, unless the operator set the public address. */
class MailBaseUrlTest {

    @Test
    void unsetFollowsThePortTheServerActuallyBound() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "0")
                .withProperty("local.server.port", "18123");
        assertThat(new MailBaseUrl(properties(""), environment).get()).isEqualTo("http://localhost:18123");
        assertThat(new MailBaseUrl(properties(null), environment).get()).isEqualTo("http://localhost:18123");
    }

    @Test
    void unsetBeforeTheServerStartedUsesTheConfiguredPortAndContextPath() {
        MockEnvironment environment = new MockEnvironment().withProperty("server.port", "9090")
                .withProperty("server.servlet.context-path", "/thidua/");
        assertThat(new MailBaseUrl(properties(null), environment).get()).isEqualTo("http://localhost:9090/thidua");
    }

    @Test
    void theOperatorsPublicAddressWinsWhateverThePort() {
        MockEnvironment environment = new MockEnvironment().withProperty("local.server.port", "18123");
        assertThat(new MailBaseUrl(properties("https://thidua.so-gddt.example.vn/"), environment).get())
                .isEqualTo("https://thidua.so-gddt.example.vn");
    }

    private static MailProperties properties(String baseUrl) {
        return new MailProperties("Thi đua <thidua@localhost>", baseUrl, Duration.ofSeconds(10), 3,
                Duration.ofSeconds(30), 50, Duration.ofMinutes(2), new MailProperties.Dispatcher(false));
    }
}
