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
    /** People at work at once in the deadline hour that follows the year. */
    static final int USERS = 4;

    @Test
    void aTinyCityRunsItsWholeYearAndEveryMeasureIsReported() throws Exception {
        BenchSettings tiny = BenchSettings.fromSystemProperties().withTree(DISTRICTS, SCHOOLS, 5, 5);
        String json = new CityBenchmark(new BenchSettings(tiny.districts(), tiny.schoolsPerDistrict(),
                tiny.nominees(), tiny.queryRuns(), "", "postgres", "", "target/city-benchmark-smoke.json",
                BenchSettings.Scope.YEAR, USERS, 1, 2, true, 0))
                // The outbox is drained every half second instead of every ten: the run waits for it three times.
                .withArguments("--thidua.mail.dispatch-interval=PT0.5S").runToJson();
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

        // The deadline hour: a second campaign, the same tasks done by USERS people at once over HTTP.
        Map<String, Object> hour = map(result.get("deadlineHour"));
        assertThat(hour).doesNotContainKey("stalled");
        assertThat(hour.get("virtualUsers")).isEqualTo(USERS);
        assertThat(hour.get("chainTaskCompletions")).isEqualTo(result.get("chainTaskCompletions"));
        assertThat(((Number) hour.get("chainTasksPerSecond")).doubleValue()).isPositive();
        for (String kind : List.of("signIn", "list", "formVariables", "claim", "submit", "dossierPage")) {
            Map<String, Object> call = map(map(hour.get("calls")).get(kind));
            assertThat(((Number) call.get("calls")).intValue()).as(kind).isPositive();
            assertThat(((Number) call.get("p99Ms")).doubleValue()).as(kind)
                    .isGreaterThanOrEqualTo(((Number) call.get("p50Ms")).doubleValue()).isPositive();
        }
        // Every completed task was submitted once; failed calls are counted, never thrown by the driver itself.
        assertThat(map(map(hour.get("calls")).get("submit")).get("calls")).isEqualTo(hour.get("chainTaskCompletions"));
        assertThat(map(hour.get("errorsByStatus"))).doesNotContainKey("driver 0");
        assertThat(hour.get("userVisibleErrors")).isInstanceOf(Number.class);
        assertThat(hour.get("incidents")).isEqualTo(0);
        for (String phase : List.of("soKet", "tongKet")) {
            Map<String, Object> load = map(map(hour.get(phase)).get("load"));
            assertThat(((Number) load.get("jvmCpuSeconds")).doubleValue()).as(phase).isPositive();
            assertThat(((Number) load.get("postgresCpuSeconds")).doubleValue()).as(phase).isPositive();
            assertThat(((Number) load.get("samples")).intValue()).as(phase).isPositive();
        }
        Map<String, Object> bare = map(hour.get("bare"));
        assertThat(bare.get("tasks")).isEqualTo(hour.get("chainTaskCompletions"));
        assertThat(map(map(bare.get("calls")).get("submit")).get("calls")).isEqualTo(bare.get("tasks"));
        assertThat(map(bare.get("errorsByStatus"))).isEmpty();
        // The bare engine's users sign in as often per task as the chain's people (at least once each).
        long chainSignIns = ((Number) map(map(hour.get("calls")).get("signIn")).get("calls")).longValue();
        assertThat(((Number) map(map(bare.get("calls")).get("signIn")).get("calls")).longValue())
                .isEqualTo(Math.max(chainSignIns, USERS));
        assertThat(((Number) hour.get("taskRateRatio")).doubleValue()).isPositive();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }
}
