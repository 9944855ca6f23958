package vn.thidua.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts and their first password ({@code thidua.account.*} in application.yml).
 *
 * @param passwordLinkValidity how long a password link works after it was sent
 * @param inviteNewUsers       whether every user an import creates gets a password link by mail (off only where
 *                             passwords are set otherwise, as in the demo)
 */
@ConfigurationProperties("thidua.account")
record AccountProperties(@DefaultValue("PT72H") Duration passwordLinkValidity,
                                @DefaultValue("true") boolean inviteNewUsers) {
}
