package dev.headroom.app.gui.forecast;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.forecast.BacktestAccuracy;

import java.util.ArrayList;
import java.util.List;

/** A series' backtest accuracy in the planner's words. */
final class AccuracyWords {

    private static final Texts T = Texts.of(AccuracyWords.class);

    private AccuracyWords() {
    }

    /** MASE with two decimals for the series list, "—" when it was not measured. */
    static String mase(BacktestAccuracy a) {
        return Double.isNaN(a.mase()) ? "—" : T.get("mase", a.mase());
    }

    /** A few sentences: how the model did in backtest and how often its intervals held the held-out values. */
    static String describe(BacktestAccuracy a) {
        if (a.origins() == 0 || Double.isNaN(a.mase()) && Double.isNaN(a.smape())) {
            return T.get("accuracy.none");
        }
        List<String> measures = new ArrayList<>();
        if (!Double.isNaN(a.mase())) {
            measures.add(T.get("accuracy.mase", a.mase(), a.mase() < 1
                    ? T.get("accuracy.smaller", 1 - a.mase()) : T.get("accuracy.larger", a.mase() - 1)));
        }
        if (!Double.isNaN(a.smape())) {
            measures.add(T.get("accuracy.smape", a.smape()));
        }
        String backtest = T.get("accuracy.backtest", a.origins(), String.join(T.get("accuracy.separator"), measures));
        if (!Double.isNaN(a.coverage80()) && !Double.isNaN(a.coverage95())) {
            return T.get("accuracy.coverage", backtest, a.coverage80(), a.coverage95());
        }
        return backtest;
    }
}
