package vn.thidua.org;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.process.DeploymentLock;

/**
 * What every unit's people may do alike is granted once, to every signed-in user, not once per group: reading the
 * unit report's process definition (Tasklist shows its name next to each task).
 * <p>
 * Camunda's task query joins, for every task it returns, every authorization on the task's process definition and
 * filters them by the user's groups. With one grant per role group a city of 2,400 schools (7,275 groups) made each
 * task of a Tasklist page drag 7,275 rows through that join: a district reviewer's page of 100 schools, hundreds of
 * thousands. Older installations granted it per group; those grants are removed here once the shared one exists.
 */
@Component
@Order(4)
public class SharedGrants implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SharedGrants.class);

    private final AuthorizationService authorizations;
    private final DeploymentLock lock;

    public SharedGrants(AuthorizationService authorizations, DeploymentLock lock) {
        this.authorizations = authorizations;
        this.lock = lock;
    }

    /** Under the deployment lock: two nodes starting together must not both create the grant. */
    @Override
    public void run(ApplicationArguments args) {
        lock.run(this::apply);
    }

    void apply() {
        String unitReport = CamundaIdentitySync.UNIT_REPORT_PROCESS;
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(Resources.PROCESS_DEFINITION).resourceId(unitReport).count() == 0) {
            Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.PROCESS_DEFINITION);
            everyone.setResourceId(unitReport);
            everyone.addPermission(Permissions.READ);
            authorizations.saveAuthorization(everyone);
        }
        // A per-group grant of exactly READ is what earlier versions wrote for every role group; a grant of more
        // (an administrator's own) is left alone.
        List<Authorization> perGroup = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.PROCESS_DEFINITION)
                .resourceId(unitReport).list().stream()
                .filter(a -> a.getGroupId() != null && granted(a).equals(Set.of(Permissions.READ)))
                .toList();
        perGroup.forEach(a -> authorizations.deleteAuthorization(a.getId()));
        if (!perGroup.isEmpty()) {
            log.info("Replaced {} per-group grants to read {} by one grant to every user", perGroup.size(), unitReport);
        }
    }

    private static Set<Permission> granted(Authorization authorization) {
        return Arrays.stream(authorization.getPermissions(Permissions.values()))
                .filter(p -> p != Permissions.NONE && p != Permissions.ALL).collect(Collectors.toSet());
    }
}
