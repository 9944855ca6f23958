package vn.thidua.security;

/**
 * Where Camunda's webapps live in this application, and the calls of their public API that a sign-in makes.
 *
 * @param root   {@code camunda.bpm.webapp.application-path} without its trailing slash, e.g. {@code /camunda}
 * @param engine the engine whose sign-in counts ({@code camunda.bpm.process-engine-name})
 */
record WebappAddresses(String root, String engine) {

    /** Where a browser goes when it has nowhere else to go: Tasklist, which every member of staff may enter. */
    String tasklist() {
        return root + "/app/tasklist/" + engine + "/";
    }

    /** The engine list: the call Tasklist's sign-in makes first, to be handed the webapps' CSRF token. */
    String engines() {
        return root + "/api/engine/engine/";
    }

    /** Camunda's webapp login (UserAuthenticationResource), as Tasklist's sign-in calls it. */
    String login() {
        return root + "/api/admin/auth/user/" + engine + "/login/tasklist";
    }

    /** Camunda's webapp logout. */
    String logout() {
        return root + "/api/admin/auth/user/" + engine + "/logout";
    }
}
