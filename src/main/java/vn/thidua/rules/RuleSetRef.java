package vn.thidua.rules;

/**
 * A rule set pinned to a version, stored with the campaign (e.g. {@code "giao-duc-2025:3"}).
 *
 * @param id      rule set id, {@code [a-z0-9-]+}
 * @param version deployed version of that rule set, 1, 2 …
 */
public record RuleSetRef(String id, int version) {

    public static RuleSetRef parse(String text) {
        int colon = text.lastIndexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("Not a rule set reference: " + text);
        }
        return new RuleSetRef(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }

    @Override
    public String toString() {
        return id + ":" + version;
    }
}
