package vn.thidua.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

import jakarta.servlet.Filter;

/**
 * Camunda's REST API finds its process engine through {@link java.util.ServiceLoader} every time it builds a resource,
 * that is on every call ({@code EngineUtil.lookupProcessEngine}, also in its authentication filter): it asks the
 * thread's context class loader for every {@code META-INF/services/…ProcessEngineProvider} on the class path and reads
 * each one anew, past the JAR cache. That was about 5 % of the application's CPU in the deadline hour
 * (docs/performance.md). While a request to the REST API or the webapps runs, the context class loader is one that
 * remembers the service files it has been asked for, with their content; everything else it leaves to the class loader
 * it wraps. Service files do not change while the application runs.
 */
@Configuration(proxyBeanMethods = false)
class ServiceFilesCache {

    private final Map<ClassLoader, RememberingClassLoader> loaders = new ConcurrentHashMap<>();

    @Bean
    FilterRegistrationBean<Filter> serviceFilesCacheFilter(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        Filter filter = (request, response, chain) -> {
            Thread thread = Thread.currentThread();
            ClassLoader original = thread.getContextClassLoader();
            if (original == null || original instanceof RememberingClassLoader) {
                chain.doFilter(request, response);
                return;
            }
            thread.setContextClassLoader(loaders.computeIfAbsent(original, RememberingClassLoader::new));
            try {
                chain.doFilter(request, response);
            } finally {
                thread.setContextClassLoader(original);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("service-files-cache");
        registration.addUrlPatterns("/engine-rest/*", applicationPath.replaceAll("/+$", "") + "/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Remembers the service files of the class loader it wraps; loads nothing itself. */
    static final class RememberingClassLoader extends ClassLoader {

        private static final String SERVICES = "META-INF/services/";

        static {
            registerAsParallelCapable();
        }

        private final Map<String, List<URL>> services = new ConcurrentHashMap<>();

        RememberingClassLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(SERVICES)) {
                return super.getResources(name);
            }
            try {
                return Collections.enumeration(services.computeIfAbsent(name, this::remember));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private List<URL> remember(String name) {
            try {
                List<URL> copies = new ArrayList<>();
                for (URL url : Collections.list(getParent().getResources(name))) {
                    byte[] content;
                    try (InputStream in = url.openStream()) {
                        content = in.readAllBytes();
                    }
                    copies.add(new URL(null, "remembered:" + url, new InMemory(content)));
                }
                return List.copyOf(copies);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** A URL's content held in memory. */
    private static final class InMemory extends URLStreamHandler {

        private final byte[] content;

        InMemory(byte[] content) {
            this.content = content;
        }

        @Override
        protected URLConnection openConnection(URL url) {
            return new URLConnection(url) {
                @Override
                public void connect() {
                    connected = true;
                }

                @Override
                public InputStream getInputStream() {
                    return new ByteArrayInputStream(content);
                }
            };
        }
    }
}
