package vn.thidua.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

import vn.thidua.org.OrgRepository.PersonRecord;

/**
 * Mirrors the organisation into Camunda's identity: a group per unit and per unit role, a user per person, and
 * the authorizations those groups need (what every user needs alike is granted once, by {@link SharedGrants}).
 * Writes only what differs, so re-importing changes nothing.
 */
@Component
class CamundaIdentitySync {

    static final String UNIT_GROUP_TYPE = "unit";
    static final String ROLE_GROUP_TYPE = "role";
    /** The most characters of a group's name: Camunda's ACT_ID_GROUP.NAME_. */
    static final int MAX_GROUP_NAME = 255;
    /** Process keys users see in Tasklist; launching is for the root's staff only. */
    static final String CAMPAIGN_PROCESS = "Campaign";
    static final String UNIT_REPORT_PROCESS = "UnitReport";
    /** processes/report-receipt.bpmn: an other receiving body's task, read like a unit report's. */
    static final String REPORT_RECEIPT_PROCESS = "ReportReceipt";

    private final IdentityService identityService;
    private final AuthorizationService authorizationService;

    CamundaIdentitySync(IdentityService identityService, AuthorizationService authorizationService) {
        this.identityService = identityService;
        this.authorizationService = authorizationService;
    }

    /** True if anything in Camunda had to change for this unit. */
    public boolean syncUnit(Unit unit) {
        boolean changed = group(unit.code(), unit.name(), UNIT_GROUP_TYPE);
        for (UnitRole role : UnitRole.values()) {
            String groupId = unit.groupId(role);
            changed |= group(groupId, roleGroupName(unit.name(), role), ROLE_GROUP_TYPE);
        }
        if (unit.isRoot()) {
            String staff = unit.groupId(UnitRole.STAFF);
            changed |= grant(staff, Resources.PROCESS_DEFINITION, CAMPAIGN_PROCESS, Permissions.READ,
                    Permissions.CREATE_INSTANCE);
            changed |= grant(staff, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
        }
        return changed;
    }

    /** True if anything in Camunda had to change for this person. */
    public boolean syncPerson(PersonRecord person) {
        boolean changed = false;
        User user = identityService.createUserQuery().userId(person.username()).singleResult();
        String[] names = splitName(person.fullName());
        if (user == null) {
            user = identityService.newUser(person.username());
            changed = true;
        }
        if (changed || !Objects.equals(user.getFirstName(), names[0]) || !Objects.equals(user.getLastName(), names[1])
                || !Objects.equals(user.getEmail(), person.email())) {
            user.setFirstName(names[0]);
            user.setLastName(names[1]);
            user.setEmail(person.email());
            identityService.saveUser(user);
            changed = true;
        }
        List<String> wanted = new ArrayList<>(List.of(person.unitCode()));
        person.roles().forEach(r -> wanted.add(UnitRole.fromCode(r).orElseThrow().groupId(person.unitCode())));
        List<Group> current = identityService.createGroupQuery().groupMember(person.username()).list();
        for (Group group : current) {
            boolean ours = UNIT_GROUP_TYPE.equals(group.getType()) || ROLE_GROUP_TYPE.equals(group.getType());
            if (ours && !wanted.contains(group.getId())) {
                identityService.deleteMembership(person.username(), group.getId());
                memberReadGrants(person.username(), group.getId())
                        .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
                changed = true;
            }
        }
        Set<String> have = current.stream().map(Group::getId).collect(java.util.stream.Collectors.toSet());
        for (String groupId : wanted) {
            if (!have.contains(groupId)) {
                identityService.createMembership(person.username(), groupId);
                grantMemberRead(person.username(), groupId);
                changed = true;
            }
        }
        return changed;
    }

    /**
     * A member may read their own group (Tasklist names a task's candidate groups), and no other. Camunda grants
     * that to the group, one row per group; it is granted here to each member instead, because every command of
     * every user scans the rows that name a group (see {@link SharedGrants}) and a city has 9,700 groups.
     */
    void grantMemberRead(String username, String groupId) {
        if (!memberReadGrants(username, groupId).isEmpty()) {
            return;
        }
        Authorization read = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setUserId(username);
        read.setResource(Resources.GROUP);
        read.setResourceId(groupId);
        read.addPermission(Permissions.READ);
        authorizationService.saveAuthorization(read);
    }

    private List<Authorization> memberReadGrants(String username, String groupId) {
        return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .userIdIn(username).resourceType(Resources.GROUP).resourceId(groupId).list().stream()
                .filter(a -> SharedGrants.granted(a).equals(Set.of(Permissions.READ))).toList();
    }

    /** True for the unit and role groups this class keeps (not an administrator's own). */
    boolean isOurs(String groupId) {
        Group group = identityService.createGroupQuery().groupId(groupId).singleResult();
        return group != null && (UNIT_GROUP_TYPE.equals(group.getType()) || ROLE_GROUP_TYPE.equals(group.getType()));
    }

    List<String> members(String groupId) {
        return identityService.createUserQuery().memberOfGroup(groupId).list().stream().map(User::getId).toList();
    }

    public boolean userExists(String username) {
        return identityService.createUserQuery().userId(username).count() > 0;
    }

    /** Vietnamese order: Camunda shows "first last", so the given name (last word) goes last. */
    static String[] splitName(String fullName) {
        int space = fullName.lastIndexOf(' ');
        return space < 0 ? new String[] {"", fullName}
                : new String[] {fullName.substring(0, space), fullName.substring(space + 1)};
    }

    private boolean group(String id, String name, String type) {
        Group group = identityService.createGroupQuery().groupId(id).singleResult();
        if (group != null && name.equals(group.getName()) && type.equals(group.getType())) {
            return false;
        }
        boolean created = group == null;
        if (created) {
            group = identityService.newGroup(id);
        }
        group.setName(name);
        group.setType(type);
        identityService.saveGroup(group);
        if (created) {
            dropMembersReadGrant(id);
        }
        return true;
    }

    /** Camunda grants a new group's members the right to read it; {@link #grantMemberRead} does, per member. */
    void dropMembersReadGrant(String groupId) {
        authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(Resources.GROUP).resourceId(groupId).list().stream()
                .filter(a -> SharedGrants.granted(a).equals(Set.of(Permissions.READ)))
                .forEach(a -> authorizationService.deleteAuthorization(a.getId()));
    }

    private boolean grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
        Authorization authorization = authorizationService.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).singleResult();
        if (authorization == null) {
            authorization = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (java.util.Arrays.stream(permissions).allMatch(authorization::isPermissionGranted)) {
            return false;
        }
        for (Permission permission : permissions) {
            authorization.addPermission(permission);
        }
        authorizationService.saveAuthorization(authorization);
        return true;
    }

    /** The name of a unit's role group, e.g. "Trường Tiểu học Lê Lợi – Hội đồng Thi đua – Khen thưởng". */
    static String roleGroupName(String unitName, UnitRole role) {
        return unitName + " – " + role.label();
    }
}
