package vn.thidua.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.text.Messages;
import vn.thidua.text.VietnameseNumbers;
import vn.thidua.problem.InvalidInputException;

/**
 * Every rule a form of processes/forms/ states, checked again on the server against what was submitted: required,
 * min and max (a number or a {@code =variable}), minLength and maxLength, pattern, and for numbers, choices and
 * dates that the value is one. The messages ({@code i18n/formrules_vi.properties}) say what the form says, in the
 * same words, naming the field by its label, because a REST caller sees no field to point at.
 *
 * <p>Fields hidden by their FEEL {@code conditional.hide} (or a hidden group's) are skipped, as form-js skips and
 * clears them. Our forms' conditions are comparisons of a variable with a literal joined by {@code and}/{@code or};
 * {@link FeelCondition} evaluates that subset. A condition outside it counts as "maybe hidden": the field's other
 * rules still hold for a value that was submitted, but it is not required. FormDefinitionsTest keeps every condition
 * of our forms inside the subset.
 */
@Component
class FormRules {

    private final FormVariableUse forms;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, List<Field>> fields = new ConcurrentHashMap<>();

    FormRules(FormVariableUse forms) {
        this.forms = forms;
    }

    /** A field of a form with what it requires; {@code hide} holds its own and its groups' hide conditions. */
    record Field(String key, String label, String type, JsonNode validate, List<String> hide, List<String> options,
                 Integer decimalDigits, String subtype) {
    }

    /** Whether we know the form (a file of processes/forms/). */
    public boolean knows(String formId) {
        return formId != null && forms.definition(formId) != null;
    }

    /**
     * What is wrong with the submitted values, one Vietnamese sentence per problem, in the form's order; empty when
     * the form has no rule they break or is not ours.
     *
     * @param values a variable's value by name: what was submitted, over what the process holds
     */
    public List<String> problems(String formId, Function<String, Object> values) {
        return problems(formId, values, true);
    }

    /**
     * @param required whether a field the form requires must have a value; false checks only the values given
     */
    List<String> problems(String formId, Function<String, Object> values, boolean required) {
        List<String> problems = new ArrayList<>();
        Set<String> invalid = new HashSet<>();
        for (Field field : fieldsOf(formId)) {
            Boolean hidden = hidden(field, values);
            if (Boolean.TRUE.equals(hidden)) {
                continue;
            }
            String problem = problem(field, values.apply(field.key()), hidden == null || !required, values, invalid);
            if (problem != null) {
                problems.add(problem);
                invalid.add(field.key());
            }
        }
        return problems;
    }

    /** Refuses the values with every problem, or returns when they keep every rule of the form. */
    public void check(String formId, Function<String, Object> values) {
        check(formId, values, true);
    }

