package dev.headroom.forecast;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.Forecaster;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.progress.Cancellation;
import dev.headroom.core.progress.Progress;
import dev.headroom.core.progress.ProgressListener;
import dev.headroom.core.model.Wording;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Headroom's forecaster. For each series it runs a rolling-origin backtest of the model zoo (see
 * {@link ModelCatalog#standard()}) and of combinations of the best models, keeps the one with the best
 * out-of-sample error and refits it on the whole history (or uses the model the options force,
 * falling back to simpler ones when the history is too short for it); then it calibrates the
 * intervals of every series on the backtest errors of all series of the call ({@link Calibration}).
 * How short, constant, intermittent and odd histories are treated is documented on
 * {@link SeriesForecasting}.
 *
 * <p>Series are analysed in parallel on a few worker threads; the result is in the input's order and
 * the same for the same input whatever the thread count (the calibration is built in input order once
 * every series is done). A series' intervals depend on the other series of the call through the
 * shared calibration, never its model or point forecast. Progress is reported from the calling thread
 * about ten times a second, and the cancellation is asked (possibly from several threads) before each
 * series.
 */
public final class SmileForecaster implements Forecaster {

    private static final Wording STAGE = Progress.step("stage.forecasting");
    private static final long REPORT_EVERY_MILLIS = 100;
    /** Backtest origins per series: enough to rank models and calibrate, few enough for 10,000 series a minute. */
    static final int DEFAULT_ORIGINS = 3;

    private final int threads;
    private final ModelCatalog catalog;
    private final int origins;

    /** A forecaster with one worker thread per available processor. */
    public SmileForecaster() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** A forecaster with the given number of worker threads (at least 1). */
    public SmileForecaster(int threads) {
        this(threads, DEFAULT_ORIGINS);
    }

    /**
     * A forecaster with the given number of worker threads and backtest origins per series (each at least 1).
     */
    public SmileForecaster(int threads, int origins) {
        if (threads < 1) {
            throw new IllegalArgumentException("forecasting needs at least 1 thread, not " + threads);
        }
        if (origins < 1) {
            throw new IllegalArgumentException("a backtest needs at least 1 origin, not " + origins);
        }
        this.threads = threads;
        this.origins = origins;
        this.catalog = ModelCatalog.standard();
    }

    /** The names {@link ForecastOptions#model()} and {@link ForecastOptions#seriesModels()} may force, richest first. */
    @Override
    public List<String> modelNames() {
        return catalog.names();
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException  when the horizon is negative or the forced model is unknown
     * @throws CancellationException     when cancelled before every series was forecast
     * @throws IllegalStateException     when a series could not be forecast, naming it
     */
    @Override
    public List<SeriesForecast> forecast(List<TimeSeries> history, int horizon, ForecastOptions options,
                                         ProgressListener progress, Cancellation cancellation) {
        Objects.requireNonNull(history, "history");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancellation, "cancellation");
        if (horizon < 0) {
            throw new IllegalArgumentException("a forecast horizon must be at least 0 periods, not " + horizon);
        }
        options.model().ifPresent(catalog::byName);
        options.seriesModels().values().forEach(catalog::byName);
        if (cancellation.isCancelled()) {
            throw new CancellationException("forecasting was cancelled");
        }
        SeriesForecasting.Setup setup = new SeriesForecasting.Setup(catalog, options.model(),
                options.seasonLength(), origins);
        SeriesForecasting.Setup common = setup;
        if (history.stream().anyMatch(s -> common.forcing(options.modelFor(s.key())).wantsGlobal())) {
            setup = setup.withGlobal(history, horizon);
        }
        int workers = Math.max(1, Math.min(threads, history.size()));
        Job job = new Job(List.copyOf(history), horizon, setup, options, cancellation, workers);
        progress.onProgress(Progress.of(STAGE, 0, message(0, job.total())));
        ExecutorService pool = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().daemon(true).name("headroom-forecast-", 1).factory());
        try {
            for (int i = 0; i < workers; i++) {
                pool.execute(job::work);
            }
            int reported = 0;
            while (!job.finished.await(REPORT_EVERY_MILLIS, TimeUnit.MILLISECONDS)) {
                reported = report(progress, job, reported);
            }
        } catch (InterruptedException e) {
            job.stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("forecasting was interrupted");
        } finally {
            pool.shutdownNow();
        }
        switch (job.failure.get()) {
            case null -> { }
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            case Throwable t -> throw new IllegalStateException("forecasting failed: " + t, t);
        }
        if (job.cancelled.get()) {
            throw new CancellationException("forecasting was cancelled after " + job.done.get() + " of "
                    + job.total() + " series");
        }
        List<SeriesAnalysis> analyses = List.of(job.results);
        Calibration calibration = Calibration.of(analyses);
        List<SeriesForecast> forecasts = new ArrayList<>(analyses.size());
        for (SeriesAnalysis a : analyses) {
            forecasts.add(new SeriesForecast(a.series().key(), a.series().end().next(), a.mean(),
                    calibration.quantiles(a, options.quantiles()), a.model(), calibration.accuracy(a), a.fitted()));
        }
        progress.onProgress(Progress.of(STAGE, 1, message(job.total(), job.total())));
        return List.copyOf(forecasts);
    }

    private static int report(ProgressListener progress, Job job, int reported) {
        int done = job.done.get();
        if (done > reported) {
            // The calibration after the last series is quick; keep "1" for when it is done.
            progress.onProgress(Progress.of(STAGE, 0.99 * done / job.total(), message(done, job.total())));
        }
        return Math.max(done, reported);
    }

    private static Wording message(int done, int total) {
        return Progress.step("forecast.series", done, total);
    }

    /** One call's shared state: workers take the next series until none is left or they must stop. */
    private static final class Job {
        final List<TimeSeries> series;
        final int horizon;
        final SeriesForecasting.Setup setup;
        final ForecastOptions options;
        final Cancellation cancellation;
        final SeriesAnalysis[] results;
        final AtomicInteger next = new AtomicInteger();
        final AtomicInteger done = new AtomicInteger();
        final AtomicBoolean stop = new AtomicBoolean();
        final AtomicBoolean cancelled = new AtomicBoolean();
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final CountDownLatch finished;

        Job(List<TimeSeries> series, int horizon, SeriesForecasting.Setup setup, ForecastOptions options,
            Cancellation cancellation, int workers) {
            this.series = series;
            this.horizon = horizon;
            this.setup = setup;
            this.options = options;
            this.cancellation = cancellation;
            this.results = new SeriesAnalysis[series.size()];
            this.finished = new CountDownLatch(workers);
        }

        int total() {
            return series.size();
        }

        void work() {
            try {
                int i;
                while (!stop.get() && (i = next.getAndIncrement()) < series.size()) {
                    if (cancellation.isCancelled()) {
                        cancelled.set(true);
                        stop.set(true);
                        break;
                    }
                    results[i] = analyseOne(series.get(i));
                    done.incrementAndGet();
                }
            } catch (RuntimeException | Error e) {
                // Keep the first failure; the other workers see the stop flag and end after their series.
                stop.set(true);
                failure.compareAndSet(null, e);
            } finally {
                finished.countDown();
            }
        }

        private SeriesAnalysis analyseOne(TimeSeries s) {
            try {
                return SeriesForecasting.analyse(s, horizon, setup.forcing(options.modelFor(s.key())));
            } catch (RuntimeException e) {
                throw new IllegalStateException("could not forecast " + s.key() + ": " + e.getMessage(), e);
            }
        }
    }
}
