package vn.thidua.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The FEEL our forms' {@code conditional.hide} expressions use, evaluated on the server: names, string, number,
 * boolean and null literals, {@code = != < <= > >=}, {@code and}, {@code or}, {@code not(…)} and parentheses.
 * Comparing null follows FEEL: {@code x = null} is true when x has no value, {@code null != "a"} is true, an
 * ordering comparison with null is null. Anything else (a function call, a path, arithmetic) is not evaluated:
 * {@link #evaluate} answers null, "cannot tell".
 */
final class FeelCondition {

    private static final Pattern TOKEN = Pattern.compile(
            "\\s*(?:(\"(?:[^\"\\\\]|\\\\.)*\")|(-?\\d+(?:\\.\\d+)?)|(!=|<=|>=|=|<|>|\\(|\\))|([A-Za-z_][A-Za-z0-9_]*))");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final List<String> tokens;
    private final Function<String, Object> values;
    private int next;

    private FeelCondition(List<String> tokens, Function<String, Object> values) {
        this.tokens = tokens;
        this.values = values;
    }

    static boolean isName(String text) {
        return NAME.matcher(text).matches() && !List.of("and", "or", "not", "true", "false", "null").contains(text);
    }

    /** The condition's value: true, false, or null when it is null or outside the subset we evaluate. */
    static Boolean evaluate(String expression, Function<String, Object> values) {
        String text = expression.trim();
        if (text.startsWith("=")) {
            text = text.substring(1);
        }
        List<String> tokens = tokenize(text);
        if (tokens == null || tokens.isEmpty()) {
            return null;
        }
        try {
            FeelCondition condition = new FeelCondition(tokens, values);
            Object result = condition.disjunction();
            if (condition.next != tokens.size()) {
                return null;
            }
            return result instanceof Boolean b ? b : null;
        } catch (Unsupported e) {
            return null;
        }
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        int at = 0;
        while (at < text.length()) {
            if (text.substring(at).isBlank()) {
                break;
            }
            if (!matcher.find(at) || matcher.start() != at) {
                return null;
            }
            tokens.add(matcher.group().trim());
            at = matcher.end();
        }
        return tokens;
    }

    private Object disjunction() {
        Object left = conjunction();
        while (peek("or")) {
            next++;
            Object right = conjunction();
            left = Boolean.TRUE.equals(left) || Boolean.TRUE.equals(right) ? Boolean.TRUE
                    : Boolean.FALSE.equals(left) && Boolean.FALSE.equals(right) ? Boolean.FALSE : null;
        }
        return left;
    }

    private Object conjunction() {
        Object left = comparison();
        while (peek("and")) {
            next++;
            Object right = comparison();
            left = Boolean.FALSE.equals(left) || Boolean.FALSE.equals(right) ? Boolean.FALSE
                    : Boolean.TRUE.equals(left) && Boolean.TRUE.equals(right) ? Boolean.TRUE : null;
        }
        return left;
    }

    private Object comparison() {
        Object left = operand();
        if (next < tokens.size() && List.of("=", "!=", "<", "<=", ">", ">=").contains(tokens.get(next))) {
            String operator = tokens.get(next++);
            Object right = operand();
            return compare(operator, left, right);
        }
        return left;
    }

    private Object operand() {
        if (next >= tokens.size()) {
            throw new Unsupported();
        }
        String token = tokens.get(next++);
        if (token.equals("(")) {
            Object inner = disjunction();
            expect(")");
            return inner;
        }
        if (token.equals("not") && peek("(")) {
            next++;
            Object inner = disjunction();
            expect(")");
            return inner instanceof Boolean b ? !b : null;
        }
        if (token.startsWith("\"")) {
            return token.substring(1, token.length() - 1).replaceAll("\\\\(.)", "$1");
        }
        if (Character.isDigit(token.charAt(0)) || token.charAt(0) == '-') {
            return new BigDecimal(token);
        }
        switch (token) {
            case "true":
                return Boolean.TRUE;
            case "false":
                return Boolean.FALSE;
            case "null":
                return null;
            default:
                if (!isName(token) || peek("(")) {
                    throw new Unsupported();
                }
                return normalize(values.apply(token));
        }
    }

    private static Object normalize(Object value) {
        if (value instanceof Number n) {
            return FormRules.number(n);
        }
        return value;
    }

    private static Object compare(String operator, Object left, Object right) {
        if (operator.equals("=") || operator.equals("!=")) {
            boolean equal = left instanceof BigDecimal a && right instanceof BigDecimal b ? a.compareTo(b) == 0
                    : Objects.equals(left, right);
            return operator.equals("=") == equal;
        }
        if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
            int order = a.compareTo(b);
            return switch (operator) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0;
            };
        }
        if (left == null || right == null) {
            return null;
        }
        throw new Unsupported();
    }

    private boolean peek(String token) {
        return next < tokens.size() && tokens.get(next).equals(token);
    }

    private void expect(String token) {
        if (!peek(token)) {
            throw new Unsupported();
        }
        next++;
    }

    /** The expression leaves the subset we evaluate. */
    private static final class Unsupported extends RuntimeException {
        Unsupported() {
            super(null, null, false, false);
        }
    }
}
