package vn.thidua.report;

import org.camunda.bpm.engine.delegate.VariableScope;

import vn.thidua.process.FormStrings;
import vn.thidua.problem.InvalidInputException;
import vn.thidua.text.Messages;

/** Reads what a form submitted, tolerating how Tasklist and REST clients type values. */
final class FormValues {

    private FormValues() {
    }

    static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    /**
     * Text the user typed, at most {@link FormStrings#MAX_CHARS} characters as submitted (the variable holds no more),
     * or a {@link InvalidInputException} naming the field; {@code null} when blank.
     */
    static String longText(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value != null && value.toString().length() > FormStrings.MAX_CHARS) {
            throw new InvalidInputException(Messages.get("report.field.tooLong", capitalize(label),
                    value.toString().length(), FormStrings.MAX_CHARS));
        }
        return text(scope, name);
    }

    /** A whole number ≥ 0, or a {@link InvalidInputException} naming the field. */
    static Integer count(VariableScope scope, String name, String label) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(Messages.get("report.field.missing", label));
        }
        double number;
        try {
            number = value instanceof Number n ? n.doubleValue() : Double.parseDouble(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Messages.get("report.field.notANumber", capitalize(label), value));
        }
        if (number < 0 || number != Math.rint(number) || number > Integer.MAX_VALUE) {
            throw new InvalidInputException(Messages.get("report.field.notACount", capitalize(label)));
        }
        return (int) number;
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
