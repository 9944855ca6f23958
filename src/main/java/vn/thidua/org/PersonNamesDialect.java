package vn.thidua.org;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #people} in our pages: {@code ${#people.fullName(a.uploadedBy())}} shows the person behind a stored
 * username by their full name ("Mai Thị Hoa", not "leloicanbo"); an administrator's account name stays as it is.
 */
@Component
class PersonNamesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "people";

    private final OrgDirectory org;

    PersonNamesDialect(OrgDirectory org) {
        super("Person names");
        this.org = org;
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
                return NAME.equals(expressionObjectName) ? new Names(org) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** What {@code #people} offers a template. */
    public static final class Names {

        private final OrgDirectory org;

        Names(OrgDirectory org) {
            this.org = org;
        }

        /** The person's full name, or the username itself when it is none of our people; "" for null. */
        public String fullName(String username) {
            return username == null ? "" : org.fullName(username).orElse(username);
        }
    }
}
