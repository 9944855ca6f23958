package vn.thidua.problem;

/**
 * One problem in a piece of user input: where it is and what is wrong, in Vietnamese.
 *
 * @param line    1-based line of the file (the header is line 1), or 0 when the input is not a file
 * @param column  1-based column, or 0 when the problem concerns the whole line
 * @param field   name of the column or JSON field, or null
 * @param message what is wrong, in Vietnamese, for the person who typed it
 */
public record InputError(int line, int column, String field, String message) {
}
