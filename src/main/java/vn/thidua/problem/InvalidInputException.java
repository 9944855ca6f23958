package vn.thidua.problem;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.exception.NotValidException;

/**
 * What a user submitted breaks one of our rules: nothing changes, and the user reads why in Vietnamese. The message
 * sums up; {@link #errors()} lists each problem with where it is ({@link InputError}).
 *
 * <p>Our API answers it as a 400 problem detail ({@link ApiProblems}). It is an engine exception
 * ({@link NotValidException}) so that, thrown by a task listener or a delegate, it rolls the command back like any
 * engine refusal and Camunda's REST API answers it with 400 and our sentence alone, whatever the engine wrapped
 * around it ({@link EngineRefusals}); the task stays open.
 */
public class InvalidInputException extends NotValidException {

    private final transient List<InputError> errors;

    /** One problem with the input as a whole (no line, column or field): the common case. */
    public InvalidInputException(String message) {
        this(message, List.of(new InputError(0, 0, null, message)));
    }

    public InvalidInputException(String detail, List<InputError> errors) {
        super(detail);
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }

    /** Our refusal in the cause chain of an exception, or null when the exception is no refusal of ours. */
    public static InvalidInputException in(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof InvalidInputException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
