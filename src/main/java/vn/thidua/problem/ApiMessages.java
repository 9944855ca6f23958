package vn.thidua.problem;

import vn.thidua.text.Messages;

/** The titles and generic details of our API's problem details ({@code i18n/problems_vi.properties}). */
final class ApiMessages {

    private ApiMessages() {
    }

    /** The title of a status: what kind of problem it is. */
    static String title(int status) {
        return Messages.get(switch (status) {
            case 400 -> "problem.title.badRequest";
            case 401 -> "problem.title.unauthorized";
            case 403 -> "problem.title.forbidden";
            case 404 -> "problem.title.notFound";
            case 405 -> "problem.title.methodNotAllowed";
            case 406 -> "problem.title.notAcceptable";
            case 413 -> "problem.title.tooLarge";
            case 415 -> "problem.title.unsupportedMediaType";
            default -> status >= 500 ? "problem.title.serverError" : "problem.title.other";
        });
    }

    /** What a status says when nothing more precise is known. */
    static String detail(int status) {
        return switch (status) {
            case 400, 401, 403, 404, 405, 406, 413, 415 -> Messages.get("problem.status." + status);
            default -> Messages.get(status >= 500 ? "problem.status.5xx" : "problem.status.4xx");
        };
    }
}
