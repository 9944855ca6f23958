package vn.thidua.web;

import java.util.List;

/** Input rejected as a whole; rendered as a 400 problem detail listing every error. */
public class InvalidInputException extends RuntimeException {

    private final List<InputError> errors;

    public InvalidInputException(String detail, List<InputError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
