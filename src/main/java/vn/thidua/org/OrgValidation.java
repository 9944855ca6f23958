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

    private OrgValidation() {
    }

    static boolean isCamundaId(String id) {
        return CAMUNDA_ID.matcher(id).matches();
    }

    static boolean isEmail(String email) {
        return email.length() <= 254 && EMAIL.matcher(email).matches();
    }
}
