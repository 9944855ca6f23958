package vn.thidua.dossier;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The Vietnamese sentences the dossier composes in Java ({@code i18n/dossier_vi.properties}). */
public final class DossierMessages {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private DossierMessages() {
    }

    /** The sentence of {@code key}; arguments are shown as they print, never as locale-formatted numbers. */
    public static String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return BUNDLE.getMessage(key, texts, VI);
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/dossier");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
