package vn.thidua.mail;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

import vn.thidua.text.VietnameseNumbersDialect;

/**
 * Renders a mail from files only, so adding a mail means adding files:
 * <ul>
 * <li>{@code templates/mail/{name}.html} – the HTML body (a fragment; {@code _layout.html} wraps it in the page
 * with the styling and the footer),</li>
 * <li>{@code templates/mail/{name}.txt} – the plain-text body (Thymeleaf TEXT mode, {@code [(${key})]};
 * {@code _layout.txt} adds the footer),</li>
 * <li>{@code mail.{name}.subject} in {@code i18n/mail_vi.properties} – the subject, itself a Thymeleaf TEXT
 * template (not MessageFormat), so it names model keys like the bodies do:
 * {@code Nhắc hạn: [(${reportTitle})] – [(${unitName})]}.</li>
 * </ul>
 * Every template sees the mail's model plus {@code recipientName} (defaults to the recipient's name) and
 * {@code baseUrl}; a {@code taskUrl} starting with {@code /} is made absolute with it ({@link MailBaseUrl}).
 * Missing templates or subject keys fail loudly, at queue time, in the caller's transaction.
 * <p>
 * This engine is private to mail: it is not a bean, so Spring Boot's engine for web pages stays as it is.
 */
@Component
class MailTemplates {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final String TEMPLATE_DIR = "templates/mail/";

    private final TemplateEngine bodies;
    private final TemplateEngine subjects;
    private final MessageSource messages;
    private final MailBaseUrl baseUrl;

    MailTemplates(MessageSource messages, MailBaseUrl baseUrl) {
        this.messages = messages;
        this.baseUrl = baseUrl;

        SpringTemplateEngine bodyEngine = new SpringTemplateEngine();
        bodyEngine.setTemplateEngineMessageSource(messages);
        bodyEngine.addDialect(new VietnameseNumbersDialect());
        bodyEngine.addTemplateResolver(fileResolver(TemplateMode.HTML, "*.html", 1));
        bodyEngine.addTemplateResolver(fileResolver(TemplateMode.TEXT, "*.txt", 2));
        this.bodies = bodyEngine;

        SpringTemplateEngine subjectEngine = new SpringTemplateEngine();
        subjectEngine.setTemplateEngineMessageSource(messages);
        subjectEngine.addDialect(new VietnameseNumbersDialect());
        StringTemplateResolver subjectResolver = new StringTemplateResolver();
        subjectResolver.setTemplateMode(TemplateMode.TEXT);
        subjectResolver.setCacheable(true);
        subjectEngine.setTemplateResolver(subjectResolver);
        this.subjects = subjectEngine;
    }

    private static ClassLoaderTemplateResolver fileResolver(TemplateMode mode, String pattern, int order) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix(TEMPLATE_DIR);
        resolver.setTemplateMode(mode);
        resolver.getResolvablePatternSpec().addPattern(pattern);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        resolver.setOrder(order);
        return resolver;
    }

    /** Renders subject, HTML and text of the mail. */
    public RenderedMail render(OutboxMail mail) {
        Map<String, Object> variables = new HashMap<>(mail.model());
        variables.putIfAbsent("recipientName", mail.toName());
        String base = baseUrl.get();
        variables.put("baseUrl", base);
        if (variables.get("taskUrl") instanceof String url && url.startsWith("/")) {
            variables.put("taskUrl", base + url);
        }

        String subjectTemplate = messages.getMessage("mail." + mail.template() + ".subject", null, VIETNAMESE);
        String subject = subjects.process(subjectTemplate, new Context(VIETNAMESE, variables))
                .strip().replaceAll("\\s+", " ");
        variables.put("subject", subject);

        variables.put("mailBody", mail.template() + ".html");
        String html = bodies.process("_layout.html", new Context(VIETNAMESE, variables));
        variables.put("mailBody", mail.template() + ".txt");
        String text = bodies.process("_layout.txt", new Context(VIETNAMESE, variables)).strip() + "\n";
        return new RenderedMail(subject, html, text);
    }
}
