package vn.thidua.mail;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The demo sends its mail for real, over SMTP, to a GreenMail server inside the application: nothing to
 * install, and the outbox page shows what was sent. Never enabled outside the demo profile.
 * <p>
 * Nothing outside the application talks to this server, so its port matters to nobody: a port another program
 * (or a second demo) holds must not leave every demo mail stuck. The catcher takes a free port then, and the
 * application's mail sender is pointed at wherever the catcher listens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "thidua.demo.mail-catcher.enabled", havingValue = "true")
class DemoMailCatcher {

    private static final Logger log = LoggerFactory.getLogger(DemoMailCatcher.class);
    static final String HOST = "127.0.0.1";

    @Bean(destroyMethod = "stop")
    GreenMail mailCatcherSmtpServer(MailCatcherProperties properties, ObjectProvider<JavaMailSenderImpl> senders) {
        GreenMail server = start(properties.port());
        int port = server.getSmtp().getPort();
        senders.ifAvailable(sender -> {
            sender.setHost(HOST);
            sender.setPort(port);
        });
        log.info("Demo mail catcher: SMTP on {}:{} accepts every mail the demo sends (shown on /admin/outbox)", HOST,
                port);
        return server;
    }

    static GreenMail start(int port) {
        if (port != 0 && !free(port)) {
            log.warn("Demo mail catcher: port {} is in use; using a free port instead", port);
            port = 0;
        }
        GreenMail server = new GreenMail(new ServerSetup(port, HOST, ServerSetup.PROTOCOL_SMTP));
        try {
            server.start();
            return server;
        } catch (RuntimeException taken) {
            // Taken between the check and the start: once more on a free port.
            server.stop();
            if (port == 0) {
                throw taken;
            }
            log.warn("Demo mail catcher: port {} was taken meanwhile; using a free port instead", port);
            return start(0);
        }
    }

    private static boolean free(int port) {
        try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getByName(HOST))) {
            return probe.isBound();
        } catch (IOException e) {
            return false;
        }
    }
}
