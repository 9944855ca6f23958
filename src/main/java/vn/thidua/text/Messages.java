package vn.thidua.text;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every sentence a user reads that is not in a template: the bundles of {@code src/main/resources/i18n/}, in one
 * message source. Spring uses this same source as its {@code messageSource} (pages, mails, {@code #{...}} in
 * templates, see {@link MessagesConfiguration}); code that has no bean at hand (records, exceptions, parsers) calls
 * {@link #get}. A new bundle is added to {@link #BASENAMES}.
 */
public final class Messages {

    /** The language of every message: the product speaks Vietnamese, whatever the browser asks for. */
    public static final Locale VI = Locale.forLanguageTag("vi");

    static final String[] BASENAMES = {
            "i18n/common", "i18n/mail", "i18n/rules", "i18n/decision", "i18n/dossier", "i18n/account",
            "i18n/overview", "i18n/problems", "i18n/days", "i18n/formrules", "i18n/csv", "i18n/demo", "i18n/outbox",
            "i18n/report", "i18n/deadline", "i18n/org", "i18n/campaign", "i18n/registration", "i18n/round", "i18n/model", "i18n/bloc"};

    private static final ResourceBundleMessageSource SOURCE = newSource();

    private Messages() {
    }

    /**
     * The message of a key with its arguments, each passed as text (MessageFormat would write the year 2027 as
     * "2,027"); a number meant for reading is formatted by the caller with {@link VietnameseNumbers}.
     */
    public static String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return SOURCE.getMessage(key, texts, VI);
    }

    /** The one message source, for Spring. */
    static MessageSource source() {
        return SOURCE;
    }

    private static ResourceBundleMessageSource newSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(BASENAMES);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
