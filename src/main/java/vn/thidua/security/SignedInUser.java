package vn.thidua.security;

import java.util.List;

import vn.thidua.problem.AccessDeniedException;
import vn.thidua.text.Messages;

/**
 * The person behind the current request, as Camunda knows them.
 *
 * @param username Camunda user id
 * @param groupIds every Camunda group the user belongs to (unit group, unit-role groups, camunda-admin)
 */
public record SignedInUser(String username, List<String> groupIds) {

    /** Camunda's built-in administrators group; its members see every unit's work. */
    public static final String ADMIN_GROUP = "camunda-admin";

    public SignedInUser {
        groupIds = List.copyOf(groupIds);
    }

    public boolean isAdmin() {
        return groupIds.contains(ADMIN_GROUP);
    }

    /** This user when an administrator; otherwise the refusal an administrators' action gives. */
    public SignedInUser requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException(Messages.get("auth.adminOnly"));
        }
        return this;
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
