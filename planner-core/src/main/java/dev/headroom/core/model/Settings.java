package dev.headroom.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How to plan.
 *
 * @param frequency        the planning period
 * @param horizon          how many periods to plan
 * @param planStart        the first planned period; empty means the one after the last history
 * @param sizingQuantile   capacity is planned for this quantile of forecast demand, in (0, 1)
 * @param timeLimitSeconds how long the solver may search
 * @param seed             random seed for every randomised step, so that plans repeat
 * @param threads          solver threads (1 = sequential, deterministic)
 * @param allowMoves       whether a workload may run in another pool from one planned period to the
 *                         next; when not, each workload stays in one pool for the whole horizon
 * @param moveCost         what moving one workload from one pool to another between two consecutive
 *                         planned periods costs, in the node costs' currency; 0 or more
 */
public record Settings(Frequency frequency, int horizon, Optional<Period> planStart, double sizingQuantile,
                       double timeLimitSeconds, long seed, int threads, boolean allowMoves, double moveCost) {

    public static final int DEFAULT_HORIZON = 12;
    public static final double DEFAULT_SIZING_QUANTILE = 0.9;
    public static final double DEFAULT_TIME_LIMIT = 30;

    public Settings {
        Objects.requireNonNull(frequency, "frequency");
        if (horizon < 1 || horizon > 600) {
            throw new InvalidValueException(null, ModelWords.of("settings.horizon", horizon));
        }
        if (planStart.isPresent() && planStart.get().frequency() != frequency) {
            throw new InvalidValueException(null,
                    ModelWords.of("settings.planStartFrequency", planStart.get(), ModelWords.frequency(frequency)));
        }
        if (!(sizingQuantile > 0 && sizingQuantile < 1)) {
            throw new InvalidValueException(null, ModelWords.of("settings.sizingQuantile", sizingQuantile));
        }
        if (!(timeLimitSeconds > 0) || Double.isInfinite(timeLimitSeconds)) {
            throw new InvalidValueException(null, ModelWords.of("settings.timeLimit", timeLimitSeconds));
        }
        if (threads < 1) {
            throw new InvalidValueException(null, ModelWords.of("settings.threads", threads));
        }
        if (!(moveCost >= 0) || Double.isInfinite(moveCost)) {
            throw new InvalidValueException(null, ModelWords.of("settings.moveCost", moveCost));
        }
    }

    /** Settings in which every workload stays in one pool for the whole horizon. */
    public Settings(Frequency frequency, int horizon, Optional<Period> planStart, double sizingQuantile,
                    double timeLimitSeconds, long seed, int threads) {
        this(frequency, horizon, planStart, sizingQuantile, timeLimitSeconds, seed, threads, false, 0);
    }

    public static Settings defaults() {
        return new Settings(Frequency.MONTH, DEFAULT_HORIZON, Optional.empty(), DEFAULT_SIZING_QUANTILE,
                DEFAULT_TIME_LIMIT, 42L, 1);
    }

    public Settings withHorizon(int h) {
        return new Settings(frequency, h, planStart, sizingQuantile, timeLimitSeconds, seed, threads, allowMoves,
                moveCost);
    }

    public Settings withTimeLimit(double seconds) {
        return new Settings(frequency, horizon, planStart, sizingQuantile, seconds, seed, threads, allowMoves,
                moveCost);
    }

    public Settings withThreads(int n) {
        return new Settings(frequency, horizon, planStart, sizingQuantile, timeLimitSeconds, seed, n, allowMoves,
                moveCost);
    }

    /** These settings with moves between pools allowed or not, at the given cost per move. */
    public Settings withMoves(boolean allowed, double costPerMove) {
        return new Settings(frequency, horizon, planStart, sizingQuantile, timeLimitSeconds, seed, threads, allowed,
                costPerMove);
    }
}
