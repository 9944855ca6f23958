package vn.thidua.org;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.thidua.process.DeploymentLock;

/**
 * What every unit's people may do alike is granted once, to every signed-in user, not once per group: opening
 * Tasklist and reading the unit report's process definition (Tasklist shows its name next to each task).
 * <p>
 * Camunda pays for every row of its authorization table that names a group: each command of every user first reads
 * the distinct group ids of the whole table, and the task query joins, for every task it returns, every
 * authorization on the task's process definition. A city of 2,400 schools has 9,700 groups; one grant per group and
 * purpose made 29,000 rows and a quarter of every task completion's time. Older installations wrote those
 * per-group grants; they are removed here once the shared one exists. Camunda itself grants each new group's members
 * the right to read it, a row per group: {@link CamundaIdentitySync} grants that to each member instead (a row naming
 * a user costs the lookup nothing), and here the per-group rows of older installations become per-member ones.
 */
@Component
@Order(4)
public class SharedGrants implements ApplicationRunner {

    static final String TASKLIST = "tasklist";

    private static final Logger log = LoggerFactory.getLogger(SharedGrants.class);

    private final AuthorizationService authorizations;
    private final DeploymentLock lock;
    private final CamundaIdentitySync identity;

    public SharedGrants(AuthorizationService authorizations, DeploymentLock lock, CamundaIdentitySync identity) {
        this.authorizations = authorizations;
        this.lock = lock;
        this.identity = identity;
    }

    /** Under the deployment lock: two nodes starting together must not both create the grants. */
    @Override
    public void run(ApplicationArguments args) {
        lock.run(this::apply);
    }

    /**
     * Every signed-in user may read the process definition of {@code processKey}, once for all, for another module's
     * process whose tasks Tasklist lists with the process's name. Under the deployment lock, as {@link #run}.
     */
    public void everyoneReadsProcess(String processKey) {
        lock.run(() -> share(Resources.PROCESS_DEFINITION, processKey, Permissions.READ));
    }

    void apply() {
        share(Resources.APPLICATION, TASKLIST, Permissions.ACCESS);
        share(Resources.PROCESS_DEFINITION, CamundaIdentitySync.UNIT_REPORT_PROCESS, Permissions.READ);
        share(Resources.PROCESS_DEFINITION, CamundaIdentitySync.REPORT_RECEIPT_PROCESS, Permissions.READ);
        membersReadTheirGroups();
    }

    private void membersReadTheirGroups() {
        List<Authorization> perGroup = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(Resources.GROUP).list().stream()
                .filter(a -> a.getGroupId() != null && a.getGroupId().equals(a.getResourceId())
                        && granted(a).equals(Set.of(Permissions.READ)) && identity.isOurs(a.getGroupId()))
                .toList();
        for (Authorization grant : perGroup) {
            identity.members(grant.getGroupId()).forEach(user -> identity.grantMemberRead(user, grant.getGroupId()));
            authorizations.deleteAuthorization(grant.getId());
        }
        if (!perGroup.isEmpty()) {
            log.info("Replaced {} grants to read a group by its members with one grant per member", perGroup.size());
        }
    }

    /**
     * Grants the permission on the resource to every user, once, and removes the per-group grants of exactly that
     * permission it makes redundant; a grant of more (an administrator's own) is left alone.
     */
    private void share(Resource resource, String resourceId, Permission permission) {
        if (authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GLOBAL)
                .resourceType(resource).resourceId(resourceId).count() == 0) {
            Authorization everyone = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(resource);
            everyone.setResourceId(resourceId);
            everyone.addPermission(permission);
            authorizations.saveAuthorization(everyone);
        }
        List<Authorization> perGroup = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId).list()
                .stream().filter(a -> a.getGroupId() != null && granted(a).equals(Set.of(permission))).toList();
        perGroup.forEach(a -> authorizations.deleteAuthorization(a.getId()));
        if (!perGroup.isEmpty()) {
            log.info("Replaced {} per-group grants of {} on {} {} by one grant to every user", perGroup.size(),
                    permission.getName(), resource.resourceName(), resourceId);
        }
    }

    /** The permissions the grant gives, without the NONE and ALL shorthands. */
    public static Set<Permission> granted(Authorization authorization) {
        return Arrays.stream(authorization.getPermissions(Permissions.values()))
                .filter(p -> p != Permissions.NONE && p != Permissions.ALL).collect(Collectors.toSet());
    }
}
