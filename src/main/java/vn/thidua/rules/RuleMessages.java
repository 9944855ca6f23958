package vn.thidua.rules;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The Vietnamese messages the rule book composes in Java ({@code i18n/rules_vi.properties}). */
final class RuleMessages {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private RuleMessages() {
    }

    static String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return BUNDLE.getMessage(key, texts, VI);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/rules");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
