package vn.thidua.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntSupplier;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a stretch of the run used and waited for, to see what saturates first: CPU seconds of this JVM (the
 * application nodes and the driver), of the PostgreSQL server's processes and of the whole machine (Linux
 * {@code /proc}), and every {@value #PERIOD_MS} ms a sample of {@code pg_stat_activity} (what each client backend is
 * doing or waiting for), of {@code pg_locks} not granted and of the threads waiting for a pooled connection. Where the
 * server has {@code pg_stat_statements} (the embedded one does), also the statements that took most of its time.
 */
final class LoadSampler implements AutoCloseable {

    static final long PERIOD_MS = 500;
    private static final double TICKS_PER_SECOND = 100.0;

    private final JdbcClient db;
    private final List<IntSupplier> poolWaiters;
    private final long postmasterPid;
    private final Thread thread;
    private final long startNanos = System.nanoTime();
    private final long startJvmCpu = jvmCpuNanos();
    private final long startPgTicks;
    private final long[] startMachine;
    private final String loadAtStart = loadAverage();
    private final boolean statements;
    private final Map<String, Long> backendStates = new TreeMap<>();
    private long samples;
    private long locksNotGrantedSum;
    private long locksNotGrantedMax;
    private long poolWaitersSum;
    private long poolWaitersMax;
    private volatile boolean stop;

