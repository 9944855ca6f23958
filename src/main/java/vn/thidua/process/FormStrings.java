package vn.thidua.process;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much text a form can carry in one String process variable. Camunda keeps a String variable, and every history
 * row of it, in a column of 4,000 characters ({@code TEXT_}); longer text fails the whole transaction with a database
 * error. What users type is refused above {@link #MAX_CHARS} with a message; what the application writes for a form
 * to show (tables of children, nominations) keeps to {@link #ROOM_FOR_ROWS} and says what it left out.
 */
public final class FormStrings {

    /** The most characters a String process variable holds. */
    public static final int MAX_CHARS = 4_000;

    /** Room for a table's rows, leaving room for the line that names what was left out and for a total. */
    public static final int ROOM_FOR_ROWS = 3_800;

    /**
     * Characters that Markdown or HTML would read as markup inside a line of text: a name such as
     * {@code <script>…</script>} or {@code [x](…)} is shown as typed, not rendered (and then dropped by form-js's
     * sanitizer).
     */
    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>&|~]");

    /**
     * Text people typed (names, reasons) inside a Markdown table cell or line of a form, shown whole and as text:
     * every character Markdown or HTML would read as markup is escaped with a backslash, line breaks become spaces so
     * the table holds; null is empty.
     */
    public static String tableCell(String text) {
        return text == null ? "" : MARKUP.matcher(text.replaceAll("\\s*\\R\\s*", " "))
                .replaceAll(m -> Matcher.quoteReplacement("\\" + m.group()));
    }

    private FormStrings() {
    }
}
