package vn.thidua.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Nothing but the login page is reachable without signing in: Camunda's REST API and ours both require it. Every
 * password check goes through Camunda's IdentityService, so its login throttling applies to all of them; Cockpit's
 * and Admin's APIs answer administrators only. Each webapp page gets a script nonce of its own.
 */
@Configuration
public class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", HttpBasicAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ApiAuthenticationFilter> apiAuthentication(IdentityService identityService,
                                                                      ProcessEngine processEngine,
                                                                      MessageSource messages) {
        FilterRegistrationBean<ApiAuthenticationFilter> registration = new FilterRegistrationBean<>(
                new ApiAuthenticationFilter(identityService, processEngine.getName(), messages));
        registration.setName("api-authentication");
        registration.addUrlPatterns("/api/*", "/admin/*", "/reports/*", "/dossiers/*", "/campaigns/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<WebappApplicationFilter> webappApplications(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath, MessageSource messages) {
        FilterRegistrationBean<WebappApplicationFilter> registration =
                new FilterRegistrationBean<>(new WebappApplicationFilter(applicationPath, messages));
        registration.setName("webapp-applications");
        String path = webappRoot(applicationPath);
        registration.addUrlPatterns(path + "/api/cockpit/*", path + "/api/admin/*");
        return registration;
    }

    /** Ahead of Camunda's filters: the one that writes the index page does not pass the request on. */
    @Bean
    FilterRegistrationBean<IndexPageNonceFilter> indexPageNonce(
            @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        FilterRegistrationBean<IndexPageNonceFilter> registration = new FilterRegistrationBean<>(new IndexPageNonceFilter());
        registration.setName("index-page-nonce");
        registration.addUrlPatterns(webappRoot(applicationPath) + "/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** {@code camunda.bpm.webapp.application-path} without its trailing slash, ready to prefix a URL pattern. */
    private static String webappRoot(String applicationPath) {
        return applicationPath.replaceAll("/+$", "");
    }
}
