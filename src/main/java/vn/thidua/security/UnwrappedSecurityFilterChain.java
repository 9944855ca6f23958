package vn.thidua.security;

import java.util.List;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.ConstructorArgumentValues.ValueHolder;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * Spring Security 6.5, whenever Spring MVC is present, wraps its filter chain in a filter that runs Spring MVC's
 * handler lookup for every request ({@code HandlerMappingIntrospector}'s cache filter), so that
 * {@code MvcRequestMatcher} and CORS may reuse the result. Our rules use {@code PathPatternRequestMatcher} only and
 * CORS is off: nothing reads the result, and the lookup walks every controller mapping on each engine REST call,
 * which Spring MVC never serves (5 % of the JVM in the deadline hour's profile). Spring Security 7 no longer adds
 * that wrapper; on 6.5 this takes it off again, keeping the chain it wraps (with the filter that parses a request's
 * path once for the path pattern matchers), and does nothing where the wrapper is absent or shaped otherwise.
 */
final class UnwrappedSecurityFilterChain implements BeanFactoryPostProcessor {

    static final String WRAPPER = "org.springframework.security.config.annotation.web.configuration."
            + "WebMvcSecurityConfiguration$CompositeFilterChainProxy";
    static final String CHAIN = AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME;

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        if (!(beanFactory instanceof BeanDefinitionRegistry registry) || !registry.containsBeanDefinition(CHAIN)) {
            return;
        }
        BeanDefinition wrapper = registry.getBeanDefinition(CHAIN);
        if (!WRAPPER.equals(wrapper.getBeanClassName())) {
            return;
        }
        ValueHolder filters = wrapper.getConstructorArgumentValues().getIndexedArgumentValue(0, List.class);
        if (filters != null && filters.getValue() instanceof List<?> list && list.size() == 2
                && list.get(1) instanceof BeanDefinition chain) {
            registry.removeBeanDefinition(CHAIN);
            registry.registerBeanDefinition(CHAIN, chain);
        }
    }
}
