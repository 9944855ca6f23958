package vn.thidua.tasklist;

/** The names of the shared Tasklist filters, as a user sees them, for tests that look for a filter by its name. */
public final class TasklistFilterNames {

    public static final String MY_UNIT = TasklistFilters.MY_UNIT;
    public static final String ALL = TasklistFilters.ALL;
    public static final String TO_REVIEW = TasklistFilters.TO_REVIEW;

    private TasklistFilterNames() {
    }
}
