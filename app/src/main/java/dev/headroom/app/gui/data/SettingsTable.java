package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Settings;

import java.util.List;

/**
 * How to plan, as a table of one row shown as a form. The frequency is fixed by the usage history, so it is
 * shown and not edited.
 */
public final class SettingsTable extends EditableTable<Settings> {

    private static final Texts T = Texts.of(SettingsTable.class);

    static final int FREQUENCY = 0;
    static final int HORIZON = 1;
    static final int PLAN_START = 2;
    static final int QUANTILE = 3;
    static final int TIME_LIMIT = 4;
    static final int SEED = 5;
    static final int THREADS = 6;
    static final int ALLOW_MOVES = 7;
    static final int MOVE_COST = 8;

    SettingsTable(Edits edits) {
        super(edits, T.get("what.settings"));
    }

    @Override
    public List<Column> columns() {
        return List.of(Column.readOnly(T.get("settings.frequency"), 0), Column.text(T.get("settings.horizon"), 0),
                Column.text(T.get("settings.planStart"), 0), Column.text(T.get("settings.quantile"), 0),
                Column.text(T.get("settings.timeLimit"), 0), Column.text(T.get("settings.seed"), 0),
                Column.text(T.get("settings.threads"), 0),
                Column.choice(T.get("settings.allowMoves"), () -> List.of("false", "true"), 0)
                        .hint(T.get("settings.allowMoves.hint")),
                Column.text(T.get("settings.moveCost"), 0).hint(T.get("settings.moveCost.hint")));
    }

    @Override
    public boolean canAddAndDelete() {
        return false;
    }

    @Override
    public String description() {
        return T.get("settings.description");
    }

    @Override
    List<Settings> items(PlanningInput in) {
        return List.of(in.settings());
    }

    @Override
    List<String> cells(Settings s) {
        // Read-only (the usage history decides it), so it may be shown in words: read() never parses it.
        return List.of(RowReader.period(s.frequency()), Integer.toString(s.horizon()),
                s.planStart().map(Object::toString).orElse(""), RowReader.Cells.number(s.sizingQuantile()),
                RowReader.Cells.number(s.timeLimitSeconds()), Long.toString(s.seed()), Integer.toString(s.threads()),
                Boolean.toString(s.allowMoves()), RowReader.Cells.number(s.moveCost()));
    }

    @Override
    Settings read(RowReader row, PlanningInput in, Settings original, List<Settings> others) {
        int horizon = (int) row.whole(HORIZON, T.get("settings.horizon.what"), 1, 600);
        var start = row.period(PLAN_START, T.get("settings.planStart.what"), in.settings().frequency(), true);
        double quantile = row.fraction(QUANTILE, T.get("settings.quantile.what"), 0, 1, false);
        double limit = row.fraction(TIME_LIMIT, T.get("settings.timeLimit.what"), 0, 1e9, true);
        long seed = row.whole(SEED, T.get("settings.seed.what"), Long.MIN_VALUE, Long.MAX_VALUE);
        int threads = (int) row.whole(THREADS, T.get("settings.threads.what"), 1, 256);
        boolean allowMoves = switch (row.text(ALLOW_MOVES)) {
            case "true" -> true;
            case "false", "" -> false;
            default -> {
                row.fail(ALLOW_MOVES, T.get("settings.allowMoves.not", row.text(ALLOW_MOVES)));
                yield false;
            }
        };
        double moveCost = row.text(MOVE_COST).isEmpty() ? 0 : row.number(MOVE_COST, T.get("settings.moveCost.what"), 0);
        return row.ok() ? new Settings(in.settings().frequency(), horizon, start, quantile, limit, seed, threads,
                allowMoves, moveCost) : null;
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
