package vn.thidua.process;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.camunda.bpm.engine.exception.NotValidException;

/**
 * What a user submitted breaks one of our rules. The message, in Vietnamese, is all the user sees: Camunda's REST
 * API answers it with 400 whatever the engine wrapped around it (see {@code vn.thidua.web.EngineRefusals}); the
 * command is rolled back, so nothing changes and the task stays open.
 */
public class RefusedInputException extends NotValidException {

    public RefusedInputException(String message) {
        super(message);
    }

    /** Our refusal in the cause chain of an exception, or null when the exception is no refusal of ours. */
    public static RefusedInputException in(Throwable exception) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof RefusedInputException refusal) {
                return refusal;
            }
        }
        return null;
    }
}
