package vn.thidua.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Closes every Spring test context when the test run ends, before the JVM's shutdown hooks run, and then stops the
 * test JVM's embedded PostgreSQL ({@link SharedPostgres}). Embedded PostgreSQL stops itself in a shutdown hook of its
 * own, which would otherwise race Spring's: the process engine needs its database to close. Closing here lets each
 * context shut its engine down first, and the server goes last.
 */
public class OrderlyContextShutdown implements LauncherSessionListener, ContextCustomizerFactory {

    private static final List<ConfigurableApplicationContext> OPEN = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        List<ConfigurableApplicationContext> contexts;
        synchronized (OPEN) {
            contexts = new ArrayList<>(OPEN);
            OPEN.clear();
        }
        Collections.reverse(contexts);
        contexts.forEach(ConfigurableApplicationContext::close);
        SharedPostgres.stop();
    }

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        return new Register();
    }

    /** Remembers each context created for tests; equal for every test class, so it does not split the cache. */
    static final class Register implements ContextCustomizer {
        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            OPEN.add(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Register;
        }

        @Override
        public int hashCode() {
            return Register.class.hashCode();
        }
    }
}
