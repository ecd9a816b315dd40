package dev.headroom.forecast;

import smile.base.cart.Loss;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.math.MathEx;
import smile.regression.GradientTreeBoost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A global gradient-boosted model: one set of trees learnt from all series of a forecast call (Smile's
 * {@link GradientTreeBoost}), the approach of the M5 competition's winners. Each training row is one
 * moment of one series: the last values before it, the value one season before the target, the
 * recent change and the step ahead, all divided by the series' recent mean level so that series of
 * any size teach each other; the target is the value that followed, on the same scale. One model
 * serves every step of the horizon (the step is a feature), so there is no recursion to go astray.
 *
 * <p>Rows are sampled with a seeded generator when there are more than {@value #MAX_ROWS} (or
 * {@value #ROWS_PER_SERIES} a series), and the
 * boosting uses no subsampling of its own, so the same series give the same trees.
 */
final class GlobalBoost {

    static final int MAX_ROWS = 10_000;
    static final int ROWS_PER_SERIES = 100;
    private static final int TREES = 60;
    private static final int MAX_DEPTH = 6;
    private static final int MAX_NODES = 24;
    private static final int NODE_SIZE = 10;
    private static final double SHRINKAGE = 0.15;
    private static final long SEED = 20_260_401L;

    private final GradientTreeBoost trees;
    private final StructType schema;
    private final int lags;

    private GlobalBoost(GradientTreeBoost trees, StructType schema, int lags) {
        this.trees = trees;
        this.schema = schema;
        this.lags = lags;
    }

    /** How many lags a call whose series mostly have this season uses: two seasons, at least 8, at most 28. */
    static int lagsFor(int seasonLength) {
        return Math.max(8, Math.min(28, 2 * seasonLength));
    }

    /**
     * Learns from the given histories (gap-free, each with its season length) for forecasts of up to
     * {@code horizon} steps. Empty when there is too little to learn from: fewer than
     * {@value #MIN_ROWS} rows.
     */
    static java.util.Optional<GlobalBoost> train(List<double[]> histories, int[] seasons, int horizon, int lags) {
        long candidates = 0;
        for (double[] y : histories) {
            for (int o = firstOrigin(lags); o < y.length; o++) {
                candidates += Math.min(horizon, y.length - o);
            }
        }
        if (candidates < MIN_ROWS) {
            return java.util.Optional.empty();
        }
        // A hundred rows a series is plenty to learn what the series share; more only repeats them.
        int budget = Math.min(MAX_ROWS, ROWS_PER_SERIES * histories.size());
        double keep = Math.min(1, (double) budget / candidates);
        Random random = new Random(SEED);
        List<double[]> rows = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            double[] y = histories.get(i);
            for (int o = firstOrigin(lags); o < y.length; o++) {
                double scale = scale(y, o, seasons[i]);
                for (int k = 1; k <= horizon && o + k - 1 < y.length; k++) {
                    if (random.nextDouble() >= keep || !(scale > 0)) {
                        continue;
                    }
                    double[] row = new double[lags + 4];
                    features(y, o, k, seasons[i], lags, scale, row);
                    row[lags + 3] = y[o + k - 1] / scale;
                    rows.add(row);
                }
            }
        }
        if (rows.size() < MIN_ROWS) {
            return java.util.Optional.empty();
        }
        String[] names = names(lags);
        DataFrame data = DataFrame.of(rows.toArray(new double[0][]), names);
        MathEx.setSeed(SEED);
        GradientTreeBoost model = GradientTreeBoost.fit(Formula.lhs("target"), data,
                new GradientTreeBoost.Options(Loss.huber(0.9), TREES, MAX_DEPTH, MAX_NODES, NODE_SIZE, SHRINKAGE, 1.0, null, null));
        return java.util.Optional.of(new GlobalBoost(model, data.schema(), lags));
    }

    static final int MIN_ROWS = 200;

    /** Forecasts of a gap-free history, {@code horizon} steps; null when its recent level is 0. */
    double[] forecast(double[] y, int seasonLength, int horizon) {
        int o = y.length;
        double scale = scale(y, o, seasonLength);
        if (!(scale > 0)) {
            return null;
        }
        double[] out = new double[horizon];
        double[] row = new double[lags + 4];
        for (int k = 1; k <= horizon; k++) {
            features(y, o, k, seasonLength, lags, scale, row);
            row[lags + 3] = 0;
            out[k - 1] = scale * trees.predict(Tuple.of(schema, row));
        }
        return out;
    }

    private static int firstOrigin(int lags) {
        return Math.max(4, lags / 2);
    }

    /** The mean absolute value of the last season (at least 4 periods) before {@code o}. */
    static double scale(double[] y, int o, int m) {
        int from = Math.max(0, o - Math.max(4, m));
        double sum = 0;
        for (int t = from; t < o; t++) {
            sum += Math.abs(y[t]);
        }
        return o == from ? 0 : sum / (o - from);
    }

    /**
     * The row for the target {@code k} steps after the first {@code o} values: the lags (the oldest
     * ones repeat the first value when the history is shorter), the value one season before the
     * target, the change of the mean over the last season against the season before, and the step.
     */
    static void features(double[] y, int o, int k, int m, int lags, double scale, double[] row) {
        for (int j = 1; j <= lags; j++) {
            row[j - 1] = y[Math.max(0, o - j)] / scale;
        }
        int period = Math.max(1, m);
        int back = o + k - 1 - period * ((k - 1) / period + 1);
        row[lags] = y[Math.max(0, back)] / scale;
        int w = Math.max(2, Math.min(period, o / 2));
        double recent = 0;
        double before = 0;
        for (int t = 0; t < w; t++) {
            recent += y[o - 1 - t] / w;
            before += y[Math.max(0, o - 1 - w - t)] / w;
        }
        row[lags + 1] = (recent - before) / scale;
        row[lags + 2] = k;
    }

    private static String[] names(int lags) {
        String[] names = new String[lags + 4];
        for (int j = 0; j < lags; j++) {
            names[j] = "lag" + (j + 1);
        }
        names[lags] = "season";
        names[lags + 1] = "change";
        names[lags + 2] = "step";
        names[lags + 3] = "target";
        return names;
    }

    /** The trees' number, for tests. */
    int size() {
        return trees.size();
    }

    @Override
    public String toString() {
        return "GlobalBoost[" + trees.size() + " trees, " + lags + " lags, importance "
                + Arrays.toString(trees.importance()) + "]";
    }
}
