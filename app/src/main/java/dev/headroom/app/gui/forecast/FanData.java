package dev.headroom.app.gui.forecast;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.TimeSeries;

import java.util.Arrays;

/**
 * What the chart draws for one series, on one axis of periods counted from {@code first}: the history and the
 * model's fit to it, then the forecast with its 80% and 95% intervals. NaN marks a period without a value.
 *
 * @param offset where the forecast starts on the axis (the history's length when it follows right after)
 */
public record FanData(Period first, double[] history, double[] fitted, int offset, double[] point, double[] lo80,
                      double[] hi80, double[] lo95, double[] hi95) {

    /** The chart data of a series' history and its (adjusted) forecast. */
    public static FanData of(TimeSeries history, SeriesForecast f) {
        Period first = history.start();
        double[] fitted = new double[history.length()];
        Arrays.fill(fitted, Double.NaN);
        double[] fit = f.fitted();
        for (int i = 0; i < fit.length; i++) {
            long x = first.until(f.fittedPeriodAt(i));
            if (x >= 0 && x < fitted.length) {
                fitted[(int) x] = fit[i];
            }
        }
        int h = f.horizon();
        double[] lo80 = new double[h];
        double[] hi80 = new double[h];
        double[] lo95 = new double[h];
        double[] hi95 = new double[h];
        for (int k = 0; k < h; k++) {
            lo80[k] = f.lower(0.8, k);
            hi80[k] = f.upper(0.8, k);
            lo95[k] = f.lower(0.95, k);
            hi95[k] = f.upper(0.95, k);
        }
        return new FanData(first, history.values(), fitted, Math.toIntExact(first.until(f.start())), f.point(), lo80,
                hi80, lo95, hi95);
    }

    /** The period at a place on the axis. */
    public Period periodAt(int x) {
        return first.plus(x);
    }

    /** Places on the axis: history, then the forecast. */
    public int length() {
        return Math.max(history.length, offset + point.length);
    }
}
