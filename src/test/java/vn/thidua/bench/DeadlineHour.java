package vn.thidua.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.thidua.bench.CityTree.Node;
import vn.thidua.bench.TasklistClient.Answer;
import vn.thidua.bench.TasklistClient.Session;
import vn.thidua.deadline.EngineClock;
import vn.thidua.report.UnitReportProcess;
import vn.thidua.report.UnitReportProcess.FormFields;
import vn.thidua.report.UnitReportProcess.Vars;

/**
 * The deadline hour: {@code users} virtual users work at the same time, each one a person of the city signed in to
 * Tasklist on one of the application nodes (a person stays on the node where they signed in), through the HTTP calls
 * Tasklist makes: list the "Việc của đơn vị tôi" filter, read the task's form variables, claim it, submit its form.
 * Schools' staff, heads and councils and the districts' and the city's reviewers (several per unit), councils and
 * heads all take their turns as their work appears.
 * <p>
 * Who has work is read from the engine's tables (open tasks and their candidate groups' members), as people learn
 * it from a mail or a glance at Tasklist; a person with work waits for a free virtual user. A person works on one
 * task at a time, and several people of one reviewing group each take a different task, as colleagues sharing a
 * list do. A call that fails is counted by kind and HTTP status; the person tries again at their next turn.
 * <p>
 * The bare engine gets the same number of virtual users on the same nodes and database: each starts a one-user-task
 * instance for its own group and does the same four calls.
 */
final class DeadlineHour {

    static final Duration STALL = Duration.ofMinutes(5);
    static final String BARE_PROCESS = "BenchBareTaskParallel";
    static final String BARE_USER_PREFIX = "benchvu";
    static final int PAGE = 15;

    /** The dossier page's work a form needs first, done in the application as the page does it. */
    interface DossierPage {
        void nominate(Node school, long reportId);

        void vote(Node unit, long reportId);
    }

    private final int users;
    private final int thinkMillis;
    private final List<TasklistClient> nodes;
    private final List<RuntimeService> runtimes;
    private final String filterId;
    private final String password;
    private final JdbcClient db;
    private final Map<String, Node> units;
    private final DossierPage dossierPage;
    private final Function<String, String> progress;

    private final ConcurrentMap<String, Session> sessions = new ConcurrentHashMap<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final Set<String> busy = ConcurrentHashMap.newKeySet();
    private final Set<String> returned = ConcurrentHashMap.newKeySet();
    private final Set<Long> nominated = ConcurrentHashMap.newKeySet();
    private final AtomicInteger decisionNumber = new AtomicInteger(1000);
    private final AtomicLong completions = new AtomicLong();
    private final AtomicLong emptyTurns = new AtomicLong();
    private final AtomicLong driverReadsFailed = new AtomicLong();
    private final AtomicLong turnNanos = new AtomicLong();
    private volatile double lastBusyShare;
    /** People signed in on each node (by engine name). */
    final ConcurrentMap<String, Long> signInsByNode = new ConcurrentHashMap<>();
    final CallTimes chainCalls = new CallTimes();
    final CallTimes bareCalls = new CallTimes();

    DeadlineHour(int users, int thinkMillis, List<TasklistClient> nodes, List<RuntimeService> runtimes, String filterId,
                 String password, JdbcClient db, Map<String, Node> units, DossierPage dossierPage,
                 Function<String, String> progress) {
        this.users = users;
        this.thinkMillis = thinkMillis;
        this.nodes = nodes;
        this.runtimes = runtimes;
        this.filterId = filterId;
        this.password = password;
        this.db = db;
        this.units = units;
        this.dossierPage = dossierPage;
        this.progress = progress;
    }

    long completions() {
        return completions.get();
    }

    long emptyTurns() {
        return emptyTurns.get();
    }

    /**
     * Of the last drive, the share of the virtual users' time spent in a turn (the rest they waited for someone
     * to have work: at the end of a phase only a district or the city is left).
     */
    double lastBusyShare() {
        return lastBusyShare;
    }

    /** The driver's own reads of who has work that the database refused (e.g. no free pooled connection). */
    long driverReadsFailed() {
        return driverReadsFailed.get();
    }

