package vn.thidua.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import vn.thidua.ThiDuaApplication;
import vn.thidua.campaign.CampaignProperties;
import vn.thidua.deadline.DeadlineCalendar;
import vn.thidua.org.OrgImportService;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.support.SharedPostgres;
import vn.thidua.support.YearDriver;

/**
 * Two complete nodes of the application in one JVM, as behind a load balancer: separate process engines, both
 * with the job executor and the scheduled mail dispatcher on, one PostgreSQL, one SMTP server. A city launches a
 * campaign over {@value #SCHOOLS} schools; both nodes open the schools' reports, then the first reminder of every
 * school falls due at once. Every reminder arrives exactly once, no job fails, and both nodes did part of the work.
 * <p>
 * Camunda's clock ({@link ClockUtil}) is one per JVM, so moving it once moves it for both engines – as real time
 * moves for every node of a real cluster.
 */
class TwoNodesTest {

    static final int SCHOOLS = 150;
    static final ZoneId VIETNAM = ZoneId.of(ThiDuaApplication.ZONE_ID);
    static final Duration PATIENCE = Duration.ofSeconds(90);

    final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    /** The cluster's one database, on the test JVM's PostgreSQL server. */
    String databaseUrl;
    GreenMail smtp;

    @AfterEach
    void stopEverything() throws IOException {
        ClockUtil.reset();
        // Engines before the database they need to shut down.
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
        if (smtp != null) {
            smtp.stop();
        }
    }

    @Test
    void everyReminderDueAtOnceIsSentExactlyOnceByTwoNodes() throws Exception {
        ClockUtil.reset();
        databaseUrl = SharedPostgres.newDatabase();
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        // The first node creates the schema on the empty database; the second joins (see README, several nodes).
        ConfigurableApplicationContext nodeA = start("nodea");
        ConfigurableApplicationContext nodeB = start("nodeb");

        OrgImportService org = nodeA.getBean(OrgImportService.class);
        org.importUnits(unitsCsv());
        org.importUsers(usersCsv());

        LocalDate today = LocalDate.now(VIETNAM);
        YearDriver year = nodeA.getBean(YearDriver.class);
        String campaignName = "Phong trào thi đua hai máy chủ";
        // City deadline in three weeks; its schools report 5 working days earlier, and their reminders fall
        // 5, 2 and 1 working days before that and on its morning — all still ahead, whatever day the test runs
        // (Tết included).
        year.launch("hncumstaff", campaignName, List.of(
                YearDriver.phase("Đợt 1", today.minusDays(1), today.plusDays(30), today.plusDays(21)),
                YearDriver.phase("Đợt 2", today.plusDays(40), today.plusDays(60), today.plusDays(70))));
        DeadlineCalendar calendar = nodeA.getBean(DeadlineCalendar.class);
        OffsetDateTime schoolDeadline = calendar.leadBefore(calendar.closeOfDay(today.plusDays(21)),
                nodeA.getBean(CampaignProperties.class).leadDaysFor("truong", null));
        List<OffsetDateTime> reminders = calendar.reminderTimes(schoolDeadline, OffsetDateTime.now(VIETNAM));
        assertThat(reminders).as("reminders ahead").hasSize(4);

        ManagementService jobs = nodeB.getBean(ManagementService.class);
        RuntimeService runtime = nodeB.getBean(RuntimeService.class);
        // Every school's report waits for its first reminder (5 working days before; the watch's one reminder timer
        // then moves on to 2 and 1 working days before and the due day's morning); the city's report waits for its
        // schools.
        awaitTrue("every school's report open with its reminder timer", () ->
                jobs.createJobQuery().activityId(UnitReportProcess.TIMER_REMINDER).count() >= SCHOOLS);

        OffsetDateTime firstReminder = reminders.get(0);
        // Five working days before, counted as an office does.
        int daysLeft = calendar.workingDaysLeft(firstReminder.plusMinutes(1), schoolDeadline);
        assertThat(daysLeft).isEqualTo(5);
        ClockUtil.setCurrentTime(Date.from(firstReminder.plusMinutes(1).toInstant()));

        JdbcClient db = nodeA.getBean(JdbcClient.class);
        awaitTrue("every school's first reminder queued and sent", () ->
                db.sql("select count(*) from mail_outbox where template = 'reminder'").query(Long.class).single()
                        >= SCHOOLS
                        && db.sql("select count(*) from mail_outbox where status <> 'SENT'").query(Long.class)
                        .single() == 0
                        && jobs.createJobQuery().activityId(UnitReportProcess.TIMER_REMINDER).executable().count() == 0);

        List<String> received = new ArrayList<>();
        for (MimeMessage message : smtp.getReceivedMessages()) {
            received.add(((InternetAddress) message.getAllRecipients()[0]).getAddress() + " | " + message.getSubject());
        }
        assertThat(received).as("each mail once").doesNotHaveDuplicates()
                .hasSize(db.sql("select count(*) from mail_outbox").query(Long.class).single().intValue());
        assertThat(received).filteredOn(r -> r.contains("| Nhắc hạn:") && r.contains(campaignName))
                .hasSize(SCHOOLS)
                .allSatisfy(r -> assertThat(r).startsWith("hnt").contains("staff@cum.thidua.local", "(còn " + daysLeft + " ngày làm việc)"));

        assertThat(runtime.createIncidentQuery().count()).as("incidents").isZero();
        assertThat(jobs.createJobQuery().withException().count()).as("jobs that failed").isZero();

        // Each engine writes its name into the job log (Camunda's default host name is "<ip>$<engine name>").
        Map<String, Long> jobsByNode = new HashMap<>();
        db.sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")
                .query((rs, n) -> jobsByNode.put(rs.getString(1), rs.getLong(2))).list();
        LoggerFactory.getLogger(TwoNodesTest.class).info("Jobs done by each node: {}", jobsByNode);
        assertThat(jobsByNode.keySet()).as("jobs done by each node: " + jobsByNode)
                .anySatisfy(host -> assertThat(host).endsWith("$nodea"))
                .anySatisfy(host -> assertThat(host).endsWith("$nodeb"));
    }

