package vn.thidua.security;

/** The signed-in user may not do this; the message (Vietnamese) says why without revealing other units' data. */
public class AccessDeniedException extends RuntimeException {
    public AccessDeniedException(String message) {
        super(message);
    }
}
