package vn.thidua.bench;

import org.junit.jupiter.api.Test;

/**
 * The full city benchmark as a test class, so Maven can run it: {@code ./mvnw -o -Pbenchmark test}. Its name does
 * not end in "Test": the normal build compiles it but does not run it (it runs {@link CityBenchmarkSmokeTest}).
 */
class CityBenchmarkRun {

    @Test
    void runTheCityBenchmark() throws Exception {
        CityBenchmark.main(new String[0]);
    }
}