    private ConfigurableApplicationContext start(String engineName) {
        ConfigurableApplicationContext node = new SpringApplicationBuilder(ThiDuaApplication.class)
                .profiles("test")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
                // Command-line arguments outrank application-test.yml, which switches both schedules off.
                // A web server on a free port each, as two nodes behind a load balancer.
                .run("--server.port=0",
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=postgres",
                        "--spring.datasource.hikari.pool-name=" + engineName,
                        "--spring.datasource.hikari.maximum-pool-size=8",
                        "--spring.mail.port=" + smtp.getSmtp().getPort(),
                        "--camunda.bpm.process-engine-name=" + engineName,
                        "--camunda.bpm.job-execution.enabled=true",
                        "--camunda.bpm.job-execution.core-pool-size=3",
                        "--camunda.bpm.job-execution.max-pool-size=4",
                        "--camunda.bpm.job-execution.wait-time-in-millis=200",
                        "--camunda.bpm.job-execution.max-wait=1000",
                        "--thidua.mail.dispatcher.scheduled=true",
                        "--thidua.mail.dispatch-interval=PT0.5S");
        nodes.add(node);
        return node;
    }

    /** A bounded poll: the two job executors and dispatchers work on real threads, at their own pace. */
    private void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                ManagementService jobs = nodes.get(0).getBean(ManagementService.class);
                throw new AssertionError("Not within " + PATIENCE + ": " + what + " (reminder timers "
                        + jobs.createJobQuery().activityId(UnitReportProcess.TIMER_REMINDER).count() + ", jobs "
                        + jobs.createJobQuery().count() + ", executable " + jobs.createJobQuery().executable().count()
                        + ", failed " + jobs.createJobQuery().withException().count() + ")");
            }
            Thread.sleep(250);
        }
    }

    /** A city with {@value #SCHOOLS} schools, as an import file would have them. */
    private static byte[] unitsCsv() {
        StringBuilder csv = new StringBuilder("code,name,level,parent_code,email\n")
                .append("HNCUM,Sở Giáo dục và Đào tạo Cụm Thử nghiệm,thanh_pho,,so@cum.thidua.local\n");
        for (int i = 1; i <= SCHOOLS; i++) {
            csv.append("HNT%03d,Trường Tiểu học số %d,truong,HNCUM,hnt%03d@cum.thidua.local\n".formatted(i, i, i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] usersCsv() {
        StringBuilder csv = new StringBuilder("username,full_name,email,unit_code,role\n")
                .append("hncumstaff,Nguyễn Văn Bình,hncumstaff@cum.thidua.local,HNCUM,staff\n")
                .append("hncumhead,Trần Thị Mai,hncumhead@cum.thidua.local,HNCUM,head\n");
        for (int i = 1; i <= SCHOOLS; i++) {
            csv.append("hnt%03dstaff,Phạm Thị Lan %d,hnt%03dstaff@cum.thidua.local,HNT%03d,staff\n"
                    .formatted(i, i, i, i));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Test configurations (the shared embedded database of the other tests) live in the scanned packages; a
     * node started outside Spring's test support must not pick them up.
     */
    static final class SkipTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof SkipTestConfigurations;
        }

        @Override
        public int hashCode() {
            return SkipTestConfigurations.class.hashCode();
        }
    }
}
