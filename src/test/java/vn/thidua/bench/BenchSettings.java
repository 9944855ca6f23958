package vn.thidua.bench;

/**
 * What a benchmark run measures and where, from system properties ({@code -Dbench.districts=24} …).
 *
 * @param districts          districts under the city (quận/huyện)
 * @param schoolsPerDistrict schools in each district
 * @param nominees           nominations in each school's tổng kết dossier
 * @param queryRuns          repetitions of each Tasklist query measured for p50/p95
 * @param jdbcUrl            a PostgreSQL to run on; empty: an embedded PostgreSQL started for the run
 * @param jdbcUser           user for {@code jdbcUrl}
 * @param jdbcPassword       password for {@code jdbcUrl}
 * @param output             file the JSON result is also written to
 * @param scope              what the run covers ({@code bench.scope})
 * @param users              virtual users working at once in the deadline hour ({@code bench.users})
 * @param nodes              application nodes on the one database in the deadline hour ({@code bench.nodes})
 * @param reviewers          reviewers (staff) of each district and of the city in the deadline hour
 * @param deadlineHourAfterYear after the one-user-at-a-time year, a second campaign in the deadline hour (the
 *                           smoke test's way of covering both in one application start)
 * @param thinkMillis        in the deadline hour, how long a person reads and fills a form between opening it and
 *                           submitting it ({@code bench.think-ms}, default 0: every virtual user always has a call in
 *                           flight)
 */
public record BenchSettings(int districts, int schoolsPerDistrict, int nominees, int queryRuns, String jdbcUrl,
                            String jdbcUser, String jdbcPassword, String output, Scope scope, int users, int nodes,
                            int reviewers, boolean deadlineHourAfterYear, int thinkMillis) {

    /** What a run covers. */
    public enum Scope {
        /** The year, one user at a time, then the bare engine. */
        YEAR,
        /** Stop after the launch's fan-out and the reminder burst (a full city in minutes). */
        BURST,
        /** The year with {@code users} people at work at once, over HTTP, then the bare engine likewise. */
        DEADLINE_HOUR
    }

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                Integer.getInteger("bench.districts", 24),
                Integer.getInteger("bench.schools", 100),
                Integer.getInteger("bench.nominees", 40),
                Integer.getInteger("bench.query-runs", 200),
                System.getProperty("bench.jdbc-url", ""),
                System.getProperty("bench.jdbc-user", "postgres"),
                System.getProperty("bench.jdbc-password", ""),
                System.getProperty("bench.output", "target/city-benchmark.json"),
                scope(System.getProperty("bench.scope", "year")),
                Integer.getInteger("bench.users", 50),
                Integer.getInteger("bench.nodes", 1),
                Integer.getInteger("bench.reviewers", 3),
                false,
                Integer.getInteger("bench.think-ms", 0));
    }

    private static Scope scope(String scope) {
        return switch (scope) {
            case "year" -> Scope.YEAR;
            case "burst" -> Scope.BURST;
            case "deadline-hour" -> Scope.DEADLINE_HOUR;
            default -> throw new IllegalArgumentException("bench.scope must be year, burst or deadline-hour, not "
                    + scope);
        };
    }

    /** False ({@code bench.scope=burst}): stop after the launch's fan-out and the reminder burst. */
    public boolean wholeYear() {
        return scope != Scope.BURST;
    }

    /** Whether the run has people working at once (its own scope, or after the year in the smoke test). */
    public boolean concurrent() {
        return scope == Scope.DEADLINE_HOUR || deadlineHourAfterYear;
    }

    public BenchSettings withTree(int districts, int schoolsPerDistrict, int nominees, int queryRuns) {
        return new BenchSettings(districts, schoolsPerDistrict, nominees, queryRuns, jdbcUrl, jdbcUser, jdbcPassword,
                output, scope, users, nodes, reviewers, deadlineHourAfterYear, thinkMillis);
    }
}
