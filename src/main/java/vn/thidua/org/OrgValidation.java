package vn.thidua.org;

import java.util.regex.Pattern;

/** The checks an id or address must pass before Camunda and our tables accept it. */
final class OrgValidation {

    /** Camunda's default whitelist for user, group and tenant ids. */
    static final Pattern CAMUNDA_ID = Pattern.compile("[a-zA-Z0-9]+");
    static final Pattern EMAIL = Pattern.compile("^[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]+$");
    /** Group ids are at most 64 characters: the unit code plus the longest role suffix must fit. */
    static final int MAX_UNIT_CODE = 64 - "council".length();
    static final int MAX_USERNAME = 64;
    /**
     * A unit's name is its unit group's name and, followed by a role, its role groups' names: all of them must fit
     * Camunda's group name (our org_unit.name holds 300).
     */
    static final int MAX_UNIT_NAME = java.util.Arrays.stream(UnitRole.values())
            .mapToInt(role -> CamundaIdentitySync.MAX_GROUP_NAME
                    - CamundaIdentitySync.roleGroupName("", role).length())
            .min().orElse(CamundaIdentitySync.MAX_GROUP_NAME);

    private OrgValidation() {
    }

    static boolean isCamundaId(String id) {
        return CAMUNDA_ID.matcher(id).matches();
    }

    static boolean isEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }
}
