package dev.headroom.io.prometheus;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Wording;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.ObservedPeriod;
import dev.headroom.io.table.Place;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.usage.UsageRollup;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Imports usage history from Prometheus: every query over the import's days, split into requests under the
 * points-per-series limit and sent a few at a time, each series named by the import's label, and the samples
 * rolled up to the planning period with each resource's aggregation by {@link UsageRollup}, the roll-up of a
 * file import, in UTC (the zone a file's timestamps are placed in unless its mapping says otherwise).
 *
 * <p>All or nothing: either a complete {@link PrometheusUsage}, or an {@link InvalidInputException} naming
 * every query that failed and why (the server's own message for a query it refused), or the one server-wide
 * failure (unreachable, credentials refused) that stopped everything.
 */
public final class PrometheusImporter {

    private PrometheusImporter() {
    }

    /**
     * Runs the import.
     *
     * @param aggregations how each resource's samples combine within a period; p95 for a resource not listed
     * @throws InvalidInputException    saying what failed; nothing is returned in part
     * @throws CancellationException    when {@code cancellation} asked to stop
     */
    public static PrometheusUsage read(PrometheusImport definition, PrometheusAuth auth,
                                       Map<String, Aggregation> aggregations, PrometheusOptions options,
                                       ProgressListener progress, Cancellation cancellation) {
        List<RangeRequest> ranges = RangeRequest.split(definition.start(), definition.until(), definition.step(),
                options.maxPoints());
        PrometheusClient client = new PrometheusClient(definition.server(), auth, options.timeout(),
                definition.serverName());
        Problems problems = new Problems("Prometheus " + definition.serverName());
        UsageRollup rollup = new UsageRollup(definition.frequency(), r -> aggregations.getOrDefault(r, Aggregation.P95));
        int total = ranges.size() * definition.queries().size();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.parallelRequests(), total), r -> {
            Thread t = new Thread(r, "prometheus-query");
            t.setDaemon(true);
            return t;
        });
        try {
            List<List<Future<RangeResult>>> sent = new ArrayList<>();
            for (PrometheusQuery q : definition.queries()) {
                List<Future<RangeResult>> perRange = new ArrayList<>();
                for (RangeRequest range : ranges) {
                    perRange.add(pool.submit(() -> client.queryRange(q.promql(), range)));
                }
                sent.add(perRange);
            }
            for (int i = 0; i < sent.size(); i++) {
                PrometheusQuery q = definition.queries().get(i);
                QueryCheck check = new QueryCheck(q, definition, options.maxSeries());
                List<Future<RangeResult>> answers = sent.get(i);
                boolean failed = false;
                for (int k = 0; k < answers.size() && !failed; k++) {
                    Future<RangeResult> f = answers.get(k);
                    RangeResult result;
                    try {
                        result = await(f, cancellation);
                    } catch (ExecutionException e) {
                        if (!(e.getCause() instanceof PrometheusException failure)) {
                            throw new IllegalStateException(e.getCause());
                        }
                        if (failure.serverWide()) {
                            problems.general(failure.wording());
                            throw new InvalidInputException(problems.list());
                        }
                        problems.general(check.named(failure.wording()));
                        answers.forEach(a -> a.cancel(true));
                        failed = true;
                        continue;
                    }
                    Wording wrong = check.problemWith(result);
                    if (wrong != null) {
                        problems.general(check.named(wrong));
                        answers.forEach(a -> a.cancel(true));
                        failed = true;
                        continue;
                    }
                    check.rollUp(result, rollup);
                    progress.onProgress(Progress.of(Progress.step("stage.prometheus"), (double) done.incrementAndGet() / total,
                            Progress.step("prometheus.queries", q.resource(), done.get(), total)));
                }
                if (!failed && check.samples == 0) {
                    problems.general(check.named(ReaderWords.of("prometheus.noData", definition.from(), definition.to())));
                }
            }
            problems.throwIfAny();
            return new PrometheusUsage(definition, ordered(rollup.series(), definition), total, rollup.samples());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("the import from Prometheus was interrupted");
        } finally {
            pool.shutdownNow();
        }
    }

    /** The answer, asking every tenth of a second whether to stop, so that Stop does not wait for a slow server. */
    private static RangeResult await(Future<RangeResult> answer, Cancellation cancellation)
            throws InterruptedException, ExecutionException {
        while (true) {
            if (cancellation.isCancelled()) {
                throw new CancellationException("the import from Prometheus was stopped");
            }
            try {
                return answer.get(100, TimeUnit.MILLISECONDS);
            } catch (TimeoutException notYet) {
                // Ask again.
            }
        }
    }

    /** By query, then by workload, so that the output is the same however the requests were answered. */
    private static List<TimeSeries> ordered(List<TimeSeries> series, PrometheusImport definition) {
        Map<String, Integer> order = new HashMap<>();
        definition.queries().forEach(q -> order.put(q.resource(), order.size()));
        return series.stream().sorted(Comparator.<TimeSeries>comparingInt(s -> order.get(s.key().resource()))
                .thenComparing(s -> s.key().workload())).toList();
    }

    /** One query's answers checked as they come, and rolled up. */
    private static final class QueryCheck {
        private final PrometheusQuery query;
        private final PrometheusImport definition;
        private final int maxSeries;
        private final Set<String> workloads = new HashSet<>();
        private final TableCell cell;
        long samples;

        QueryCheck(PrometheusQuery query, PrometheusImport definition, int maxSeries) {
            this.query = query;
            this.definition = definition;
            this.maxSeries = maxSeries;
            this.cell = TableCell.ofText(new Place("", 0, "", "query " + query.resource()), query.promql());
        }

        Wording named(Wording message) {
            return ReaderWords.of("prometheus.query", query.resource(), query.promql(), message);
        }

        /** What is wrong with an answer, or null when it can be rolled up. */
        Wording problemWith(RangeResult result) {
            if (!result.warnings().isEmpty()) {
                return ReaderWords.of("prometheus.warnings", String.join("; ", result.warnings()));
            }
            Map<String, RangeResult.Series> byWorkload = new HashMap<>();
            for (RangeResult.Series s : result.series()) {
                String workload = s.labels().get(definition.label());
                if (workload == null || workload.isBlank()) {
                    return ReaderWords.of("prometheus.noLabel", s.describe(), definition.label(), s.labels().isEmpty()
                            ? ReaderWords.of("prometheus.noLabels")
                            : String.join(", ", new java.util.TreeSet<>(s.labels().keySet())));
                }
                RangeResult.Series other = byWorkload.put(workload, s);
                if (other != null) {
                    return ReaderWords.of("prometheus.sameWorkload", definition.label(), workload, other.describe(),
                            s.describe());
                }
                workloads.add(workload);
            }
            if (workloads.size() > maxSeries) {
                return ReaderWords.of("prometheus.tooManySeries", String.format(java.util.Locale.ROOT, "%,d", maxSeries),
                        String.format(java.util.Locale.ROOT, "%,d", workloads.size()), definition.label());
            }
            return null;
        }

        void rollUp(RangeResult result, UsageRollup rollup) {
            List<RangeResult.Series> series = new ArrayList<>(result.series());
            series.sort(Comparator.comparing(s -> s.labels().get(definition.label())));
            Problems ignored = new Problems("");
            for (RangeResult.Series s : series) {
                SeriesKey key = new SeriesKey(s.labels().get(definition.label()), query.resource());
                for (int i = 0; i < s.values().length; i++) {
                    double v = s.values()[i];
                    if (Double.isNaN(v)) {
                        continue;
                    }
                    LocalDateTime at = LocalDateTime.ofInstant(Instant.ofEpochMilli(s.millis()[i]), ZoneOffset.UTC);
                    // Always "with time": a sample at midnight is one sample of its day, not the whole day.
                    ObservedPeriod when = new ObservedPeriod(Period.containing(Frequency.DAY, at.toLocalDate()), at, true);
                    rollup.add(key, when, v, cell, ignored);
                    samples++;
                }
            }
            if (!ignored.isEmpty()) {
                throw new IllegalStateException("the roll-up refused samples of " + query.resource() + ": "
                        + ignored.list().stream().map(InputProblem::toString).toList());
            }
        }
    }
}
