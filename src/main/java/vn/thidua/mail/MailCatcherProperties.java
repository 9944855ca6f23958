package vn.thidua.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo's in-process SMTP server ({@code thidua.demo.mail-catcher.*}).
 *
 * @param enabled start it (the demo profile does); the application's mail sender then sends to it
 * @param port    SMTP port on 127.0.0.1; 0, or a port already in use, means any free port
 */
@ConfigurationProperties("thidua.demo.mail-catcher")
record MailCatcherProperties(boolean enabled, @DefaultValue("0") int port) {
}
