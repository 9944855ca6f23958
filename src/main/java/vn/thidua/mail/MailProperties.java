package vn.thidua.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * Settings of the mail outbox and its dispatcher ({@code thidua.mail.*} in application.yml).
 *
 * @param from             sender, e.g. {@code "Thi đua <thidua@so-gddt.example.vn>"}
 * @param baseUrl          links in mails that start with {@code /} are made absolute with this; unset: this
 *                         application on the port it listens on (see {@link MailBaseUrl})
 * @param dispatchInterval pause between two dispatcher runs
 * @param maxAttempts      sending attempts before a mail is marked FAILED (an administrator may retry it)
 * @param firstRetryDelay  wait after the first failure; doubled after each further failure
 * @param batchSize        rows the dispatcher reads per query
 * @param sendLock         how long a claimed (SENDING) row belongs to the node that claimed it; after that another
 *                         node may send it (the first one died mid-send). Longer than the SMTP timeouts together.
 * @param dispatcher       whether this node runs the dispatcher on a schedule
 */
@Validated
@ConfigurationProperties("thidua.mail")
record MailProperties(
        @NotBlank @DefaultValue("Thi đua <thidua@localhost>") String from,
        String baseUrl,
        @DefaultValue("PT10S") Duration dispatchInterval,
        @Min(1) @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetryDelay,
        @Min(1) @DefaultValue("50") int batchSize,
        @DefaultValue("PT2M") Duration sendLock,
        @DefaultValue Dispatcher dispatcher) {

    /** @param scheduled false on nodes (and in tests) that must not send mail on their own */
    public record Dispatcher(@DefaultValue("true") boolean scheduled) {
    }
}
