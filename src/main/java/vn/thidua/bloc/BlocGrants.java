package vn.thidua.bloc;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.process.DeploymentLock;

/**
 * Every signed-in user may read the bloc-year process definition, once for all (one global grant, not one per
 * group: see org's SharedGrants): Tasklist shows its name next to each task of it.
 */
@Component
@Order(5)
class BlocGrants implements ApplicationRunner {

    private final AuthorizationService authorizations;
    private final DeploymentLock lock;

    BlocGrants(AuthorizationService authorizations, DeploymentLock lock) {
        this.authorizations = authorizations;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.run(() -> {
            if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                    .resourceType(Resources.PROCESS_DEFINITION).resourceId(BlocYearProcess.KEY).count() == 0) {
                Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
                everyone.setUserId(Authorization.ANY);
                everyone.setResource(Resources.PROCESS_DEFINITION);
                everyone.setResourceId(BlocYearProcess.KEY);
                everyone.addPermission(Permissions.READ);
                authorizations.saveAuthorization(everyone);
            }
        });
    }
}
