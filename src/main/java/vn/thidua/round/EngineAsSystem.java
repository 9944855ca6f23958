package vn.thidua.round;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call without the signed-in user's engine identity: starting a schedule's or request's process and
 * telling it of a pause are the application's own work, after it checked who may ask for it.
 */
@Component
class EngineAsSystem {

    private final IdentityService identityService;

    EngineAsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    <T> T run(Supplier<T> action) {
        Authentication previous = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (previous != null) {
                identityService.setAuthentication(previous);
            }
        }
    }
}