    /** {@link #check(String, Function)}, with or without the form's required fields. */
    void check(String formId, Function<String, Object> values, boolean required) {
        List<String> problems = problems(formId, values, required);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(String.join(" ", problems));
        }
    }

    List<Field> fieldsOf(String formId) {
        if (!knows(formId)) {
            return List.of();
        }
        return fields.computeIfAbsent(formId, id -> {
            try {
                List<Field> found = new ArrayList<>();
                collect(json.readTree(forms.definition(id)).path("components"), List.of(), found);
                return List.copyOf(found);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Form " + id + " is no form-js JSON", e);
            }
        });
    }

    private static void collect(JsonNode components, List<String> hide, List<Field> found) {
        for (JsonNode component : components) {
            List<String> conditions = hide;
            String condition = component.path("conditional").path("hide").asText(null);
            if (condition != null && !condition.isBlank()) {
                conditions = new ArrayList<>(hide);
                conditions.add(condition);
            }
            String key = component.path("key").asText(null);
            boolean inactive = component.path("disabled").asBoolean(false) || component.path("readonly").asBoolean(false);
            if (key != null && !inactive) {
                List<String> options = new ArrayList<>();
                component.path("values").forEach(option -> options.add(option.path("value").asText()));
                found.add(new Field(key, component.path("label").asText(component.path("dateLabel").asText(key)),
                        component.path("type").asText(),
                        component.path("validate"), List.copyOf(conditions), List.copyOf(options),
                        component.has("decimalDigits") ? component.path("decimalDigits").asInt() : null,
                        component.path("subtype").asText(null)));
            }
            collect(component.path("components"), conditions, found);
        }
    }

    /** True: hidden; false: shown; null: a condition we cannot evaluate. */
    private static Boolean hidden(Field field, Function<String, Object> values) {
        boolean unknown = false;
        for (String condition : field.hide()) {
            Boolean hide = FeelCondition.evaluate(condition, values);
            if (Boolean.TRUE.equals(hide)) {
                return true;
            }
            unknown |= hide == null;
        }
        return unknown ? null : false;
    }

    private static String problem(Field field, Object value, boolean maybeHidden, Function<String, Object> values,
                                  Set<String> invalid) {
        JsonNode validate = field.validate();
        boolean empty = value == null || (value instanceof String s && s.isEmpty());
        if (validate.path("required").asBoolean(false) && !maybeHidden
                && (empty || ("checkbox".equals(field.type()) && Boolean.FALSE.equals(value)))) {
            return message("formrules.required", field);
        }
        if (empty) {
            return null;
        }
        if ("number".equals(field.type())) {
            BigDecimal number = number(value);
            if (number == null) {
                return message("formrules.number", field);
            }
            if (field.decimalDigits() != null && number.stripTrailingZeros().scale() > field.decimalDigits()) {
                return field.decimalDigits() == 0 ? message("formrules.integer", field)
                        : message("formrules.decimalDigits", field, field.decimalDigits());
            }
            BigDecimal min = bound(validate.get("min"), values, invalid);
            if (min != null && number.compareTo(min) < 0) {
                return message("formrules.min", field, VietnameseNumbers.decimal(min, 2));
            }
            BigDecimal max = bound(validate.get("max"), values, invalid);
            if (max != null && number.compareTo(max) > 0) {
                return message("formrules.max", field, VietnameseNumbers.decimal(max, 2));
            }
            return null;
        }
        if (!field.options().isEmpty() && !field.options().contains(value.toString())) {
            return message("formrules.option", field);
        }
        if ("datetime".equals(field.type()) && "date".equals(field.subtype())
                && DeadlineCalendar.parseDay(value) == null) {
            return message("formrules.date", field);
        }
        if (value instanceof String text) {
            if (validate.has("minLength") && text.trim().length() < validate.path("minLength").asInt()) {
                return message("formrules.minLength", field, validate.path("minLength").asInt());
            }
            if (validate.has("maxLength") && text.length() > validate.path("maxLength").asInt()) {
                return message("formrules.maxLength", field, VietnameseNumbers.integer(
                        validate.path("maxLength").asInt()), text.length());
            }
            if (validate.hasNonNull("pattern") && !matches(validate.path("pattern").asText(), text)) {
                // The form's own sentence for its pattern, the one Tasklist shows, when it has one.
                if (!validate.hasNonNull("patternErrorMessage")) {
                    return message("formrules.pattern", field);
                }
                String sentence = validate.path("patternErrorMessage").asText();
                return sentence.startsWith(field.label()) ? sentence : field.label() + ": " + sentence;
            }
        }
        return null;
    }

    private static boolean matches(String pattern, String text) {
        try {
            // form-js tests the pattern as JavaScript's RegExp.test does: anywhere in the text, unless anchored.
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("A form's pattern is no valid regular expression: " + pattern, e);
        }
    }

    /** A bound: a number, or {@code =variable} naming a number (skipped when that field is itself wrong). */
    private static BigDecimal bound(JsonNode bound, Function<String, Object> values, Set<String> invalid) {
        if (bound == null || bound.isNull()) {
            return null;
        }
        if (bound.isNumber()) {
            return bound.decimalValue();
        }
        String text = bound.asText().trim();
        if (text.startsWith("=")) {
            String name = text.substring(1).trim();
            if (!FeelCondition.isName(name) || invalid.contains(name)) {
                return null;
            }
            Object value = values.apply(name);
            return value == null ? null : number(value);
        }
        return number(text);
    }

    static BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number n) {
            return n instanceof Double || n instanceof Float ? BigDecimal.valueOf(n.doubleValue())
                    : new BigDecimal(n.toString());
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String message(String key, Field field, Object... args) {
        Object[] texts = new Object[args.length + 1];
        texts[0] = field.label();
        System.arraycopy(args, 0, texts, 1, args.length);
        return Messages.get(key, texts);
    }
}
