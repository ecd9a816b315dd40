package dev.headroom.io.usage;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The columns of a forecast table (CONTRACT §4), shared by the forecast file and the plan workbook:
 * {@code workload, resource, period, point}, then {@code lo{L}, hi{L}} per interval level, then
 * {@code model}.
 */
public final class ForecastTable {
    /** Quantile levels closer than this are the same level (0.1 and 0.09999999999999998). */
    private static final double SAME_LEVEL = 1e-9;

    private ForecastTable() {
    }

    public static List<String> headers(List<Double> levels) {
        List<String> headers = new ArrayList<>(List.of("workload", "resource", "period", "point"));
        for (double level : levels) {
            headers.add("lo" + levelName(level));
            headers.add("hi" + levelName(level));
        }
        headers.add("model");
        return headers;
    }

    /** A level as a percentage: 0.8 → {@code 80}, 0.995 → {@code 99.5}. */
    public static String levelName(double level) {
        return new BigDecimal(Double.toString(level)).movePointRight(2).stripTrailingZeros().toPlainString();
    }

    /** The lower end of the central interval at a level, when the forecast computed that quantile. */
    public static OptionalDouble lower(SeriesForecast forecast, double level, int step) {
        return has(forecast, ForecastOptions.lowerQuantile(level))
                ? OptionalDouble.of(forecast.lower(level, step)) : OptionalDouble.empty();
    }

    /** The upper end of the central interval at a level, when the forecast computed that quantile. */
    public static OptionalDouble upper(SeriesForecast forecast, double level, int step) {
        return has(forecast, ForecastOptions.upperQuantile(level))
                ? OptionalDouble.of(forecast.upper(level, step)) : OptionalDouble.empty();
    }

    private static boolean has(SeriesForecast forecast, double quantile) {
        return !forecast.quantiles().subMap(quantile - SAME_LEVEL, true, quantile + SAME_LEVEL, true).isEmpty();
    }

    /** Checks levels up front, with the value named, so a bad one fails before any file is touched. */
    static void checkLevels(List<Double> levels) {
        List<String> names = new ArrayList<>();
        for (double level : levels) {
            if (!(level > 0 && level < 1)) {
                throw new IllegalArgumentException("an interval level must be above 0 and below 1, not " + level);
            }
            String name = levelName(level);
            if (names.contains(name)) {
                throw new IllegalArgumentException("the interval level " + name + "% is given twice");
            }
            names.add(name);
        }
    }
}
