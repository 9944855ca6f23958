package vn.thidua.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Latency of each kind of call (p50/p95/p99/max) and the answers that were not a success, by kind and HTTP status,
 * from many threads at once.
 */
final class CallTimes {

    private final ConcurrentMap<String, Samples> samples = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, AtomicLong> errors = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, String> firstErrorBody = new ConcurrentHashMap<>();

    void record(String kind, long nanos) {
        samples.computeIfAbsent(kind, k -> new Samples()).add(nanos);
    }

    /** A call that did not succeed: counted under "kind status", the first answer of each kept for the report. */
    void error(String kind, int status, String body) {
        String key = kind + " " + status;
        errors.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
        firstErrorBody.putIfAbsent(key, body == null ? "" : body.length() > 400 ? body.substring(0, 400) : body);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(AtomicLong::get).sum();
    }

    long count(String kind) {
        Samples s = samples.get(kind);
        return s == null ? 0 : s.size();
    }

    /** {kind: {calls, p50Ms, p95Ms, p99Ms, maxMs}} in the order the kinds are given, then any other kind. */
    Map<String, Object> latencies(String... order) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String kind : order) {
            if (samples.containsKey(kind)) {
                out.put(kind, samples.get(kind).summary());
            }
        }
        new TreeMap<>(samples).forEach((kind, s) -> out.putIfAbsent(kind, s.summary()));
        return out;
    }

    Map<String, Object> errorsByStatus() {
        Map<String, Object> out = new TreeMap<>();
        errors.forEach((key, n) -> out.put(key, n.get()));
        return out;
    }

    Map<String, Object> firstErrors() {
        return new TreeMap<>(firstErrorBody);
    }

    private static final class Samples {
        private long[] nanos = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == nanos.length) {
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            nanos[size++] = value;
        }

        synchronized int size() {
            return size;
        }

        synchronized Map<String, Object> summary() {
            long[] sorted = Arrays.copyOf(nanos, size);
            Arrays.sort(sorted);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("calls", size);
            out.put("p50Ms", millis(percentile(sorted, 0.50)));
            out.put("p95Ms", millis(percentile(sorted, 0.95)));
            out.put("p99Ms", millis(percentile(sorted, 0.99)));
            out.put("maxMs", millis(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
            return out;
        }

        private static long percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[(int) Math.ceil(p * (sorted.length - 1))];
        }

        private static double millis(long nanos) {
            return Math.round(nanos / 1e4) / 100.0;
        }
    }
}
