package vn.thidua.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The city benchmark on a tiny city (2 districts × 2 schools, 5 nominees each), so the benchmark keeps compiling
 * and running: the year finishes, every measurement is in the JSON and each is a sane number. Two schools per
 * district are enough for every path: the first school and the first district are returned once, the second
 * school's list carries a city title.
 */
class CityBenchmarkSmokeTest {

    static final List<String> FIELDS = List.of("chainTaskCompletions", "chainTasksPerSecond", "bareTaskCompletions",
            "bareTasksPerSecond", "taskRateRatio", "fanOutSeconds", "reminderBurstTimers",
            "reminderBurstToOutboxSeconds", "bareTimerBurstSeconds", "reminderBurstToBareRatio",
            "reminderBurstAllSentSeconds", "schoolSecretaryQueryP50Ms", "schoolSecretaryQueryP95Ms",
            "districtReviewerQueryP50Ms", "districtReviewerQueryP95Ms", "peakHeapMb", "peakHeapAfterGcMb", "databaseSizeMb", "bareMedianChunkTasksPerSecond");

    static final int DISTRICTS = 2;
    static final int SCHOOLS = 2;

    @Test
    void aTinyCityRunsItsWholeYearAndEveryMeasureIsReported() throws Exception {
        BenchSettings tiny = BenchSettings.fromSystemProperties().withTree(DISTRICTS, SCHOOLS, 5, 5);
        String json = new CityBenchmark(new BenchSettings(tiny.districts(), tiny.schoolsPerDistrict(),
                tiny.nominees(), tiny.queryRuns(), "", "postgres", "", "target/city-benchmark-smoke.json", true)).runToJson();
        Map<String, Object> result = new ObjectMapper().readValue(json, new TypeReference<>() {
        });

        assertThat(result).containsKeys(FIELDS.toArray(String[]::new));
        for (String field : FIELDS) {
            assertThat(((Number) result.get(field)).doubleValue()).as(field).isPositive();
        }
        // Every school, district and the city, both phases, every report accepted.
        assertThat(result.get("reportsAccepted")).isEqualTo(2 * (1 + DISTRICTS + DISTRICTS * SCHOOLS));
        assertThat(result.get("bareTaskCompletions")).isEqualTo(result.get("chainTaskCompletions"));
        assertThat((List<?>) result.get("bareChunkTasksPerSecond")).hasSize(CityBenchmark.BARE_CHUNKS);
        assertThat(result.get("reminderBurstTimers")).isEqualTo(DISTRICTS * SCHOOLS);
        assertThat(((Number) result.get("reminderBurstMails")).intValue()).isGreaterThanOrEqualTo(DISTRICTS * SCHOOLS);
        assertThat(result.get("incidents")).isEqualTo(0);
        // Districts and the city issued decisions; the district reviewer saw all its schools' reviews.
        assertThat(((Number) result.get("decisions")).intValue()).isGreaterThanOrEqualTo(DISTRICTS + 1);
        assertThat(((Number) result.get("nominationsAwarded")).intValue()).isPositive();
        assertThat(result.get("districtReviewerQueryTasks")).isEqualTo(SCHOOLS);
        assertThat(result.get("authorizationCheckRevokes")).isEqualTo("never");
        assertThat(result.get("schoolSecretaryQueryTasks")).isEqualTo(1);
    }
}
