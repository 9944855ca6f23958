package vn.thidua.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo sends its mail for real, over SMTP, to a GreenMail server inside the application: nothing to
 * install, and the outbox page shows what was sent. Never enabled outside the demo profile.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thidua.demo.mail-catcher.enabled", havingValue = "true")
class DemoMailCatcher {

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail mailCatcherSmtpServer(MailCatcherProperties properties) {
        log.info("Demo mail catcher: SMTP on 127.0.0.1:{} accepts every mail the demo sends", properties.port());
        return new GreenMail(new ServerSetup(properties.port(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }
}
