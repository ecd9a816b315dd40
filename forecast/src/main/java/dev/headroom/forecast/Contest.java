package dev.headroom.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The rolling-origin backtest of several contenders on one history, and the choice among them by
 * out-of-sample mean absolute error (the same ranking as MASE, whose scale is the series' own): the
 * chosen forecast is the mean of the best few, scored on exactly the same origins and steps.
 */
final class Contest {

    /** How many of the best singles are averaged. */
    static final int COMBINED = 3;

    /**
     * One contender's backtest.
     *
     * @param members   indices of the single models it combines (one for a single model)
     * @param forecasts per origin, the point forecasts (clipped at zero) per step
     * @param spreads   per origin, the standard errors per step
     */
    record Trial(List<Integer> members, boolean median, double[][] forecasts, double[][] spreads, double mae) {
    }

    private final double[] history;
    private final RollingOrigin plan;
    private final double[][] training;

    /** A contest on the given history, each origin's training part prepared (outliers replaced) by the caller. */
    Contest(double[] history, RollingOrigin plan, double[][] training) {
        this.history = history;
        this.plan = plan;
        this.training = training;
    }

    /** Backtests each model at every origin; null for a model that cannot be fitted at all of them. */
    Trial trial(ForecastModel model, int seasonLength, int index) {
        int origins = plan.count();
        double[][] forecasts = new double[origins][];
        double[][] spreads = new double[origins][];
        for (int j = 0; j < origins; j++) {
            if (!model.canFit(training[j], seasonLength)) {
                return null;
            }
            FittedModel fit = model.fit(training[j], seasonLength);
            forecasts[j] = Intervals.clipAtZero(fit.forecast(plan.horizon()));
            spreads[j] = fit.standardErrors(plan.horizon());
        }
        return new Trial(List.of(index), false, forecasts, spreads, meanAbsoluteError(forecasts));
    }

    /**
     * The mean of the {@value #COMBINED} singles with the lowest backtest error (all of them when fewer
     * took part). On M3 this beat picking the single best, whose backtest lead over three origins is
     * mostly luck; see forecast-benchmark.md.
     */
    Trial best(List<Trial> singles) {
        List<Trial> ranked = new ArrayList<>(singles);
        ranked.sort(Comparator.comparingDouble(Trial::mae));
        return ranked.size() == 1 ? ranked.getFirst() : combine(ranked.subList(0, Math.min(COMBINED, ranked.size())), false);
    }

    /**
     * Standardised errors of the selection procedure itself, for calibrating intervals: at each origin,
     * the combination that the <em>other</em> origins would have chosen, scored there. The chosen
     * trial's own errors are too small for that — it was chosen for being small on exactly those
     * origins — and intervals built on them under-cover (88% for 95% in a simulation). With a single
     * origin there is nothing else to choose by, and the chosen trial's errors are used.
     */
    double[][] crossValidatedErrors(List<Trial> singles, Trial chosen) {
        int origins = plan.count();
        if (origins < 2 || singles.size() < 2) {
            return standardisedErrors(chosen);
        }
        double[][] z = new double[origins][];
        for (int j = 0; j < origins; j++) {
            int heldOut = j;
            List<Trial> ranked = new ArrayList<>(singles);
            ranked.sort(Comparator.comparingDouble(t -> meanAbsoluteError(t.forecasts(), heldOut)));
            Trial pick = combine(ranked.subList(0, Math.min(COMBINED, ranked.size())), false);
            z[j] = standardisedErrors(pick)[j];
        }
        return z;
    }

    private Trial combine(List<Trial> members, boolean median) {
        int origins = plan.count();
        double[][] forecasts = new double[origins][];
        double[][] spreads = new double[origins][];
        for (int j = 0; j < origins; j++) {
            int origin = j;
            forecasts[j] = Combination.combine(members.stream().map(t -> t.forecasts()[origin]).toList(), median);
            spreads[j] = Combination.combine(members.stream().map(t -> t.spreads()[origin]).toList(), false);
        }
        List<Integer> indices = members.stream().map(t -> t.members().getFirst()).toList();
        return new Trial(indices, median, forecasts, spreads, meanAbsoluteError(forecasts));
    }

    private double meanAbsoluteError(double[][] forecasts) {
        return meanAbsoluteError(forecasts, -1);
    }

    /** The mean absolute error over every origin but {@code skipped} (-1 to keep all). */
    private double meanAbsoluteError(double[][] forecasts, int skipped) {
        double sum = 0;
        int count = 0;
        for (int j = 0; j < forecasts.length; j++) {
            if (j == skipped) {
                continue;
            }
            int origin = plan.origin(j);
            for (int k = 0; k < forecasts[j].length && origin + k < history.length; k++) {
                double actual = history[origin + k];
                if (!Double.isNaN(actual)) {
                    sum += Math.abs(actual - forecasts[j][k]);
                    count++;
                }
            }
        }
        return count == 0 ? Double.POSITIVE_INFINITY : sum / count;
    }

    /** The trial's errors divided by its standard errors, NaN where nothing was observed or the spread is 0. */
    double[][] standardisedErrors(Trial trial) {
        double[][] z = new double[plan.count()][plan.horizon()];
        for (int j = 0; j < plan.count(); j++) {
            Arrays.fill(z[j], Double.NaN);
            int origin = plan.origin(j);
            for (int k = 0; k < plan.horizon() && origin + k < history.length; k++) {
                double actual = history[origin + k];
                double s = trial.spreads()[j][k];
                if (!Double.isNaN(actual) && s > 0 && Double.isFinite(s)) {
                    z[j][k] = (actual - trial.forecasts()[j][k]) / s;
                }
            }
        }
        return z;
    }

    /** The trial's MASE (errors over {@code scale}) and sMAPE, over every scored origin and step. */
    double[] accuracy(Trial trial, double scale) {
        double absolute = 0;
        double symmetric = 0;
        int count = 0;
        for (int j = 0; j < plan.count(); j++) {
            int origin = plan.origin(j);
            for (int k = 0; k < plan.horizon() && origin + k < history.length; k++) {
                double actual = history[origin + k];
                if (Double.isNaN(actual)) {
                    continue;
                }
                double f = trial.forecasts()[j][k];
                absolute += Math.abs(actual - f);
                double denominator = Math.abs(actual) + Math.abs(f);
                symmetric += denominator == 0 ? 0 : 200 * Math.abs(actual - f) / denominator;
                count++;
            }
        }
        if (count == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        return new double[] {scale > 0 ? absolute / count / scale : Double.NaN, symmetric / count};
    }
}
