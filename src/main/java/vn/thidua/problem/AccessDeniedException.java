package vn.thidua.problem;

import vn.thidua.text.Messages;

/**
 * The signed-in user may not do this; the message (Vietnamese) says why without revealing other units' data. Our
 * API answers it as a 403 problem detail ({@link ApiProblems}).
 */
public class AccessDeniedException extends RuntimeException {

    /**
     * The one answer for something the user may not see: it says neither whether it exists nor whose it is, so
     * that nobody learns another unit's data by trying numbers.
     */
    public AccessDeniedException() {
        this(Messages.get("problem.denied.notYours"));
    }

    public AccessDeniedException(String message) {
        super(message);
    }
}
