package vn.thidua.text;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's {@code messageSource} is {@link Messages}' source, so that pages, mails and code read the same bundles.
 * Web slice tests import it too ({@code META-INF/spring/…AutoConfigureWebMvc.imports} of the tests).
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

    @Bean
    MessageSource messageSource() {
        return Messages.source();
    }
}
