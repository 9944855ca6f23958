package vn.thidua.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.rules.RuleSetDeployment;
import vn.thidua.support.PostgresIntegrationTest;
import vn.thidua.tasklist.TasklistFilterNames;

/**
 * Two nodes starting at the same moment on one database run the same start-up steps side by side. Each step
 * happens once: one new rule set version, one process deployment at most, one of each shared Tasklist filter –
 * and neither node fails its start.
 */
@PostgresIntegrationTest
class ConcurrentStartTest {

    static final String ID = "thu-khoi-dong-cung";

    @Autowired
    RuleSetDeployment ruleSets;
    @Autowired
    ProcessDeployment processes;
    /** The start-up step that creates the shared Tasklist filters. */
    @Autowired
    @Qualifier("tasklistFilters")
    ApplicationRunner filters;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    FilterService filterService;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoNodesStartingTogetherDeployANewRuleSetVersionOnce() throws Exception {
        byte[] json = copy("ruleset.json");
        byte[] dmn = copy("eligibility.dmn");

        List<RuleSetDeployment.Deployed> results = together(() -> ruleSets.deploy(json, dmn, null, null));

        assertThat(results).extracting(RuleSetDeployment.Deployed::created).containsExactlyInAnyOrder(true, false);
        assertThat(results).extracting(d -> d.version().ref().toString()).containsOnly(ID + ":1");
        assertThat(jdbc.sql("select count(*) from rule_set where rule_set_id = :id").param("id", ID)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(repositoryService.createDeploymentQuery()
                .deploymentName(RuleSetDeployment.DEPLOYMENT_PREFIX + ID).count()).isEqualTo(1);
    }

    @Test
    void twoNodesStartingTogetherMakeNoSecondProcessDeploymentAndOneOfEachFilter() throws Exception {
        long deployments = repositoryService.createDeploymentQuery().deploymentName(ProcessDeployment.DEPLOYMENT_NAME)
                .count();
        // As on a fresh database: the filters are not there yet.
        filterService.createFilterQuery().list().forEach(f -> filterService.deleteFilter(f.getId()));

        together(() -> {
            processes.deploy();
            filters.run(null);
            return null;
        });

        assertThat(repositoryService.createDeploymentQuery().deploymentName(ProcessDeployment.DEPLOYMENT_NAME).count())
                .isEqualTo(deployments);
        assertThat(filterService.createFilterQuery().filterName(TasklistFilterNames.MY_UNIT).count()).isEqualTo(1);
        assertThat(filterService.createFilterQuery().filterName(TasklistFilterNames.ALL).count()).isEqualTo(1);
    }

    /** Runs the step on two threads released at once, as two nodes would; fails if either fails. */
    private static <T> List<T> together(Callable<T> step) throws Exception {
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            Callable<T> node = () -> {
                start.await();
                return step.call();
            };
            List<Future<T>> runs = List.of(nodes.submit(node), nodes.submit(node));
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> run : runs) {
                results.add(run.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            nodes.shutdownNow();
        }
    }

    private static byte[] copy(String file) throws Exception {
        return Files.readString(Path.of("processes/rules/giao-duc-2025", file))
                .replace("giao-duc-2025", ID).replace("Eligibility_giaoduc2025", "Eligibility_khoidongcung")
                .getBytes(StandardCharsets.UTF_8);
    }
}
