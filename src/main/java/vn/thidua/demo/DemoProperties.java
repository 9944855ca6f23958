package vn.thidua.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo (profile {@code demo}, the default with no configuration).
 *
 * @param enabled        load the demo organisation and users and launch a demo campaign
 * @param password       password every demo user gets; only ever set in the demo profile
 * @param launchCampaign launch one campaign of the current school year if none exists yet
 */
@ConfigurationProperties("thidua.demo")
record DemoProperties(@DefaultValue("false") boolean enabled, String password,
                             @DefaultValue("true") boolean launchCampaign) {
}
