package vn.thidua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an embedded PostgreSQL, with the job executor and the mail dispatcher's schedule
 * switched off: tests drive jobs and dispatch themselves, and move the engine clock instead of sleeping.
 * Every test class with this annotation shares one Spring context (and one database); a {@code MockMvc} is always
 * there to autowire, so that a test which calls our pages does not need a context of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
public @interface PostgresIntegrationTest {

    /**
     * Port of the GreenMail SMTP server tests start; matches spring.mail.port in application-test.yml. Set
     * {@code -Dthidua.test.smtp-port=…} to run two builds side by side on one machine.
     */
    int SMTP_PORT = Integer.getInteger("thidua.test.smtp-port", 3125);
}
