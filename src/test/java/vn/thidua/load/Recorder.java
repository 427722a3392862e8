package vn.thidua.load;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Every request of a load phase, by request type: its latency and its outcome. The outcome is the HTTP status, with a
 * word after it when the status alone hides what happened (a Faces form answers 200 both when it did the work and when
 * it refused it with a message, and a partial response can carry an exception with a 200).
 */
final class Recorder {

    /** One request: when it ended (ms since the phase began), how long it took, its outcome. */
    record Sample(long endMs, long millis, String outcome) {
    }

    /** The summary of one request type. */
    record Line(String name, int count, double perSecond, long p50, long p95, long p99, long max,
                Map<String, Integer> outcomes) {

        /** Answers of the server's own failure: 5xx, an exception in a Faces partial response, no answer at all. */
        int serverErrors() {
            int n = 0;
            for (Map.Entry<String, Integer> e : outcomes.entrySet()) {
                if (isServerError(e.getKey())) {
                    n += e.getValue();
                }
            }
            return n;
        }
    }

    private final Map<String, ConcurrentLinkedQueue<Sample>> samples = new ConcurrentHashMap<>();
    private final long startNanos = System.nanoTime();
    private volatile long endNanos;

    void record(String name, long startNanos, String outcome) {
        long now = System.nanoTime();
        samples.computeIfAbsent(name, k -> new ConcurrentLinkedQueue<>())
                .add(new Sample((now - this.startNanos) / 1_000_000, (now - startNanos) / 1_000_000, outcome));
    }

    void stop() {
        endNanos = System.nanoTime();
    }

    double seconds() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        return (end - startNanos) / 1e9;
    }

    List<Line> lines() {
        double wall = Math.max(0.001, seconds());
        List<Line> lines = new ArrayList<>();
        for (String name : new TreeMap<>(samples).keySet()) {
            List<Sample> all = new ArrayList<>(samples.get(name));
            List<Long> times = new ArrayList<>(all.size());
            Map<String, Integer> outcomes = new TreeMap<>();
            for (Sample s : all) {
                times.add(s.millis());
                outcomes.merge(s.outcome(), 1, Integer::sum);
            }
            Collections.sort(times);
            lines.add(new Line(name, all.size(), all.size() / wall, percentile(times, 50), percentile(times, 95),
                    percentile(times, 99), times.isEmpty() ? 0 : times.get(times.size() - 1), outcomes));
        }
        return lines;
    }

    /** All samples of one request type (for the soak's figures over time). */
    List<Sample> samples(String name) {
        ConcurrentLinkedQueue<Sample> q = samples.get(name);
        return q == null ? List.of() : new ArrayList<>(q);
    }

    int serverErrors() {
        return lines().stream().mapToInt(Line::serverErrors).sum();
    }

    int count() {
        return lines().stream().mapToInt(Line::count).sum();
    }

    /** The phase as a Markdown table: one line per request type. */
    String table() {
        StringBuilder out = new StringBuilder();
        out.append("| request | count | req/s | p50 ms | p95 ms | p99 ms | max ms | outcomes |\n")
                .append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (Line l : lines()) {
            StringBuilder outcomes = new StringBuilder();
            l.outcomes().forEach((k, v) -> {
                if (!outcomes.isEmpty()) {
                    outcomes.append(", ");
                }
                boolean bad = isServerError(k);
                outcomes.append(bad ? "**" : "").append(k).append(": ").append(v).append(bad ? "**" : "");
            });
            out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %d | %d | %d | %d | %s |%n", l.name(), l.count(),
                    l.perSecond(), l.p50(), l.p95(), l.p99(), l.max(), outcomes));
        }
        return out.toString();
    }

    static boolean isServerError(String outcome) {
        return outcome.startsWith("5") || outcome.contains("exception") || outcome.startsWith("io-error");
    }

    /** Nearest-rank percentile of sorted values (0 when there are none). */
    static long percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
