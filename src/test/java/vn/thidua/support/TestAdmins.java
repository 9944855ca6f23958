package vn.thidua.support;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

import vn.thidua.security.SignedInUser;

/** An administrator as Camunda's first-admin setup makes one: member of camunda-admin, which may do anything. */
public final class TestAdmins {

    private TestAdmins() {
    }

    public static void ensure(IdentityService identity, AuthorizationService authorizations, String id, String password) {
        if (identity.createGroupQuery().groupId(SignedInUser.ADMIN_GROUP).count() == 0) {
            Group group = identity.newGroup(SignedInUser.ADMIN_GROUP);
            group.setName("Quản trị hệ thống");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        for (Resources resource : Resources.values()) {
            boolean granted = authorizations.createAuthorizationQuery().groupIdIn(SignedInUser.ADMIN_GROUP)
                    .resourceType(resource).resourceId(Authorization.ANY).count() > 0;
            if (!granted) {
                Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                all.setGroupId(SignedInUser.ADMIN_GROUP);
                all.setResource(resource);
                all.setResourceId(Authorization.ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setPassword(password);
            user.setEmail(id + "@thidua.local");
            identity.saveUser(user);
            identity.createMembership(id, SignedInUser.ADMIN_GROUP);
        }
    }
}