    /**
     * Everyone works until {@code done}; returns the user tasks completed, or -1 when nothing moved for
     * {@link #STALL} (the run reports it and stops driving).
     */
    long drive(String phase, boolean dossier, BooleanSupplier done) throws InterruptedException {
        long before = completions.get();
        turnNanos.set(0);
        long driveStart = System.nanoTime();
        LinkedBlockingQueue<String> ready = new LinkedBlockingQueue<>();
        AtomicLong failures = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        boolean[] finished = {false};
        for (int i = 0; i < users; i++) {
            Thread worker = new Thread(() -> {
                while (true) {
                    String account;
                    try {
                        account = ready.poll(100, TimeUnit.MILLISECONDS);
                    } catch (InterruptedException e) {
                        return;
                    }
                    if (account == null) {
                        synchronized (finished) {
                            if (finished[0]) {
                                return;
                            }
                        }
                        continue;
                    }
                    long started = System.nanoTime();
                    try {
                        turn(account, phase, dossier);
                    } catch (RuntimeException e) {
                        failures.incrementAndGet();
                        chainCalls.error("driver", 0, e.toString());
                    } finally {
                        busy.remove(account);
                        turnNanos.addAndGet(System.nanoTime() - started);
                    }
                }
            }, "bench-user-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        long lastProgress = System.nanoTime();
        long lastCount = completions.get();
        long lastReport = System.nanoTime();
        boolean stalled = false;
        try {
            while (!isDone(done)) {
                if (ready.size() < users) {
                    try {
                        offerWork(ready);
                    } catch (RuntimeException e) {
                        // The database refused the driver's own read (no free connection): try again shortly.
                        driverReadsFailed.incrementAndGet();
                    }
                }
                // Look again 100 ms later, or as soon as someone completed a task (new work may follow), but not
                // more often than every 20 ms: the driver's read must not become the database's work.
                synchronized (completions) {
                    completions.wait(100);
                }
                Thread.sleep(20);
                long now = System.nanoTime();
                if (completions.get() != lastCount) {
                    lastCount = completions.get();
                    lastProgress = now;
                } else if (now - lastProgress > STALL.toNanos()) {
                    stalled = true;
                    break;
                }
                if (now - lastReport > 30e9) {
                    lastReport = now;
                    progress.apply("%s: %d tasks by %d users, %d failed calls".formatted(phase,
                            completions.get() - before, users, chainCalls.errorCount()));
                }
            }
        } finally {
            synchronized (finished) {
                finished[0] = true;
            }
            ready.clear();
            for (Thread worker : workers) {
                worker.join();
            }
            busy.clear();
            lastBusyShare = turnNanos.get() / ((double) users * (System.nanoTime() - driveStart));
        }
        return stalled ? -1 : completions.get() - before;
    }

    private boolean isDone(BooleanSupplier done) {
        try {
            return done.getAsBoolean();
        } catch (RuntimeException e) {
            driverReadsFailed.incrementAndGet();
            return false;
        }
    }

    /** Hands each open task not yet being worked on to one person who may do it, if that person is free. */
    private void offerWork(LinkedBlockingQueue<String> ready) {
        Set<String> offered = new java.util.HashSet<>();
        db.sql("""
                select t.id_, t.assignee_, m.user_id_
                from act_ru_task t
                join act_ru_identitylink i on i.task_id_ = t.id_ and i.type_ = 'candidate' and i.group_id_ is not null
                join act_id_membership m on m.group_id_ = i.group_id_
                where t.proc_def_id_ like :key
                order by t.create_time_, t.id_""")
                .param("key", UnitReportProcess.KEY + ":%")
                .query((rs, n) -> {
                    String task = rs.getString(1);
                    String assignee = rs.getString(2);
                    String person = assignee != null ? assignee : rs.getString(3);
                    if (!inFlight.contains(task) && !offered.contains(task) && busy.add(person)) {
                        offered.add(task);
                        ready.add(person);
                    }
                    return null;
                }).list();
    }

    /** One person's turn in Tasklist. */
    private void turn(String account, String phase, boolean dossier) {
        Session session = session(account, chainCalls);
        Map<String, Object> task = pick(session, chainCalls, "list");
        if (task == null) {
            emptyTurns.incrementAndGet();
            return;
        }
        String taskId = (String) task.get("id");
        try {
            long t = System.nanoTime();
            Answer form = session.formVariables(taskId);
            if (!timed(chainCalls, "formVariables", t, form)) {
                return;
            }
            think();
            Map<String, Object> values = fill(phase, dossier, (String) task.get("taskDefinitionKey"),
                    TasklistClient.values(form));
            if (values == null) {
                return;
            }
            if (task.get("assignee") == null) {
                t = System.nanoTime();
                if (!timed(chainCalls, "claim", t, session.claim(taskId))) {
                    return;
                }
            }
            t = System.nanoTime();
            if (timed(chainCalls, "submit", t, session.submitForm(taskId, values))) {
                completions.incrementAndGet();
                synchronized (completions) {
                    completions.notifyAll();
                }
            }
        } finally {
            inFlight.remove(taskId);
        }
    }

    /** A person reading the form and typing before they submit it ({@code bench.think-ms}). */
    private void think() {
        if (thinkMillis > 0) {
            try {
                Thread.sleep(thinkMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The first task of the filter's first page that is this person's or nobody's and not being worked on. */
    private Map<String, Object> pick(Session session, CallTimes calls, String kind) {
        long t = System.nanoTime();
        Answer list = session.listFilter(filterId, PAGE);
        if (!timed(calls, kind, t, list)) {
            return null;
        }
        Map<String, Object> pick = null;
        for (Map<String, Object> task : TasklistClient.tasks(list)) {
            Object assignee = task.get("assignee");
            if (assignee != null && !assignee.equals(session.username)) {
                continue;
            }
            // Own claimed tasks first (a submit that failed is tried again), then the list's order.
            if (assignee != null && inFlight.add((String) task.get("id"))) {
                if (pick != null) {
                    inFlight.remove((String) pick.get("id"));
                }
                return task;
            }
            if (pick == null && assignee == null && inFlight.add((String) task.get("id"))) {
                pick = task;
            }
        }
        return pick;
    }

    private Session session(String account, CallTimes calls) {
        Session session = sessions.get(account);
        if (session == null) {
            long t = System.nanoTime();
            TasklistClient node = node(account);
            session = node.signIn(account, password);
            signInsByNode.merge(node.engine(), 1L, Long::sum);
            calls.record("signIn", System.nanoTime() - t);
            sessions.put(account, session);
        }
        return session;
    }

    /** A person stays on the node of their first sign-in, as behind a load balancer with sticky sessions. */
    private TasklistClient node(String account) {
        return nodes.get(Math.floorMod(account.hashCode(), nodes.size()));
    }

    private static boolean timed(CallTimes calls, String kind, long startNanos, Answer answer) {
        if (answer.ok()) {
            calls.record(kind, System.nanoTime() - startNanos);
            return true;
        }
        calls.error(kind, answer.status(), answer.body());
        return false;
    }

    /**
     * What the person types into the task's form (and does on the dossier page first, where the form asks); null
     * when the dossier page failed and the form is left for the next turn.
     */
    private Map<String, Object> fill(String phase, boolean dossier, String taskKey, Map<String, Object> form) {
        Node unit = units.get((String) form.get(Vars.UNIT_CODE));
        if (unit == null) {
            throw new IllegalStateException("Unknown unit in a " + taskKey + " form: " + form.get(Vars.UNIT_CODE));
        }
        switch (taskKey) {
            case UnitReportProcess.PREPARE_REPORT -> {
                long reportId = dossier ? reportId(form) : 0;
                if (dossier && "truong".equals(unit.level()) && !nominated.contains(reportId)) {
                    if (!timedDossier(() -> dossierPage.nominate(unit, reportId))) {
                        return null;
                    }
                    nominated.add(reportId);
                }
                return Map.of(
                        FormFields.SUMMARY, "Đơn vị đã tổ chức phong trào thi đua “Dạy tốt – Học tốt” đến toàn thể cán bộ.",
                        FormFields.STAFF_COUNT, 45,
                        FormFields.REGISTERED_COUNT, 40,
                        FormFields.HIGHLIGHTS, "Tổ chuyên môn có hai sáng kiến được công nhận cấp cơ sở.");
            }
            case UnitReportProcess.COUNCIL_VOTE -> {
                if (!timedDossier(() -> dossierPage.vote(unit, reportId(form)))) {
                    return null;
                }
                return Map.of(FormFields.COUNCIL_CONFIRMED, true);
            }
            case UnitReportProcess.APPROVE_REPORT -> {
                return Map.of(Vars.HEAD_DECISION, UnitReportProcess.HEAD_APPROVE);
            }
            case UnitReportProcess.ISSUE_DECISION -> {
                boolean city = unit.parentCode() == null;
                return Map.of(
                        FormFields.DECISION_NUMBER, decisionNumber.incrementAndGet() + "/QĐ-" + (city ? "SGDĐT" : "GDĐT"),
                        FormFields.DECISION_SIGNED_ON, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
                                EngineClock.ZONE).toString(),
                        FormFields.SIGNER_NAME, "Võ Thanh Sơn",
                        FormFields.SIGNER_POSITION, city ? "Giám đốc" : "Trưởng phòng");
            }
            case UnitReportProcess.REVIEW_REPORT -> {
                // Every tenth child's report is returned once, with a reason and a new deadline.
                if (unit.index() % 10 == 0 && returned.add(phase + unit.code())) {
                    return Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_RETURN,
                            FormFields.RETURN_REASONS, "Thiếu biên bản họp hội đồng thi đua, đề nghị bổ sung.",
                            FormFields.NEW_DEADLINE, LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(),
                                    EngineClock.ZONE).plusDays(14).toString());
                }
                return Map.of(Vars.REVIEW_DECISION, UnitReportProcess.REVIEW_ACCEPT);
            }
            default -> throw new IllegalStateException("No form filling for " + taskKey);
        }
    }

    /**
     * The dossier page's work, in the application; a failure is what the page would answer with a 500, and the
     * person tries again at their next turn.
     */
    private boolean timedDossier(Runnable work) {
        long t = System.nanoTime();
        try {
            work.run();
        } catch (RuntimeException e) {
            chainCalls.error("dossierPage", 500, e.toString());
            return false;
        }
        chainCalls.record("dossierPage", System.nanoTime() - t);
        return true;
    }

    private static long reportId(Map<String, Object> form) {
        String url = (String) form.get(FormFields.DOSSIER_URL);
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    // ---- The bare engine under the same concurrency ------------------------------------------------------------

    /**
     * {@code count} one-user-task instances, started and completed by the virtual users, each user for its own
     * group ({@value #BARE_USER_PREFIX}1 …), through the same four calls. Returns the wall seconds.
     *
     * <p>The chain's tasks belong to many people, each of whom signs in to Tasklist once ({@code signIns} in all);
     * the bare engine's to {@code users} people. So that both serve the same calls per task, a bare user signs in
     * again, spread evenly over the turns, until the bare run has made as many sign-ins as the chain.
     */
    double bare(long count, long signIns) throws InterruptedException {
        AtomicLong next = new AtomicLong();
        long target = Math.max(signIns, users);
        AtomicLong planned = new AtomicLong(users);
        List<Thread> workers = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int i = 0; i < users; i++) {
            String user = bareUser(i);
            RuntimeService runtime = runtimes.get(Math.floorMod(user.hashCode(), runtimes.size()));
            Thread worker = new Thread(() -> {
                long turn;
                while ((turn = next.getAndIncrement()) < count) {
                    try {
                        if (sessions.containsKey(user) && planned.get() < target * (turn + 1) / count
                                && planned.incrementAndGet() <= target) {
                            sessions.remove(user);
                        }
                        runtime.startProcessInstanceByKey(BARE_PROCESS, Map.of("group", user));
                        bareTurn(user);
                    } catch (RuntimeException e) {
                        bareCalls.error("driver", 0, e.toString());
                    }
                }
            }, "bench-bare-user-" + i);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private void bareTurn(String user) {
        Session session = session(user, bareCalls);
        Map<String, Object> task = pick(session, bareCalls, "list");
        if (task == null) {
            bareCalls.error("list", 200, "no task on the first page");
            return;
        }
        String taskId = (String) task.get("id");
        try {
            long t = System.nanoTime();
            if (!timed(bareCalls, "formVariables", t, session.formVariables(taskId))) {
                return;
            }
            think();
            t = System.nanoTime();
            if (!timed(bareCalls, "claim", t, session.claim(taskId))) {
                return;
            }
            t = System.nanoTime();
            timed(bareCalls, "submit", t, session.submitForm(taskId, Map.of("done", true)));
        } finally {
            inFlight.remove(taskId);
        }
    }

    static String bareUser(int i) {
        return BARE_USER_PREFIX + (i + 1);
    }

    /** The calls in the report's order. */
    static Map<String, Object> latencies(CallTimes calls) {
        return calls.latencies("signIn", "list", "formVariables", "claim", "submit", "dossierPage");
    }

    static Map<String, Object> phaseFigures(long tasks, double seconds) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("tasks", tasks);
        out.put("seconds", Math.round(seconds * 100) / 100.0);
        out.put("tasksPerSecond", Math.round(tasks / seconds * 100) / 100.0);
        return out;
    }
}
