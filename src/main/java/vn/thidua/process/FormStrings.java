package vn.thidua.process;

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

    /** Text inside a Markdown table cell of a form: no pipes or line breaks to break the table; null is empty. */
    public static String tableCell(String text) {
        return text == null ? "" : text.replace("|", "/").replaceAll("\\s*\\R\\s*", " ");
    }

    private FormStrings() {
    }
}
