package vn.thidua.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.icegreen.greenmail.store.FolderException;
import com.zaxxer.hikari.HikariDataSource;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import vn.thidua.ThiDuaApplication;
import vn.thidua.bench.CityTree.Node;
import vn.thidua.campaign.CampaignProcessNames;
import vn.thidua.deadline.EngineClock;
import vn.thidua.dossier.DossierEntry;
import vn.thidua.dossier.DossierRecords;
import vn.thidua.dossier.DossierService;
import vn.thidua.nomination.Discipline;
import vn.thidua.nomination.Nomination;
import vn.thidua.nomination.NomineeKeys;
import vn.thidua.nomination.Rating;
import vn.thidua.nomination.RecognitionLevel;
import vn.thidua.org.OrgImportService;
import vn.thidua.org.UnitRole;
import vn.thidua.report.ReportStatus;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;
import vn.thidua.security.SignedInUser;
import vn.thidua.support.YearDriver;
import vn.thidua.tasklist.TasklistFilterNames;

/**
 * A whole city's school year against the application, measured beside the bare engine on the same database.
 * <p>
 * The city (default 24 districts × 100 schools, staff/head/council users everywhere) is imported, a campaign with a
 * sơ kết and a tổng kết is launched through the launch form, and every user task of the year is done the way a
 * Tasklist user does it: the user's "Việc của đơn vị tôi" filter is listed, the task's form variables are read, the
 * form is submitted. Schools nominate {@code nominees} people on the dossier page, councils vote, heads sign,
 * reviewers return every tenth report once, districts and the city issue decisions. The job executor and the mail
 * dispatcher run on their own threads as in production; a local SMTP server receives the mail.
 * <p>
 * The bare engine runs on the same database: a one-user-task process started and completed as many times as the
 * year completed user tasks, and as many bare boundary timers falling due at one moment as the year had school
 * reminders. The result is one JSON object (stdout and {@code bench.output}); progress goes to stderr.
 * <p>
 * Run: {@code ./mvnw -o -Pbenchmark test} (see docs/performance.md for the sizes and a PostgreSQL of one's own).
 */
public final class CityBenchmark {

    static final String BARE_TASK_PROCESS = "BenchBareTask";
    static final String BARE_TIMER_PROCESS = "BenchBareTimer";
    static final String BARE_GROUP = "benchbare";
    static final String BARE_USER = "benchbareuser";
    /** Everyone's password in the deadline hour. */
    static final String PASSWORD = "Bench#Thidua2026";
    static final Duration PATIENCE = Duration.ofMinutes(30);
    /**
     * The bare loop is timed in this many slices: on a shared PostgreSQL one slice can fall on an autovacuum or a
     * checkpoint, so the ratio is taken against the median slice (the slices are in the JSON).
     */
    static final int BARE_CHUNKS = 5;

    static final OffsetDateTime LAUNCH = OffsetDateTime.parse("2026-10-01T08:00:00+07:00");
    /** The bare timers fall due at this moment, before the campaign exists. */
    static final OffsetDateTime BARE_TIMERS_DUE = OffsetDateTime.parse("2026-09-21T10:00:00+07:00");
    /** Tổng kết opens on 18/01/2027; the year's second half is driven on this day, before any of its reminders. */
    static final OffsetDateTime TONG_KET = OffsetDateTime.parse("2027-04-01T09:00:00+07:00");

