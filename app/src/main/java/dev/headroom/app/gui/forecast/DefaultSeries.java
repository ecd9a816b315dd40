package dev.headroom.app.gui.forecast;

import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;

import java.util.List;

/**
 * The series to show first when a project opens: the one that grew most over its last year (the mean of its last
 * six observed periods over the mean of the six a year before), where a planner would look first; without a
 * year and a half of history, the first series.
 */
final class DefaultSeries {

    private static final int HALF = 6;
    private static final int YEAR = 12;

    private DefaultSeries() {
    }

    static SeriesKey pick(List<TimeSeries> usage) {
        SeriesKey best = null;
        double bestGrowth = Double.NEGATIVE_INFINITY;
        for (TimeSeries s : usage) {
            double recent = mean(s, s.length() - HALF, s.length());
            double before = mean(s, s.length() - HALF - YEAR, s.length() - YEAR);
            if (before > 0 && recent / before > bestGrowth) {
                bestGrowth = recent / before;
                best = s.key();
            }
        }
        return best != null ? best : usage.isEmpty() ? null : usage.getFirst().key();
    }

    /** The mean of the observed values in [from, to); NaN when there are none or the range starts before the series. */
    private static double mean(TimeSeries s, int from, int to) {
        if (from < 0) {
            return Double.NaN;
        }
        double sum = 0;
        int n = 0;
        for (int i = from; i < to; i++) {
            if (!Double.isNaN(s.valueAt(i))) {
                sum += s.valueAt(i);
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
