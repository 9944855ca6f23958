package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.Test;

import vn.thidua.process.ServiceFilesCache.RememberingClassLoader;

/** The context class loader of REST calls reads each service file once and finds the same providers. */
class ServiceFilesCacheTest {

    static final String PROVIDERS = "META-INF/services/" + ProcessEngineProvider.class.getName();

    /** The application's class loader, counting how often it is asked for resources. */
    static final class Counting extends ClassLoader {
        final AtomicInteger asked = new AtomicInteger();

        Counting() {
            super(ServiceFilesCacheTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            asked.incrementAndGet();
            return super.getResources(name);
        }
    }

    @Test
    void aServiceFileIsReadOnceWithTheSameContent() throws IOException {
        Counting parent = new Counting();
        RememberingClassLoader loader = new RememberingClassLoader(parent);

        List<String> first = contents(loader.getResources(PROVIDERS));
        List<String> second = contents(loader.getResources(PROVIDERS));

        assertThat(first).isNotEmpty().isEqualTo(second)
                .isEqualTo(contents(ServiceFilesCacheTest.class.getClassLoader().getResources(PROVIDERS)));
        assertThat(parent.asked).hasValue(1);
    }

    @Test
    void theServiceLoaderFindsTheSameProvider() {
        RememberingClassLoader loader = new RememberingClassLoader(new Counting());
        List<Class<?>> remembered = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ServiceLoader.load(ProcessEngineProvider.class, loader).stream().map(ServiceLoader.Provider::type)
                    .forEach(remembered::add);
        }
        List<Class<?>> direct = new ArrayList<>();
        ServiceLoader.load(ProcessEngineProvider.class, getClass().getClassLoader()).stream()
                .map(ServiceLoader.Provider::type).forEach(direct::add);

        assertThat(direct).isNotEmpty();
        assertThat(remembered).hasSize(3 * direct.size()).isSubsetOf(direct);
    }

    @Test
    void otherResourcesAreAskedForEveryTime() throws IOException {
        Counting parent = new Counting();
        RememberingClassLoader loader = new RememberingClassLoader(parent);
        assertThat(Collections.list(loader.getResources("application.yml"))).isNotEmpty();
        assertThat(Collections.list(loader.getResources("application.yml"))).isNotEmpty();
        assertThat(parent.asked).hasValue(2);
    }

    private static List<String> contents(Enumeration<URL> urls) throws IOException {
        List<String> contents = new ArrayList<>();
        for (URL url : Collections.list(urls)) {
            try (InputStream in = url.openStream()) {
                contents.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return contents;
    }
}