    private final BenchSettings settings;
    private final CityTree tree;
    private final Map<String, Object> result = new LinkedHashMap<>();
    private final Map<String, SignedInUser> users = new ConcurrentHashMap<>();
    private final long started = System.nanoTime();
    private final HeapWatch heap = new HeapWatch();
    /**
     * The local SMTP server. It lives in this JVM and keeps every message it receives; {@link #forgetSentMail()} empties
     * it whenever the outbox has been drained, so the heap measured is the application's, not a mailbox of thousands.
     */
    private final GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("bench.smtp-port", 0), null,
            ServerSetup.PROTOCOL_SMTP));

    private ConfigurableApplicationContext app;
    /** Every application node: {@link #app} first, then the others of the deadline hour ({@code bench.nodes}). */
    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();
    private FilterService filters;
    private FormService forms;
    private TaskService tasks;
    private IdentityService identity;
    private ManagementService management;
    private RuntimeService runtime;
    private JdbcClient db;
    private DossierService dossiers;
    private DossierRecords dossierRecords;
    private String myUnitFilter;

    private long chainCompletions;
    private long chainNanos;
    private long dossierNanos;
    private int decisionNumber;
    private final Set<String> returned = new HashSet<>();

    /** More application arguments for every node (the smoke test's shorter mail dispatch interval). */
    private final List<String> extraArguments = new ArrayList<>();

    CityBenchmark(BenchSettings settings) {
        this.settings = settings;
        this.tree = new CityTree(settings.districts(), settings.schoolsPerDistrict(),
                settings.concurrent() ? settings.reviewers() : 1);
    }

    /** Adds application arguments ({@code --name=value}) for every node; returns this benchmark. */
    CityBenchmark withArguments(String... arguments) {
        extraArguments.addAll(List.of(arguments));
        return this;
    }

    public static void main(String[] args) throws Exception {
        System.out.println(new CityBenchmark(BenchSettings.fromSystemProperties()).runToJson());
    }

    /** Runs the whole benchmark and returns the JSON object (also written to {@code settings.output()}). */
    String runToJson() throws Exception {
        Map<String, Object> measured = run();
        String json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(measured);
        Path output = Path.of(settings.output());
        if (output.getParent() != null) {
            Files.createDirectories(output.getParent());
        }
        Files.writeString(output, json + "\n", StandardCharsets.UTF_8);
        progress("result written to %s", output.toAbsolutePath());
        return json;
    }

    Map<String, Object> run() throws Exception {
        EmbeddedPostgres postgres = null;
        smtp.start();
        try {
            String url = settings.jdbcUrl();
            String user = settings.jdbcUser();
            String password = settings.jdbcPassword();
            if (url.isBlank()) {
                postgres = EmbeddedPostgres.builder()
                        .setServerConfig("timezone", "Asia/Ho_Chi_Minh")
                        // What each statement cost, in the load figures of the deadline hour (LoadSampler)
                        .setServerConfig("shared_preload_libraries", "pg_stat_statements")
                        .setServerConfig("pg_stat_statements.max", "2000")
                        .start();
                try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
                    s.execute("create extension if not exists pg_stat_statements");
                }
                url = postgres.getJdbcUrl("postgres", "postgres");
                user = "postgres";
                password = "";
                result.put("database", "embedded PostgreSQL");
            } else {
                result.put("database", url.replaceAll("\\?.*", ""));
            }
            ClockUtil.setCurrentTime(Date.from(BARE_TIMERS_DUE.minusDays(1).toInstant()));
            app = start(url, user, password, smtp.getSmtp().getPort(), "bench");
            nodes.add(app);
            try {
                // The first node has created the schema; the others join it, as in a cluster (README).
                for (int n = 2; settings.scope() == BenchSettings.Scope.DEADLINE_HOUR && n <= settings.nodes(); n++) {
                    nodes.add(start(url, user, password, smtp.getSmtp().getPort(), "bench" + n));
                }
                measure();
            } finally {
                ClockUtil.reset();
                // Engines before the database they need to shut down; the first node last.
                for (int n = nodes.size() - 1; n >= 0; n--) {
                    nodes.get(n).close();
                }
            }
            return result;
        } finally {
            heap.close();
            ClockUtil.reset();
            smtp.stop();
            if (postgres != null) {
                postgres.close();
            }
        }
    }

    private ConfigurableApplicationContext start(String url, String user, String password, int smtpPort,
                                                 String engineName) {
        progress("starting the application node %s on %s", engineName, url.replaceAll("\\?.*", ""));
        List<String> arguments = new ArrayList<>(List.of("--server.port=0",
                        "--spring.main.banner-mode=off",
                        "--spring.datasource.url=" + url,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.mail.port=" + smtpPort,
                        "--camunda.bpm.process-engine-name=" + engineName,
                        "--spring.datasource.hikari.pool-name=" + engineName,
                        "--camunda.bpm.job-execution.enabled=true",
                        "--thidua.mail.dispatcher.scheduled=true",
                        "--logging.level.root=warn",
                        "--logging.level.vn.thidua=warn"));
        arguments.addAll(extraArguments);
        return new SpringApplicationBuilder(ThiDuaApplication.class)
                .profiles("benchmark")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("skipTestConfigurations", new SkipTestConfigurations()))
                .run(arguments.toArray(String[]::new));
    }

    private void measure() throws Exception {
        filters = app.getBean(FilterService.class);
        forms = app.getBean(FormService.class);
        tasks = app.getBean(TaskService.class);
        identity = app.getBean(IdentityService.class);
        management = app.getBean(ManagementService.class);
        runtime = app.getBean(RuntimeService.class);
        db = app.getBean(JdbcClient.class);
        dossiers = app.getBean(DossierService.class);
        dossierRecords = app.getBean(DossierRecords.class);

        result.put("districts", tree.districts());
        result.put("schoolsPerDistrict", tree.schoolsPerDistrict());
        result.put("schools", tree.schools());
        result.put("nomineesPerSchool", settings.nominees());
        result.put("cpus", Runtime.getRuntime().availableProcessors());
        result.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        ProcessEngineConfigurationImpl engine = (ProcessEngineConfigurationImpl) app.getBean(ProcessEngine.class)
                .getProcessEngineConfiguration();
        result.put("historyLevel", engine.getHistoryLevel().getName());
        result.put("authorizationCheckRevokes", engine.getAuthorizationCheckRevokes());

        long t = System.nanoTime();
        OrgImportService org = app.getBean(OrgImportService.class);
        org.importUnits(tree.unitsCsv());
        org.importUsers(tree.usersCsv());
        result.put("users", tree.users());
        result.put("orgImportSeconds", seconds(System.nanoTime() - t));
        progress("imported %d units and their users", tree.units());
        // Every new user's password link goes out now; a city imports its users months before the first reminder,
        // so the bursts below must not queue behind them.
        await("password links sent", () -> db.sql("select count(*) from mail_outbox where status <> 'SENT'")
                .query(Long.class).single() == 0);
        progress("%d password links sent", db.sql("select count(*) from mail_outbox").query(Long.class).single());
        forgetSentMail();
        myUnitFilter = filters.createFilterQuery().filterName(TasklistFilterNames.MY_UNIT).singleResult().getId();
        deployBareProcesses();
        recordEarlierTitles();

        if (settings.concurrent()) {
            signInPasswords();
        }

        bareTimerBurst();
        if (settings.scope() == BenchSettings.Scope.DEADLINE_HOUR) {
            deadlineHour(0);
            result.put("incidents", runtime.createIncidentQuery().count());
            putHeap();
            result.put("databaseSizeMb", databaseSizeMb());
            result.put("totalSeconds", seconds(System.nanoTime() - started));
            return;
        }
        if (!settings.wholeYear()) {
            launchAndReminderBurst();
            putHeap();
            result.put("databaseSizeMb", databaseSizeMb());
            result.put("totalSeconds", seconds(System.nanoTime() - started));
            return;
        }
        long campaignId = soKet();
        tongKet(campaignId);

        result.put("registrationStep", "none: the campaign process has no registration task");
        result.put("chainTaskCompletions", chainCompletions);
        result.put("chainSeconds", seconds(chainNanos));
        double chainRate = chainCompletions / (chainNanos / 1e9);
        result.put("chainTasksPerSecond", round(chainRate));
        result.put("dossierSeconds", seconds(dossierNanos));
        long accepted = db.sql("select count(*) from report where campaign_id = :c and status = :s")
                .param("c", campaignId).param("s", ReportStatus.ACCEPTED.name()).query(Long.class).single();
        result.put("reportsAccepted", accepted);
        if (accepted != 2L * tree.units()) {
            throw new IllegalStateException("The year did not finish: " + accepted + " of " + 2 * tree.units()
                    + " reports accepted");
        }
        long awarded = db.sql("select count(*) from nomination where campaign_id = :c and decision_id is not null")
                .param("c", campaignId).query(Long.class).single();
        result.put("nominationsAwarded", awarded);
        result.put("decisions", db.sql("select count(*) from award_decision where campaign_id = :c")
                .param("c", campaignId).query(Long.class).single());

        double bareRate = bareTasks(chainCompletions);
        result.put("taskRateRatio", round(chainRate / bareRate));
        result.put("incidents", runtime.createIncidentQuery().count());
        if (settings.deadlineHourAfterYear()) {
            deadlineHour(1);
        }
        putHeap();
        result.put("databaseSizeMb", databaseSizeMb());
        result.put("totalSeconds", seconds(System.nanoTime() - started));
    }

    // ---- The bare engine --------------------------------------------------------------------------------------

    private void deployBareProcesses() {
        BpmnModelInstance task = Bpmn.createExecutableProcess(BARE_TASK_PROCESS).camundaHistoryTimeToLive(180)
                .startEvent().userTask("Task_Bare").camundaCandidateGroups(BARE_GROUP).endEvent().done();
        BpmnModelInstance timer = Bpmn.createExecutableProcess(BARE_TIMER_PROCESS).camundaHistoryTimeToLive(180)
                .startEvent().userTask("Task_BareWait").camundaCandidateGroups(BARE_GROUP)
                .boundaryEvent("Timer_Bare").timerWithDate("${due}").endEvent("End_TimedOut")
                .moveToActivity("Task_BareWait").endEvent("End_Done").done();
        // The deadline hour's bare process: each virtual user works for a group of its own.
        BpmnModelInstance parallel = Bpmn.createExecutableProcess(DeadlineHour.BARE_PROCESS)
                .camundaHistoryTimeToLive(180).startEvent().userTask("Task_Bare").camundaCandidateGroups("${group}")
                .endEvent().done();
        app.getBean(RepositoryService.class).createDeployment().name("bench-bare")
                .addModelInstance("bench-bare-task.bpmn", task).addModelInstance("bench-bare-timer.bpmn", timer)
                .addModelInstance("bench-bare-parallel.bpmn", parallel).deploy();
        User user = identity.newUser(BARE_USER);
        user.setFirstName("Bare");
        user.setLastName("Engine");
        identity.saveUser(user);
        Group group = identity.newGroup(BARE_GROUP);
        group.setName("Bare engine");
        identity.saveGroup(group);
        identity.createMembership(BARE_USER, BARE_GROUP);
    }

    /**
     * Everyone signs in to Tasklist with one password in the deadline hour: the bare engine's virtual users are
     * created with it ({@value #PASSWORD} meets the password policy), and the city's people, who would each have set
     * their own through their password link, get the same stored hash.
     */
    private void signInPasswords() {
        for (int i = 0; i < settings.users(); i++) {
            String username = DeadlineHour.bareUser(i);
            User user = identity.newUser(username);
            user.setFirstName("Bare");
            user.setLastName("User " + (i + 1));
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            Group group = identity.newGroup(username);
            group.setName("Bare engine " + (i + 1));
            identity.saveGroup(group);
            identity.createMembership(username, username);
        }
        int people = db.sql("""
                update act_id_user set pwd_ = s.pwd_, salt_ = s.salt_
                from (select pwd_, salt_ from act_id_user where id_ = :first) s
                where act_id_user.pwd_ is null""").param("first", DeadlineHour.bareUser(0)).update();
        progress("%d people can sign in to Tasklist", people + settings.users());
    }

    /** As many bare boundary timers as there are schools fall due at one moment; the job executor fires them. */
    private void bareTimerBurst() throws InterruptedException {
        int timers = tree.schools();
        for (int i = 0; i < timers; i++) {
            runtime.startProcessInstanceByKey(BARE_TIMER_PROCESS, Map.of("due", BARE_TIMERS_DUE.toString()));
        }
        long t = fallDue(BARE_TIMERS_DUE.plusMinutes(1));
        await("bare timers fired", () -> management.createJobQuery().processDefinitionKey(BARE_TIMER_PROCESS)
                .count() == 0);
        double burst = seconds(System.nanoTime() - t);
        result.put("bareTimerBurstTimers", timers);
        result.put("bareTimerBurstSeconds", burst);
        progress("%d bare timers fired in %.1f s", timers, burst);
    }

    /** The same number of one-user-task instances, each started, listed, its form read and completed. */
    private double bareTasks(long count) {
        SignedInUser user = new SignedInUser(BARE_USER, List.of(BARE_GROUP));
        List<Double> chunkRates = new ArrayList<>();
        long t = System.nanoTime();
        long chunkStart = t;
        long chunkFrom = 0;
        for (long i = 0; i < count; i++) {
            runtime.startProcessInstanceByKey(BARE_TASK_PROCESS);
            as(user, () -> {
                Task task = (Task) filters.listPage(myUnitFilter, 0, 15).get(0);
                forms.getTaskFormVariables(task.getId(), null, false);
                tasks.claim(task.getId(), user.username());
                forms.submitTaskForm(task.getId(), Map.of("done", true));
                return null;
            });
            if (i + 1 == (chunkRates.size() + 1) * count / BARE_CHUNKS) {
                long now = System.nanoTime();
                chunkRates.add(round((i + 1 - chunkFrom) / ((now - chunkStart) / 1e9)));
                chunkStart = now;
                chunkFrom = i + 1;
            }
            if ((i + 1) % 5000 == 0) {
                progress("bare engine: %d of %d tasks", i + 1, count);
            }
        }
        long nanos = System.nanoTime() - t;
        double rate = count / (nanos / 1e9);
        List<Double> sorted = chunkRates.stream().sorted().toList();
        double median = sorted.get(sorted.size() / 2);
        result.put("bareTaskCompletions", count);
        result.put("bareSeconds", seconds(nanos));
        result.put("bareTasksPerSecond", round(rate));
        result.put("bareChunkTasksPerSecond", chunkRates);
        result.put("bareMedianChunkTasksPerSecond", median);
        progress("bare engine: %d tasks, %.1f per second, chunks %s", count, rate, chunkRates);
        return median;
    }

    // ---- Sơ kết ------------------------------------------------------------------------------------------------

    private long soKet() throws Exception {
        long campaignId = launchAndReminderBurst();
        driveYear(false);
        awaitJobs();
        progress("sơ kết done: %d tasks so far, %.1f per second", chainCompletions, chainCompletions / (chainNanos / 1e9));
        return campaignId;
    }

    /** The Sở launches the year; every school's report opens, and every school's first reminder falls due at once. */
    private long launchAndReminderBurst() throws Exception {
        ClockUtil.setCurrentTime(Date.from(LAUNCH.toInstant()));
        YearDriver year = app.getBean(YearDriver.class);
        long t = System.nanoTime();
        long campaignId = year.launch(tree.city().user(UnitRole.STAFF), "Phong trào thi đua năm học 2026-2027", List.of(
                YearDriver.phase("Đợt 1", LocalDate.of(2026, 9, 5), LocalDate.of(2027, 1, 16),
                        LocalDate.of(2027, 1, 25)),
                YearDriver.phase("Đợt 2", LocalDate.of(2027, 1, 18), LocalDate.of(2027, 5, 25),
                        LocalDate.of(2027, 6, 5))));
        wakeJobExecutor();
        awaitFanOut();
        result.put("fanOutSeconds", seconds(System.nanoTime() - t));
        progress("sơ kết fanned out to %d schools in %.1f s", tree.schools(), seconds(System.nanoTime() - t));

        reminderBurst();
        return campaignId;
    }

    /** Every school's first reminder falls due at one moment. */
    private void reminderBurst() throws InterruptedException {
        Job first = management.createJobQuery().activityId(UnitReportProcess.TIMER_REMINDER).orderByJobDuedate().asc()
                .listPage(0, 1).get(0);
        Date due = first.getDuedate();
        long timers = management.createJobQuery().activityId(UnitReportProcess.TIMER_REMINDER).duedateLowerThan(
                new Date(due.getTime() + 1)).count();
        long lastMailBefore = db.sql("select coalesce(max(id), 0) from mail_outbox").query(Long.class).single();
        long t = fallDue(OffsetDateTime.ofInstant(due.toInstant(), EngineClock.ZONE).plusMinutes(1));
        await("reminders queued", () -> management.createJobQuery().activityId(UnitReportProcess.TIMER_REMINDER)
                .executable().count() == 0);
        double queued = seconds(System.nanoTime() - t);
        long mails = db.sql("select count(*) from mail_outbox where id > :id and template = 'reminder'")
                .param("id", lastMailBefore).query(Long.class).single();
        await("reminders sent", () -> db.sql("select count(*) from mail_outbox where id > :id and status <> 'SENT'")
                .param("id", lastMailBefore).query(Long.class).single() == 0);
        double sent = seconds(System.nanoTime() - t);
        double bare = (Double) result.get("bareTimerBurstSeconds");
        result.put("reminderBurstTimers", timers);
        result.put("reminderBurstMails", mails);
        result.put("reminderBurstToOutboxSeconds", queued);
        result.put("reminderBurstToBareRatio", round(queued / bare));
        result.put("reminderBurstAllSentSeconds", sent);
        progress("%d reminders in the outbox in %.1f s, %d mails sent in %.1f s", timers, queued, mails, sent);
        forgetSentMail();
    }

    // ---- The deadline hour -------------------------------------------------------------------------------------

    /**
     * A campaign's sơ kết and tổng kết with {@code bench.users} people at work at once over HTTP, on every node, then
     * the bare engine likewise. {@code yearOffset} 0: the run's campaign (launch and reminder burst included); 1: a
     * second campaign a year later, after the one-user-at-a-time year (the smoke test).
     */
    private void deadlineHour(int yearOffset) throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        result.put("deadlineHour", out);
        out.put("virtualUsers", settings.users());
        out.put("thinkMillis", settings.thinkMillis());
        out.put("nodes", nodes.size());
        out.put("reviewersPerDistrict", tree.reviewers());
        out.put("loadAverageAtStart", LoadSampler.loadAverage());
        HttpClient http = TasklistClient.newHttpClient();
        List<TasklistClient> clients = new ArrayList<>();
        List<RuntimeService> runtimes = new ArrayList<>();
        List<IntSupplier> poolWaiters = new ArrayList<>();
        for (ConfigurableApplicationContext node : nodes) {
            clients.add(new TasklistClient(http, Integer.parseInt(node.getEnvironment()
                    .getProperty("local.server.port")), node.getBean(ProcessEngine.class).getName()));
            runtimes.add(node.getBean(RuntimeService.class));
            poolWaiters.add(threadsWaitingForConnection(node));
        }
        Map<String, Node> units = new HashMap<>();
        tree.all().forEach(unit -> units.put(unit.code(), unit));
        DeadlineHour hour = new DeadlineHour(settings.users(), settings.thinkMillis(), clients, runtimes, myUnitFilter, PASSWORD, db, units,
                new DeadlineHour.DossierPage() {
                    @Override
                    public void nominate(Node school, long reportId) {
                        saveNominations(school, reportId);
                    }

                    @Override
                    public void vote(Node unit, long reportId) {
                        recordVotes(unit, reportId);
                    }
                }, text -> {
                    progress("%s", text);
                    return text;
                });
        long failedJobsBefore = failedJobAttempts();

        long campaignId = yearOffset == 0 ? launchAndReminderBurst() : launchLater(yearOffset);
        long tasks = 0;
        double chainSeconds = 0;
        for (int phase = 1; phase <= 2; phase++) {
            String name = phase == 1 ? "soKet" : "tongKet";
            if (phase == 2) {
                long t = fallDue(TONG_KET.plusYears(yearOffset));
                awaitFanOut();
                if (yearOffset == 0) {
                    result.put("fanOutPhase2Seconds", seconds(System.nanoTime() - t));
                }
            }
            int phaseNo = phase;
            // People work while the clock runs, from the moment set above: a job whose run failed on optimistic
            // locking is tried again a moment later by the engine clock (PT2S), and a frozen clock never got there
            // (the stall of the first two-node run of the full city).
            ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis());
            LoadSampler load = new LoadSampler(db, poolWaiters);
            long t = System.nanoTime();
            long done = hour.drive(name, phase == 2, () -> accepted(campaignId, phaseNo) == tree.units());
            double phaseSeconds = (System.nanoTime() - t) / 1e9;
            load.close();
            Map<String, Object> figures = DeadlineHour.phaseFigures(Math.max(done, 0), phaseSeconds);
            figures.put("usersBusyShare", round(hour.lastBusyShare()));
            figures.put("load", load.summary());
            out.put(name, figures);
            if (done < 0) {
                out.put("stalled", "%s: nothing completed for %s, %d of %d reports accepted".formatted(name,
                        DeadlineHour.STALL, accepted(campaignId, phaseNo), tree.units()));
                progress("deadline hour stalled: %s", out.get("stalled"));
                out.putAll(stallEvidence(campaignId, phaseNo));
                break;
            }
            tasks += done;
            chainSeconds += phaseSeconds;
            progress("deadline hour, %s: %d tasks in %.1f s (%.1f per second)", name, done, phaseSeconds,
                    done / phaseSeconds);
            awaitJobs();
        }
        out.put("chainTaskCompletions", tasks);
        out.put("chainSeconds", round(chainSeconds));
        double chainRate = tasks / chainSeconds;
        out.put("chainTasksPerSecond", round(chainRate));
        out.put("calls", DeadlineHour.latencies(hour.chainCalls));
        out.put("errorsByStatus", hour.chainCalls.errorsByStatus());
        out.put("userVisibleErrors", hour.chainCalls.errorCount());
        out.put("firstErrorOfEachKind", hour.chainCalls.firstErrors());
        out.put("turnsWithNothingToDo", hour.emptyTurns());
        out.put("driverReadsRefused", hour.driverReadsFailed());
        out.put("jobFailuresRetried", failedJobAttempts() - failedJobsBefore);
        out.put("incidents", runtime.createIncidentQuery().count());

        LoadSampler load = new LoadSampler(db, poolWaiters);
        long signIns = hour.chainCalls.count("signIn");
        out.put("signInsPerTask", round((double) signIns / Math.max(tasks, 1)));
        double bareSeconds = hour.bare(Math.max(tasks, 1), signIns);
        load.close();
        Map<String, Object> bare = DeadlineHour.phaseFigures(Math.max(tasks, 1), bareSeconds);
        bare.put("calls", DeadlineHour.latencies(hour.bareCalls));
        bare.put("errorsByStatus", hour.bareCalls.errorsByStatus());
        bare.put("signInsPerTask", round((double) hour.bareCalls.count("signIn") / Math.max(tasks, 1)));
        bare.put("load", load.summary());
        out.put("bare", bare);
        out.put("taskRateRatio", round(chainRate / ((Number) bare.get("tasksPerSecond")).doubleValue()));
        // Each engine writes its name into the job log (Camunda's host name "<ip>$<engine name>").
        Map<String, Object> jobsByNode = new TreeMap<>();
        db.sql("select hostname_, count(*) from act_hi_job_log where job_state_ = 2 group by hostname_")
                .query((rs, n) -> jobsByNode.put(rs.getString(1).replaceAll(".*\\$", ""), rs.getLong(2))).list();
        out.put("jobsDoneByNode", jobsByNode);
        out.put("signInsByNode", new TreeMap<>(hour.signInsByNode));
        out.put("loadAverageAtEnd", LoadSampler.loadAverage());
        progress("deadline hour: chain %.1f tasks/s, bare %.1f tasks/s, %d failed calls", chainRate,
                bare.get("tasksPerSecond"), hour.chainCalls.errorCount());
    }

    /** A second campaign a year after the first, launched and fanned out to every school. */
    private long launchLater(int years) throws Exception {
        ClockUtil.setCurrentTime(Date.from(LAUNCH.plusYears(years).toInstant()));
        YearDriver year = app.getBean(YearDriver.class);
        String schoolYear = (2026 + years) + "-" + (2027 + years);
        long campaignId = year.launch(tree.city().user(UnitRole.STAFF), "Phong trào thi đua năm học " + schoolYear,
                List.of(YearDriver.phase("Đợt 1", LocalDate.of(2026 + years, 9, 5), LocalDate.of(2027 + years, 1, 16),
                                LocalDate.of(2027 + years, 1, 25)),
                        YearDriver.phase("Đợt 2", LocalDate.of(2027 + years, 1, 18), LocalDate.of(2027 + years, 5, 25),
                                LocalDate.of(2027 + years, 6, 5))),
                Map.of(CampaignProcessNames.Vars.SCHOOL_YEAR, schoolYear));
        wakeJobExecutor();
        awaitFanOut();
        return campaignId;
    }

    private long accepted(long campaignId, int phaseNo) {
        return db.sql("select count(*) from report where campaign_id = :c and phase_no = :p and status = :s")
                .param("c", campaignId).param("p", phaseNo).param("s", ReportStatus.ACCEPTED.name())
                .query(Long.class).single();
    }

    /**
     * What a stalled deadline hour leaves behind, for whoever reads the JSON (the embedded database goes with the run):
     * the reports not accepted, the jobs still there (lock owner and expiry, retries, due date, last exception) and
     * every failed job run.
     */
    private Map<String, Object> stallEvidence(long campaignId, int phaseNo) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("stalledReports", db.sql("""
                select id, unit_code, parent_unit_code, status from report
                where campaign_id = :c and phase_no = :p and status <> :s order by id""")
                .param("c", campaignId).param("p", phaseNo).param("s", ReportStatus.ACCEPTED.name())
                .query().listOfRows());
        evidence.put("stalledJobs", db.sql("""
                select id_, type_, handler_type_, lock_owner_, lock_exp_time_::text as lock_exp_time_, retries_,
                       duedate_::text as duedate_, exception_msg_, process_instance_id_
                from act_ru_job order by duedate_ nulls first limit 50""").query().listOfRows());
        evidence.put("failedJobRuns", db.sql("""
                select job_id_, job_def_type_, act_id_, job_exception_msg_, timestamp_::text as timestamp_
                from act_hi_job_log where job_state_ = 1 order by timestamp_""").query().listOfRows());
        return evidence;
    }

    /** Job runs that ended in an exception, retried or not (the job log keeps every attempt). */
    private long failedJobAttempts() {
        return db.sql("select count(*) from act_hi_job_log where job_state_ = 1").query(Long.class).single();
    }

    private static IntSupplier threadsWaitingForConnection(ConfigurableApplicationContext node) {
        DataSource dataSource = node.getBean(DataSource.class);
        if (dataSource instanceof HikariDataSource hikari) {
            return () -> hikari.getHikariPoolMXBean() == null ? 0
                    : hikari.getHikariPoolMXBean().getThreadsAwaitingConnection();
        }
        return () -> 0;
    }

    // ---- Tổng kết ----------------------------------------------------------------------------------------------

    private void tongKet(long campaignId) throws Exception {
        long t = fallDue(TONG_KET);
        awaitFanOut();
        result.put("fanOutPhase2Seconds", seconds(System.nanoTime() - t));
        progress("tổng kết fanned out in %.1f s", seconds(System.nanoTime() - t));
        Node secretary = tree.schoolsOf(tree.districtList().get(0)).get(0);
        queryLatency("schoolSecretary", secretary.user(UnitRole.STAFF));
        driveYear(true);
        awaitJobs();
        progress("tổng kết done: %d tasks, %.1f per second", chainCompletions, chainCompletions / (chainNanos / 1e9));
    }

    // ---- The year, as its people do it ------------------------------------------------------------------------

    private void driveYear(boolean dossier) throws InterruptedException {
        Node city = tree.city();
        List<Node> districts = tree.districtList();
        for (Node district : districts) {
            List<Node> schools = tree.schoolsOf(district);
            for (Node school : schools) {
                if (dossier) {
                    nominate(school);
                }
                report(school, dossier);
            }
            if (dossier && district.index() == 0) {
                queryLatency("districtReviewer", district.user(UnitRole.STAFF));
            }
            review(district, schools, dossier);
            // The district's own report opens in the job that hands its last school's report back.
            awaitJobs();
            report(district, dossier);
            review(city, List.of(district), dossier);
            progress("%s %s done (%d tasks so far)", dossier ? "tổng kết" : "sơ kết", district.code(), chainCompletions);
            forgetSentMail();
        }
        awaitJobs();
        report(city, dossier);
    }

    /** A unit's own report: staff prepare, the council votes (tổng kết), the head signs and decides if due. */
    private void report(Node unit, boolean dossier) {
        act(unit.user(UnitRole.STAFF), UnitReportProcess.PREPARE_REPORT, form -> Map.of(
                FormFields.SUMMARY, "Đơn vị đã tổ chức phong trào thi đua “Dạy tốt – Học tốt” đến toàn thể cán bộ.",
                FormFields.STAFF_COUNT, 45,
                FormFields.REGISTERED_COUNT, 40,
                FormFields.HIGHLIGHTS, "Tổ chuyên môn có hai sáng kiến được công nhận cấp cơ sở."));
        if (dossier) {
            act(unit.user(UnitRole.COUNCIL), UnitReportProcess.COUNCIL_VOTE, form -> {
                vote(unit, reportId(form));
                return Map.of(FormFields.COUNCIL_CONFIRMED, true);
            });
        }
        act(unit.user(UnitRole.HEAD), UnitReportProcess.APPROVE_REPORT,
                form -> Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE));
        if (dossier) {
            String position = unit.parentCode() == null ? "Giám đốc" : "Trưởng phòng";
            String office = unit.parentCode() == null ? "SGDĐT" : "GDĐT";
            actIfPresent(unit.user(UnitRole.HEAD), UnitReportProcess.ISSUE_DECISION, form -> Map.of(
                    FormFields.DECISION_NUMBER, ++decisionNumber + "/QĐ-" + office,
                    FormFields.DECISION_SIGNED_ON, TONG_KET.toLocalDate().toString(),
                    FormFields.SIGNER_NAME, "Võ Thanh Sơn",
                    FormFields.SIGNER_POSITION, position));
        }
    }

    /** The parent's staff review every child's report; every tenth child is returned once and sent again. */
    private void review(Node parent, List<Node> children, boolean dossier) {
        String reviewer = parent.user(UnitRole.STAFF);
        List<Node> again = new ArrayList<>();
        Map<String, Node> byCode = new HashMap<>();
        children.forEach(c -> byCode.put(c.code(), c));
        for (int i = 0; i < children.size(); i++) {
            act(reviewer, UnitReportProcess.REVIEW_REPORT, form -> {
                Node child = byCode.get((String) form.get(Vars.UNIT_CODE));
                if (child.index() % 10 == 0 && returned.add((dossier ? "2-" : "1-") + child.code())) {
                    again.add(child);
                    return Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_RETURN,
                            FormFields.RETURN_REASONS, "Thiếu biên bản họp hội đồng thi đua, đề nghị bổ sung.",
                            FormFields.NEW_DEADLINE, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
                                    EngineClock.ZONE).plusDays(14).toString());
                }
                return Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT);
            });
        }
        for (Node child : again) {
            report(child, dossier);
        }
        for (int i = 0; i < again.size(); i++) {
            act(reviewer, UnitReportProcess.REVIEW_REPORT, form -> Map.of(Vars.REVIEW_DECISION,
                    UnitReportProcess.REVIEW_ACCEPT));
        }
    }

    private interface FormFilling {
        Map<String, Object> fill(Map<String, Object> form);
    }

    private void act(String username, String taskKey, FormFilling filling) {
        if (!actIfPresent(username, taskKey, filling)) {
            throw new IllegalStateException(username + " has no task " + taskKey);
        }
    }

    /**
     * One user's turn in Tasklist: list the filter, open the first task of the kind, read its form, submit it.
     * Counted in the chain's rate, except the time spent on the dossier page inside {@code filling}.
     */
    private boolean actIfPresent(String username, String taskKey, FormFilling filling) {
        SignedInUser user = user(username);
        long t = System.nanoTime();
        long dossierBefore = dossierNanos;
        boolean done = attempt(user, taskKey, filling);
        // A report handed back to its parent in a job (asynchronous continuation): the parent's next task appears
        // when the job executor has run it, moments later. The wait is counted in the chain's time.
        if (!done && handBackPending()) {
            done = attempt(user, taskKey, filling);
        }
        chainNanos += System.nanoTime() - t - (dossierNanos - dossierBefore);
        if (done) {
            chainCompletions++;
        }
        return done;
    }

    private boolean attempt(SignedInUser user, String taskKey, FormFilling filling) {
        return as(user, () -> {
            Task task = firstTask(user, taskKey);
            if (task == null) {
                return false;
            }
            // Tasklist: open the task and read every variable it sees, serialized values left serialized (as its
            // form-js forms do: GET /task/{id}/form-variables?deserializeValues=false), claim it (the form is
            // read-only until then), fill it in, complete.
            Map<String, Object> form = formVariables(task.getId());
            tasks.claim(task.getId(), user.username());
            forms.submitTaskForm(task.getId(), filling.fill(form));
            return true;
        });
    }

    /** Whether jobs were due; if so, returns once the job executor has run them all. */
    private boolean handBackPending() {
        if (management.createJobQuery().executable().count() == 0) {
            return false;
        }
        wakeJobExecutor();
        try {
            awaitJobs();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return true;
    }

    /** What Tasklist's REST call returns: each value as is, a serialized object as its serialized form. */
    private Map<String, Object> formVariables(String taskId) {
        VariableMap variables = forms.getTaskFormVariables(taskId, null, false);
        Map<String, Object> form = new HashMap<>();
        for (String name : variables.keySet()) {
            TypedValue value = variables.getValueTyped(name);
            form.put(name, value instanceof SerializableValue serializable && !serializable.isDeserialized()
                    ? serializable.getValueSerialized() : value.getValue());
        }
        return form;
    }

    private Task firstTask(SignedInUser user, String taskKey) {
        for (Object listed : filters.listPage(myUnitFilter, 0, 15)) {
            Task task = (Task) listed;
            if (task.getTaskDefinitionKey().equals(taskKey)) {
                return task;
            }
        }
        // Not on the first page: the user narrows the list to that kind of task.
        List<Task> found = tasks.createTaskQuery().taskCandidateGroupIn(user.groupIds()).taskDefinitionKey(taskKey)
                .orderByDueDate().asc().listPage(0, 1);
        return found.isEmpty() ? null : found.get(0);
    }

    // ---- The dossier page ------------------------------------------------------------------------------------

    private static long reportId(Map<String, Object> form) {
        String url = (String) form.get(FormFields.DOSSIER_URL);
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    /** The school's staff type its list on the dossier page and justify whatever the rules flag. */
    private void nominate(Node school) {
        SignedInUser staff = user(school.user(UnitRole.STAFF));
        Task prepare = as(staff, () -> firstTask(staff, UnitReportProcess.PREPARE_REPORT));
        long reportId = as(staff, () -> reportId(formVariables(prepare.getId())));
        long t = System.nanoTime();
        saveNominations(school, reportId);
        dossierNanos += System.nanoTime() - t;
    }

    /** The school's list saved on the dossier page, every flagged entry justified. Safe from several threads. */
    private void saveNominations(Node school, long reportId) {
        SignedInUser staff = user(school.user(UnitRole.STAFF));
        List<DossierEntry> saved = dossiers.save(staff, reportId, nominations(school));
        for (DossierEntry entry : saved) {
            if (entry.needsJustification()) {
                dossiers.justify(staff, reportId, entry.id(), "Đơn vị đề nghị vì thành tích nổi bật trong năm học.");
            }
        }
    }

    /** The council records its meeting and votes for every nomination before it. */
    private void vote(Node unit, long reportId) {
        long t = System.nanoTime();
        recordVotes(unit, reportId);
        dossierNanos += System.nanoTime() - t;
    }

    /** The council's meeting and votes on the dossier page. Safe from several threads. */
    private void recordVotes(Node unit, long reportId) {
        SignedInUser council = user(unit.user(UnitRole.COUNCIL));
        if (dossierRecords.canVote(council, reportId)) {
            dossiers.recordMeeting(council, reportId, TONG_KET.toLocalDate(), 13, 12, true, null);
            Map<Long, Integer> votes = new HashMap<>();
            dossierRecords.toVote(council, reportId).forEach(e -> votes.put(e.id(), 12));
            dossiers.recordVotes(council, reportId, votes);
        }
    }

    /**
     * A school's list: Lao động tiên tiến for most, three Chiến sĩ thi đua cơ sở, the school as Tập thể lao động
     * tiên tiến, and in every tenth school one Bằng khen of the city (a city decision).
     */
    List<Nomination> nominations(Node school) {
        List<Nomination> list = new ArrayList<>();
        int people = Math.max(1, settings.nominees() - 1);
        boolean cityTitle = school.index() % 10 == 1;
        for (int n = 0; n < people; n++) {
            String name = CityTree.person(n);
            LocalDate born = birth(n);
            String title = cityTitle && n == 0 ? "BKTP" : n >= 1 && n <= 3 ? "CSTDCS" : "LDTT";
            boolean initiative = title.equals("CSTDCS");
            Rating rating = title.equals("LDTT") && n % 4 != 0 ? Rating.GOOD : Rating.EXCELLENT;
            list.add(new Nomination.Person(NomineeKeys.person(school.code(), name, born), school.code(), name, born,
                    "Giáo viên", rating,
                    initiative ? "Ứng dụng bản đồ tư duy trong dạy Tiếng Việt lớp " + (n + 1) : null,
                    initiative ? RecognitionLevel.UNIT : RecognitionLevel.NONE, null, RecognitionLevel.NONE,
                    // Days off and months in post vary as they do in a real list (the rules' verdicts depend on them).
                    Discipline.NONE, (n + school.index()) % 15, n % 9 == 5, 10 + n % 3, null, title,
                    "Hoàn thành tốt công tác chủ nhiệm lớp " + (n % 5 + 1) + "."));
        }
        list.add(new Nomination.Collective(NomineeKeys.collective(school.code(), null), school.code(), school.name(),
                Rating.GOOD, 40, 40, 30, 3, 0, null, "TTLDTT",
                "Trường đạt chuẩn quốc gia mức độ 2; 98% học sinh hoàn thành chương trình lớp học."));
        return list;
    }

    private static LocalDate birth(int n) {
        return LocalDate.of(1975 + n % 25, n % 12 + 1, 1 + n % 27);
    }

    /** Titles of the two years before, from paper decisions: the city title needs them. */
    private void recordEarlierTitles() {
        DossierRecords history = app.getBean(DossierRecords.class);
        for (Node district : tree.districtList()) {
            for (Node school : tree.schoolsOf(district)) {
                if (school.index() % 10 == 1) {
                    String name = CityTree.person(0);
                    String key = NomineeKeys.person(school.code(), name, birth(0));
                    for (String schoolYear : List.of("2024-2025", "2025-2026")) {
                        for (String title : List.of("LDTT", "CSTDCS")) {
                            history.recordEarlierTitle(key, title, schoolYear, name, school.code());
                        }
                    }
                }
            }
        }
    }

    // ---- Tasklist query latency --------------------------------------------------------------------------------

    /** p50/p95 of the Tasklist list (first page and count of "Việc của đơn vị tôi") for one user. */
    private void queryLatency(String who, String username) {
        SignedInUser user = user(username);
        long[] nanos = new long[settings.queryRuns()];
        long seen = 0;
        for (int i = 0; i < nanos.length; i++) {
            long t = System.nanoTime();
            seen = as(user, () -> {
                filters.listPage(myUnitFilter, 0, 15);
                return filters.count(myUnitFilter);
            });
            nanos[i] = System.nanoTime() - t;
        }
        Arrays.sort(nanos);
        result.put(who + "QueryTasks", seen);
        result.put(who + "QueryP50Ms", millis(nanos[(int) Math.floor(0.50 * (nanos.length - 1))]));
        result.put(who + "QueryP95Ms", millis(nanos[(int) Math.ceil(0.95 * (nanos.length - 1))]));
        progress("Tasklist query of %s (%d tasks): p50 %s ms, p95 %s ms", username, seen,
                result.get(who + "QueryP50Ms"), result.get(who + "QueryP95Ms"));
    }

    // ---- Engine plumbing ---------------------------------------------------------------------------------------

    private SignedInUser user(String username) {
        // Tasklist reads a user's groups once, at sign-in.
        return users.computeIfAbsent(username, u -> new SignedInUser(u, identity.createGroupQuery().groupMember(u)
                .list().stream().map(Group::getId).toList()));
    }

    private <T> T as(SignedInUser user, Supplier<T> action) {
        identity.setAuthentication(user.username(), user.groupIds());
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Moves the engine clock and tells the job executor to look at once; returns when the move happened. */
    private long fallDue(OffsetDateTime at) {
        ClockUtil.setCurrentTime(Date.from(at.toInstant()));
        long t = System.nanoTime();
        wakeJobExecutor();
        return t;
    }

    /**
     * An idle job executor polls with a growing back-off; without a hint it would notice the moved clock up to
     * {@code max-wait} later. Both bursts are measured from the hint, so they compare firing, not polling.
     */
    private void wakeJobExecutor() {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
    }

    private void awaitFanOut() throws InterruptedException {
        await("every school's report open", () -> tasks.createTaskQuery()
                .taskDefinitionKey(UnitReportProcess.PREPARE_REPORT).count() == tree.schools());
        awaitJobs();
    }

    private void awaitJobs() throws InterruptedException {
        await("jobs done", () -> management.createJobQuery().executable().count() == 0);
    }

    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            // A job that failed with retries left is tried again by the job executor; none left is an incident.
            long failed = management.createJobQuery().noRetriesLeft().count();
            if (failed > 0 || System.nanoTime() > deadline) {
                Job job = management.createJobQuery().noRetriesLeft().listPage(0, 1).stream().findFirst().orElse(null);
                throw new IllegalStateException("Not reached: " + what + " (failed jobs " + failed + ": "
                        + (job == null ? "" : job.getExceptionMessage()) + ")");
            }
            Thread.sleep(20);
        }
    }

    private long databaseSizeMb() {
        return db.sql("select pg_database_size(current_database())").query(Long.class).single() / (1024 * 1024);
    }

    private void putHeap() {
        result.put("peakHeapMb", round(heap.peakUsedBytes() / (1024.0 * 1024.0)));
        result.put("peakHeapAfterGcMb", round(heap.peakAfterGcBytes() / (1024.0 * 1024.0)));
    }

    /** Drops what the local SMTP server received so far (the outbox keeps its record of every mail). */
    private void forgetSentMail() {
        try {
            smtp.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException("The local SMTP server could not be emptied", e);
        }
    }

    private void progress(String format, Object... args) {
        System.err.printf("[bench %6.1f s] %s%n", (System.nanoTime() - started) / 1e9, format.formatted(args));
    }

    private static double seconds(long nanos) {
        return round(nanos / 1e9);
    }

    private static double millis(long nanos) {
        return round(nanos / 1e6);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /**
     * Test configurations (the shared embedded database of the tests) live in the scanned packages; the
     * benchmark's application must not pick them up.
     */
    static final class SkipTestConfigurations extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
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