    /**
     * @param poolWaiters threads waiting for a connection, one supplier per application node's pool
     */
    LoadSampler(JdbcClient db, List<IntSupplier> poolWaiters) {
        this.db = db;
        this.poolWaiters = poolWaiters;
        long backend = db.sql("select pg_backend_pid()").query(Long.class).single();
        this.postmasterPid = parentOf(backend);
        this.startPgTicks = postgresTicks();
        this.startMachine = machineTicks();
        this.statements = resetStatements(db);
        this.thread = new Thread(this::sampleUntilStopped, "bench-load-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private void sampleUntilStopped() {
        while (!stop) {
            try {
                sample();
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // A sample missed (the database busy starting or stopping) is not a measurement error.
            }
        }
    }

    private void sample() {
        List<String> states = db.sql("""
                select case
                         when state = 'idle in transaction' then 'idle in transaction'
                         when state <> 'active' then null
                         when wait_event_type is null then 'active on CPU'
                         else 'active, waiting ' || wait_event_type || ':' || wait_event end
                from pg_stat_activity
                where backend_type = 'client backend' and pid <> pg_backend_pid()""")
                .query(String.class).list();
        long notGranted = db.sql("select count(*) from pg_locks where not granted").query(Long.class).single();
        int waiting = poolWaiters.stream().mapToInt(IntSupplier::getAsInt).sum();
        synchronized (this) {
            samples++;
            for (String state : states) {
                if (state != null) {
                    backendStates.merge(state, 1L, Long::sum);
                }
            }
            locksNotGrantedSum += notGranted;
            locksNotGrantedMax = Math.max(locksNotGrantedMax, notGranted);
            poolWaitersSum += waiting;
            poolWaitersMax = Math.max(poolWaitersMax, waiting);
        }
    }

    @Override
    public void close() {
        stop = true;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The figures since this sampler started; call after {@link #close()}. */
    synchronized Map<String, Object> summary() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double jvm = (jvmCpuNanos() - startJvmCpu) / 1e9;
        double pg = (postgresTicks() - startPgTicks) / TICKS_PER_SECOND;
        long[] machine = machineTicks();
        double busy = (machine[0] - startMachine[0]) / TICKS_PER_SECOND;
        double all = (machine[1] - startMachine[1]) / TICKS_PER_SECOND;
        int cpus = Runtime.getRuntime().availableProcessors();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("wallSeconds", round(wall));
        out.put("loadAverageAtStart", loadAtStart);
        out.put("loadAverageAtEnd", loadAverage());
        out.put("jvmCpuSeconds", round(jvm));
        out.put("postgresCpuSeconds", round(pg));
        out.put("machineBusyCpuSeconds", round(busy));
        out.put("otherProcessesCpuSeconds", round(busy - jvm - pg));
        out.put("jvmShareOfMachine", round(jvm / (wall * cpus)));
        out.put("postgresShareOfMachine", round(pg / (wall * cpus)));
        out.put("machineBusyShare", all == 0 ? 0 : round(busy / all));
        out.put("samples", samples);
        Map<String, Object> states = new LinkedHashMap<>();
        backendStates.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> states.put(e.getKey(), round(e.getValue() / (double) Math.max(1, samples))));
        out.put("postgresBackendsPerSample", states);
        out.put("locksNotGrantedPerSample", round(locksNotGrantedSum / (double) Math.max(1, samples)));
        out.put("locksNotGrantedMax", locksNotGrantedMax);
        out.put("threadsWaitingForConnectionPerSample", round(poolWaitersSum / (double) Math.max(1, samples)));
        out.put("threadsWaitingForConnectionMax", poolWaitersMax);
        if (statements) {
            out.put("topStatements", topStatements());
        }
        return out;
    }

    private static final int TOP_STATEMENTS = 15;

    private static boolean resetStatements(JdbcClient db) {
        try {
            db.sql("select 1 from pg_stat_statements_reset()").query(Integer.class).single();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The statements that took most of PostgreSQL's execution time since the start: share of that time, calls, mean
     * and total milliseconds, rows per call, and the statement (parameters as $n, shortened).
     */
    private List<Map<String, Object>> topStatements() {
        double total = db.sql("select coalesce(sum(total_exec_time), 0) from pg_stat_statements")
                .query(Double.class).single();
        return db.sql("""
                        select calls, total_exec_time, mean_exec_time, rows, query
                        from pg_stat_statements
                        order by total_exec_time desc
                        limit :limit""")
                .param("limit", TOP_STATEMENTS)
                .query((rs, n) -> {
                    Map<String, Object> row = new LinkedHashMap<>();
                    long calls = rs.getLong("calls");
                    row.put("shareOfTime", total == 0 ? 0 : round(rs.getDouble("total_exec_time") / total));
                    row.put("calls", calls);
                    row.put("meanMs", Math.round(rs.getDouble("mean_exec_time") * 1000) / 1000.0);
                    row.put("totalSeconds", round(rs.getDouble("total_exec_time") / 1000));
                    row.put("rowsPerCall", calls == 0 ? 0 : round(rs.getLong("rows") / (double) calls));
                    String query = rs.getString("query").replaceAll("\\s+", " ").trim();
                    row.put("statement", query.length() > 400 ? query.substring(0, 400) + "…" : query);
                    return row;
                }).list();
    }

    private static long jvmCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The postmaster's CPU ticks, those of the backends it has reaped and those of its live children. */
    private long postgresTicks() {
        if (postmasterPid <= 0) {
            return 0;
        }
        long ticks = 0;
        long[] postmaster = stat(postmasterPid);
        if (postmaster != null) {
            ticks += postmaster[1] + postmaster[2] + postmaster[3] + postmaster[4];
        }
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                long[] stat = stat(Long.parseLong(proc.getFileName().toString()));
                if (stat != null && stat[0] == postmasterPid) {
                    ticks += stat[1] + stat[2];
                }
            }
        } catch (IOException e) {
            return ticks;
        }
        return ticks;
    }

    private static long parentOf(long pid) {
        long[] stat = stat(pid);
        return stat == null ? -1 : stat[0];
    }

    /** {ppid, utime, stime, cutime, cstime} from {@code /proc/<pid>/stat}, or null. */
    private static long[] stat(long pid) {
        try {
            String line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // After the command: state(0) ppid(1) … utime(11) stime(12) cutime(13) cstime(14)
            return new long[] {Long.parseLong(f[1]), Long.parseLong(f[11]), Long.parseLong(f[12]),
                Long.parseLong(f[13]), Long.parseLong(f[14])};
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** {busy, all} ticks of the whole machine from {@code /proc/stat}. */
    private static long[] machineTicks() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            List<Long> values = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                values.add(Long.parseLong(f[i]));
            }
            long all = values.stream().mapToLong(Long::longValue).sum();
            // user nice system idle iowait irq softirq steal …: idle and iowait are not busy
            long idle = values.get(3) + (values.size() > 4 ? values.get(4) : 0);
            return new long[] {all - idle, all};
        } catch (IOException | RuntimeException e) {
            return new long[] {0, 0};
        }
    }

    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
