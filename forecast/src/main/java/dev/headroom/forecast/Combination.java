package dev.headroom.forecast;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The mean or the median of several fitted models' forecasts — combinations were among the most
 * accurate methods of the M3 and M4 competitions because the members' errors partly cancel. The
 * standard errors are the members' average (a combination's error is at most its members' average
 * error; the out-of-sample calibration then tightens or widens it as the backtest shows).
 */
record Combination(List<FittedModel> members, boolean median) implements FittedModel {

    Combination {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a combination needs at least one model");
        }
        members = List.copyOf(members);
    }

    /** Combines per-step values: the mean, or the median (the average of the middle two for an even count). */
    static double[] combine(List<double[]> values, boolean median) {
        int horizon = values.getFirst().length;
        double[] out = new double[horizon];
        double[] column = new double[values.size()];
        for (int k = 0; k < horizon; k++) {
            for (int i = 0; i < column.length; i++) {
                column[i] = values.get(i)[k];
            }
            out[k] = median ? median(column) : Arrays.stream(column).average().orElse(0);
        }
        return out;
    }

    private static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    @Override
    public String description() {
        return (median ? "median(" : "mean(") + members.stream().map(FittedModel::description)
                .collect(Collectors.joining(", ")) + ")";
    }

    @Override
    public int historyLength() {
        return members.getFirst().historyLength();
    }

    @Override
    public double[] forecast(int horizon) {
        return combine(members.stream().map(m -> m.forecast(horizon)).toList(), median);
    }

    @Override
    public double[] standardErrors(int horizon) {
        return combine(members.stream().map(m -> m.standardErrors(horizon)).toList(), false);
    }

    @Override
    public int degreesOfFreedom() {
        return members.stream().mapToInt(FittedModel::degreesOfFreedom).min().orElse(0);
    }

    /**
     * The combination of the members' residuals, period by period, of those members that have one there: the
     * global model gives none, and a member may give them for fewer periods (those at the end).
     */
    @Override
    public double[] residuals() {
        List<double[]> all = members.stream().map(FittedModel::residuals).toList();
        int n = all.stream().mapToInt(r -> r.length).max().orElse(0);
        double[] out = new double[n];
        double[] column = new double[all.size()];
        for (int t = 0; t < n; t++) {
            int count = 0;
            for (double[] r : all) {
                int i = t - (n - r.length);
                if (i >= 0 && !Double.isNaN(r[i])) {
                    column[count++] = r[i];
                }
            }
            double[] present = Arrays.copyOf(column, count);
            out[t] = count == 0 ? Double.NaN : median ? median(present) : Arrays.stream(present).average().orElseThrow();
        }
        return out;
    }
}
