package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.thidua.campaign.ReportKind;
import vn.thidua.support.SharedPostgres;

/**
 * Two transactions open the same unit's report at once (a job run twice, two nodes): both find no report, both
 * insert. The later one waits for the earlier one's row, is stopped by the unique key, and takes that row: one
 * report, the same for both, and neither transaction fails – on PostgreSQL as on the demo's H2.
 */
class ReportOpenRaceTest {

    static final OffsetDateTime DEADLINE = OffsetDateTime.parse("2027-01-15T17:00:00+07:00");

    @Test
    void twoTransactionsOpeningOneReportOnPostgresqlShareOneRow() throws Exception {
        race(SharedPostgres.newDataSource());
    }

    @Test
    void twoTransactionsOpeningOneReportOnH2ShareOneRow() throws Exception {
        SimpleDriverDataSource h2 = new SimpleDriverDataSource(new org.h2.Driver(),
                "jdbc:h2:mem:reportrace;DB_CLOSE_DELAY=-1", "sa", "");
        race(h2);
    }

    private static void race(DataSource dataSource) throws Exception {
        Flyway.configure().dataSource(dataSource).table("thidua_schema_history").baselineOnMigrate(true)
                .baselineVersion("0").load().migrate();
        JdbcClient jdbc = JdbcClient.create(dataSource);
        JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
        ReportRepository reports = new ReportRepository(jdbc, transactions);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into campaign (name, school_year, root_unit_code, launched_by, launched_at, status)
                values ('Phong trào thi đua Mở Cùng Lúc', '2026-2027', 'MCL', 'mclstaff', :at, 'RUNNING')""")
                .param("at", DEADLINE.minusMonths(3)).update(keys, "id");
        long campaignId = keys.getKeyAs(Number.class).longValue();

        CountDownLatch firstInserted = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            TransactionTemplate transaction = new TransactionTemplate(transactions);
            Future<Long> first = nodes.submit(() -> transaction.execute(status -> {
                long id = open(reports, campaignId);
                firstInserted.countDown();
                await(secondStarted);
                // Long enough for the second transaction to come to its insert and wait for this one's row.
                sleep(1500);
                return id;
            }));
            Future<Long> second = nodes.submit(() -> {
                await(firstInserted);
                return transaction.execute(status -> {
                    secondStarted.countDown();
                    return open(reports, campaignId);
                });
            });

            long firstId = first.get(60, TimeUnit.SECONDS);
            long secondId = second.get(60, TimeUnit.SECONDS);
            assertThat(secondId).isEqualTo(firstId);
            assertThat(jdbc.sql("select count(*) from report where campaign_id = :c and unit_code = 'MCLT01'")
                    .param("c", campaignId).query(Long.class).single()).isEqualTo(1);
        } finally {
            nodes.shutdownNow();
        }
    }

    private static long open(ReportRepository reports, long campaignId) {
        return reports.open(campaignId, 1, "MCLT01", "MCL", ReportKind.INTERIM, DEADLINE,
                "pi-" + Thread.currentThread().getName()).id();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
