package dev.headroom.app.gui.data;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Settings;

import java.util.List;

/**
 * How to plan, as a table of one row shown as a form. The frequency is fixed by the usage history, so it is
 * shown and not edited.
 */
public final class SettingsTable extends EditableTable<Settings> {

    static final int FREQUENCY = 0;
    static final int HORIZON = 1;
    static final int PLAN_START = 2;
    static final int QUANTILE = 3;
    static final int TIME_LIMIT = 4;
    static final int SEED = 5;
    static final int THREADS = 6;

    SettingsTable(Edits edits) {
        super(edits, "settings");
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.readOnly("Planning period", 0), Column.text("Horizon (periods)", 0),
                Column.text("Plan start (empty: after the history)", 0), Column.text("Sizing quantile", 0),
                Column.text("Solver time limit (s)", 0), Column.text("Random seed", 0), Column.text("Solver threads", 0));
    }

    @Override
    public boolean canAddAndDelete() {
        return false;
    }

    @Override
    public String description() {
        return "How to plan.";
    }

    @Override
    List<Settings> items(PlanningInput in) {
        return List.of(in.settings());
    }

    @Override
    List<String> cells(Settings s) {
        return List.of(s.frequency().toString(), Integer.toString(s.horizon()),
                s.planStart().map(Object::toString).orElse(""), RowReader.Cells.number(s.sizingQuantile()),
                RowReader.Cells.number(s.timeLimitSeconds()), Long.toString(s.seed()), Integer.toString(s.threads()));
    }

    @Override
    Settings read(RowReader row, PlanningInput in, Settings original, List<Settings> others) {
        int horizon = (int) row.whole(HORIZON, "the horizon", 1, 600);
        var start = row.period(PLAN_START, "the plan start", in.settings().frequency(), true);
        double quantile = row.fraction(QUANTILE, "the sizing quantile", 0, 1, false);
        double limit = row.fraction(TIME_LIMIT, "the time limit", 0, 1e9, true);
        long seed = row.whole(SEED, "the seed", Long.MIN_VALUE, Long.MAX_VALUE);
        int threads = (int) row.whole(THREADS, "the number of threads", 1, 256);
        return row.ok() ? new Settings(in.settings().frequency(), horizon, start, quantile, limit, seed, threads) : null;
    }

    @Override
    PlanningInput with(PlanningInput in, List<Settings> items) {
        return in.withSettings(items.getFirst());
    }

    @Override
    List<String> newRow(PlanningInput in) {
        throw new UnsupportedOperationException("the settings are one row");
    }
}
