package vn.thidua.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Spring Security in front of every route, closed by default: a route is authenticated unless it is declared public
 * below. Passwords are checked by Camunda's IdentityService (its login throttling holds for every way in).
 * <ul>
 * <li>Camunda's webapps ({@code /camunda/**}): what they need before signing in is public, everything else needs
 * their sign-in; Cockpit's and Admin's own APIs answer only a sign-in that carries that application (Camunda's
 * APPLICATION authorization, granted to camunda-admin). Their CSRF protection and headers are their own.</li>
 * <li>REST, ours ({@code /api/**}) and Camunda's ({@code /engine-rest/**}): HTTP Basic on every call, no session,
 * hence no CSRF token.</li>
 * <li>Our pages, everything else: the Camunda webapps' sign-in (whoever is signed in to Tasklist, or signed in on
 * our sign-in page, which uses the same login), or HTTP Basic for scripts; forms that change something carry a CSRF
 * token.</li>
 * </ul>
 * Nothing is kept in a session of Spring's: the session is the webapps'. Each webapp page gets a script nonce of its
 * own.
 */
@Configuration
public class SecurityConfiguration {

    /**
     * Public pages of ours: the password page a mail links to, the mails' task links (redirects to Tasklist) and the
     * sign-in page.
     */
    static final String PASSWORD_PAGE = "/account/password";
    static final String TASK_LINKS = "/task-links/**";
    static final String SIGN_IN_PAGE = "/sign-in";
    /** The city's honoured exemplary models, for everyone: only what the deciding level approved to publish. */
    static final String PUBLIC_MODELS = "/public/models";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    private final String webapp;
    private final String engineName;
    private final IdentityService identityService;

    SecurityConfiguration(@Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath,
                          ProcessEngine processEngine, IdentityService identityService) {
        this.webapp = webappRoot(applicationPath);
        this.engineName = processEngine.getName();
        this.identityService = identityService;
    }

    /** Spring Security's filter chain without Spring MVC's handler lookup before every request. */
    @Bean
    static BeanFactoryPostProcessor unwrappedSecurityFilterChain() {
        return new UnwrappedSecurityFilterChain();
    }

    @Bean
    WebappAddresses webappAddresses() {
        return new WebappAddresses(webapp, engineName);
    }

    /** Where the sign-in page may send a browser: our pages, not the webapps, the APIs or itself. */
    @Bean
    NextPage nextPage() {
        return new NextPage(List.of(webapp, "/api", "/engine-rest", SIGN_IN_PAGE));
    }

    @Bean
    CamundaPasswords camundaPasswords() {
        return new CamundaPasswords(identityService);
    }

    @Bean
    SecurityProblems securityProblems(MessageSource messages) {
        return new SecurityProblems(messages, new OrRequestMatcher(
                PATHS.matcher(webapp + "/api/cockpit/**"), PATHS.matcher(webapp + "/api/admin/**")));
    }

    /**
     * Camunda's webapps. Public: their pages and files (each page's script asks for the sign-in; Camunda refuses a
     * signed-in user the page of an application not granted), and the calls their sign-in page makes, as in Camunda's
     * own securityFilterRules.json: the engine list, the password policy, signing in and out, the current user, the
     * first administrator's setup, the plugins' static files. Every other call of their API needs the sign-in.
     */
    @Bean
    @Order(1)
    SecurityFilterChain webapps(HttpSecurity http, SecurityProblems problems) throws Exception {
        String api = webapp + "/api";
        basics(http)
                .securityMatcher(PATHS.matcher(webapp + "/**"))
                // The webapps' own CsrfPreventionFilter and header filter (CSP with nonces) do this.
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.disable())
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.webapps())
                        .accessDeniedHandler(problems))
                .addFilterBefore(new WebappSessionFilter(engineName, identityService, false),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, api + "/engine/engine/")).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, api + "/*/plugin/*/static/**")).permitAll()
                        .requestMatchers(PATHS.matcher(api + "/engine/engine/*/identity/password-policy")).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, api + "/admin/auth/user/*")).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, api + "/admin/auth/user/*/logout")).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, api + "/admin/auth/user/*/login/*")).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, api + "/admin/setup/*/user/create")).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, api + "/admin/plugin/license/*/check-key"))
                        .permitAll()
                        .requestMatchers(PATHS.matcher(api + "/cockpit/**"))
                        .hasAuthority(SignedInAuthentication.app("cockpit"))
                        .requestMatchers(PATHS.matcher(api + "/admin/**"))
                        .hasAuthority(SignedInAuthentication.app("admin"))
                        .requestMatchers(PATHS.matcher(api + "/**")).authenticated()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, webapp),
                                PATHS.matcher(HttpMethod.GET, webapp + "/"),
                                PATHS.matcher(HttpMethod.GET, webapp + "/index.html"),
                                PATHS.matcher(HttpMethod.GET, webapp + "/favicon.ico"),
                                PATHS.matcher(HttpMethod.GET, webapp + "/error-*-page.html"),
                                PATHS.matcher(webapp + "/app/**"), PATHS.matcher(HttpMethod.GET, webapp + "/assets/**"),
                                PATHS.matcher(HttpMethod.GET, webapp + "/lib/**")).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /** Our REST API and Camunda's: HTTP Basic on every call. */
    @Bean
    @Order(2)
    SecurityFilterChain restApis(HttpSecurity http, SecurityProblems problems, CamundaPasswords passwords)
            throws Exception {
        basics(http)
                .securityMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/engine-rest/**")))
                .authenticationManager(manager(passwords))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // No session, no browser's cookie: nothing a forged request could ride on.
                .csrf(csrf -> csrf.disable())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems.api()))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.api())
                        .accessDeniedHandler(problems))
                // Camunda's REST API sets the engine's user itself (engineRestAuthentication).
                .addFilterAfter(new EngineIdentityFilter(identityService, PATHS.matcher("/engine-rest/**")),
                        AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /**
     * Our pages. Public: the index (a redirect to the webapps), the password page a mail links to (the single-use
     * token in its link is its key, and the form sends it back, so it needs no CSRF token either), the task links
     * of mails (a redirect to Tasklist, which asks for the sign-in itself) and the sign-in page, where a browser that
     * is not signed in is sent (it signs in through the webapps' own login, then comes back), and the public page of
     * honoured exemplary models.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, SecurityProblems problems, CamundaPasswords passwords,
                              NextPage nextPage) throws Exception {
        AuthenticationEntryPoint signIn = problems.pages(SIGN_IN_PAGE, nextPage);
        basics(http)
                .authenticationManager(manager(passwords))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::formOfASignedInBrowser))
                .httpBasic(basic -> basic.authenticationEntryPoint(signIn))
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signIn)
                        .accessDeniedHandler(problems))
                .addFilterAfter(new WebappSessionFilter(engineName, identityService, true),
                        BasicAuthenticationFilter.class)
                .addFilterAfter(new EngineIdentityFilter(identityService, request -> false), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/"),
                                PATHS.matcher(HttpMethod.GET, "/favicon.ico"),
                                PATHS.matcher(PASSWORD_PAGE), PATHS.matcher(HttpMethod.GET, TASK_LINKS),
                                PATHS.matcher(HttpMethod.GET, SIGN_IN_PAGE),
                                PATHS.matcher(HttpMethod.GET, PUBLIC_MODELS)).permitAll()
                        .anyRequest().authenticated());
        return http.build();
    }

    /** What every chain shares: no security context, saved request or logout of Spring's own in the session. */
    private static HttpSecurity basics(HttpSecurity http) throws Exception {
        return http.securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable());
    }

    private static AuthenticationManager manager(CamundaPasswords passwords) {
        return new ProviderManager(passwords);
    }

    /**
     * A request needs the CSRF token when it may change something, comes from a browser's session (no HTTP Basic
     * header, which a forged cross-site request cannot carry), and is not the password page.
     */
    private static boolean formOfASignedInBrowser(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method)) {
            return false;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        return !basic && !PATHS.matcher(PASSWORD_PAGE).matches(request);
    }

    /**
     * Camunda's REST API learns the user Spring Security authenticated (the request's principal) and works under
     * that user's identity, groups and tenants in the engine the URL names.
     */
    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("engine-rest-authentication");
        registration.addInitParameter("authentication-provider", ContainerBasedAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** Ahead of Camunda's filters: the one that writes the index page does not pass the request on. */
    @Bean
    FilterRegistrationBean<IndexPageNonceFilter> indexPageNonce() {
        FilterRegistrationBean<IndexPageNonceFilter> registration = new FilterRegistrationBean<>(new IndexPageNonceFilter());
        registration.setName("index-page-nonce");
        registration.addUrlPatterns(webapp + "/app/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** {@code camunda.bpm.webapp.application-path} without its trailing slash, ready to prefix a URL pattern. */
    private static String webappRoot(String applicationPath) {
        return applicationPath.replaceAll("/+$", "");
    }
}
