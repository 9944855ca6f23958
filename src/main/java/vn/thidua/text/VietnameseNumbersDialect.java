package vn.thidua.text;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #vn} in every template (pages through Spring Boot, mails through {@code MailTemplates}):
 * {@code ${#vn.integer(total)}}, {@code ${#vn.percent(share, 1)}}.
 */
@Component
public class VietnameseNumbersDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "vn";

    public VietnameseNumbersDialect() {
        super("Vietnamese numbers");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? new Expressions() : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** What {@code #vn} offers a template: {@link VietnameseNumbers}, as instance methods. */
    public static final class Expressions {

        public String integer(Number value) {
            return VietnameseNumbers.integer(value);
        }

        public String decimal(Number value, int maxDecimals) {
            return VietnameseNumbers.decimal(value, maxDecimals);
        }

        public String percent(Number share, int maxDecimals) {
            return VietnameseNumbers.percent(share, maxDecimals);
        }
    }
}
