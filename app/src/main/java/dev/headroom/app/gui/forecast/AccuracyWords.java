package dev.headroom.app.gui.forecast;

import dev.headroom.core.forecast.BacktestAccuracy;

import java.util.Locale;

/** A series' backtest accuracy in the planner's words. */
final class AccuracyWords {

    private AccuracyWords() {
    }

    /** MASE with two decimals for the series list, "—" when it was not measured. */
    static String mase(BacktestAccuracy a) {
        return Double.isNaN(a.mase()) ? "—" : String.format(Locale.ROOT, "%.2f", a.mase());
    }

    /** A few sentences: how the model did in backtest and how often its intervals held the held-out values. */
    static String describe(BacktestAccuracy a) {
        if (a.origins() == 0 || Double.isNaN(a.mase()) && Double.isNaN(a.smape())) {
            return "Too little history to backtest: the model was not scored, and its intervals come from the model "
                    + "itself rather than from measured errors.";
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Backtest from %d forecast origin%s: ",
                a.origins(), a.origins() == 1 ? "" : "s"));
        if (!Double.isNaN(a.mase())) {
            s.append(String.format(Locale.ROOT, "MASE %.2f (%s)", a.mase(), a.mase() < 1
                    ? String.format(Locale.ROOT, "errors %.0f%% smaller than a seasonal naive forecast's", 100 * (1 - a.mase()))
                    : String.format(Locale.ROOT, "errors %.0f%% larger than a seasonal naive forecast's", 100 * (a.mase() - 1))));
        }
        if (!Double.isNaN(a.smape())) {
            s.append(Double.isNaN(a.mase()) ? "" : ", ").append(String.format(Locale.ROOT, "sMAPE %.1f%%", a.smape()));
        }
        s.append('.');
        if (!Double.isNaN(a.coverage80()) && !Double.isNaN(a.coverage95())) {
            s.append(String.format(Locale.ROOT, " The 80%% interval held %.0f%% of the held-out values, the 95%% interval %.0f%%.",
                    100 * a.coverage80(), 100 * a.coverage95()));
        }
        return s.toString();
    }
}
