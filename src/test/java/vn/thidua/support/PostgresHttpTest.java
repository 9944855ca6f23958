package vn.thidua.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on an embedded PostgreSQL behind a real HTTP port, for tests that call it as a browser or
 * a script does: Camunda's REST API and webapps are servlets of their own, out of MockMvc's reach. Its engine has
 * a name of its own ({@value #ENGINE}), so it never meets another test context's engine in Camunda's static
 * registry: address the REST API as {@code /engine-rest/engine/}{@value #ENGINE}{@code /...}. Imported users get
 * their password links, as in production. Every test class
 * with this annotation shares one Spring context (and one database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"camunda.bpm.process-engine-name=" + PostgresHttpTest.ENGINE, "thidua.account.invite-new-users=true"})
@ActiveProfiles("test")
@Import(EmbeddedPostgresConfiguration.class)
@ExtendWith(WebappDelegates.class)
public @interface PostgresHttpTest {

    String ENGINE = "thiduahttp";
}
