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
 * @param wholeYear          false ({@code bench.scope=burst}): stop after the launch's fan-out and the reminder burst,
 *                           so a full-size city's burst is measured in minutes instead of the year's hour
 */
public record BenchSettings(int districts, int schoolsPerDistrict, int nominees, int queryRuns, String jdbcUrl,
                            String jdbcUser, String jdbcPassword, String output, boolean wholeYear) {

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
                scope(System.getProperty("bench.scope", "year")));
    }

    private static boolean scope(String scope) {
        return switch (scope) {
            case "year" -> true;
            case "burst" -> false;
            default -> throw new IllegalArgumentException("bench.scope must be year or burst, not " + scope);
        };
    }

    public BenchSettings withTree(int districts, int schoolsPerDistrict, int nominees, int queryRuns) {
        return new BenchSettings(districts, schoolsPerDistrict, nominees, queryRuns, jdbcUrl, jdbcUser, jdbcPassword,
                output, wholeYear);
    }
}
