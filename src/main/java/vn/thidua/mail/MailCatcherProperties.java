package vn.thidua.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's in-process SMTP server ({@code thidua.demo.mail-catcher.*}).
 *
 * @param enabled start it (the demo profile does)
 * @param port    SMTP port on 127.0.0.1; spring.mail.port must match
 */
@ConfigurationProperties("thidua.demo.mail-catcher")
public record MailCatcherProperties(boolean enabled, @DefaultValue("3025") int port) {
}
