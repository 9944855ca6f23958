package vn.thidua.web;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The Vietnamese texts of our API's problem details ({@code i18n/problems_vi.properties}). */
final class ApiMessages {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ResourceBundleMessageSource BUNDLE = bundle();

    private ApiMessages() {
    }

    static String get(String key, Object... args) {
        Object[] texts = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            texts[i] = String.valueOf(args[i]);
        }
        return BUNDLE.getMessage(key, texts, VI);
    }

    /** The title of a status: what kind of problem it is. */
    static String title(int status) {
        return get(switch (status) {
            case 400 -> "problem.title.badRequest";
            case 401 -> "problem.title.unauthorized";
            case 403 -> "problem.title.forbidden";
            case 404 -> "problem.title.notFound";
            case 405 -> "problem.title.methodNotAllowed";
            case 406 -> "problem.title.notAcceptable";
            case 413 -> "problem.title.tooLarge";
            case 415 -> "problem.title.unsupportedMediaType";
            default -> status >= 500 ? "problem.title.serverError" : "problem.title.other";
        });
    }

    /** What a status says when nothing more precise is known. */
    static String detail(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 413, 415 -> get("problem.status." + status);
            default -> get(status >= 500 ? "problem.status.5xx" : "problem.status.4xx");
        };
    }

    private static ResourceBundleMessageSource bundle() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("i18n/problems");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
