package dev.headroom.app.gui.scenarios;

import dev.headroom.app.gui.plan.PlanWords;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.Period;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.core.scenario.ScenarioComparison.Column;
import dev.headroom.core.scenario.ScenarioComparison.PoolResource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A scenario comparison as rows of a table: one row per figure, one column per scenario. */
public final class ComparisonRows {

    private static final Texts T = Texts.of(ComparisonRows.class);

    /** A figure and its value in each compared scenario, in column order. */
    public record Row(String figure, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }
    }

    private ComparisonRows() {
    }

    /**
     * Status, cost, cost over the first scenario, how close to the cheapest, nodes bought per period in which
     * any scenario buys, when each pool and resource runs out buying nothing, and unmet demand.
     *
     * @param units each resource's unit, for unmet demand
     */
    public static List<Row> of(ScenarioComparison c, Map<String, String> units) {
        List<Row> rows = new ArrayList<>();
        String first = c.scenarios().getFirst().scenario();
        rows.add(row(c, T.get("row.status"), col -> PlanWords.status(col.status())));
        rows.add(row(c, T.get("row.totalCost"), col -> PlanWords.money(col.totalCost())));
        rows.add(row(c, T.get("row.costOver", first), col -> col.scenario().equals(first) ? "—"
                : PlanWords.signedMoney(c.costOverFirst(col.scenario()))));
        rows.add(row(c, T.get("row.gap"), col -> gapWords(gap(col))));
        for (Period p : c.periods()) {
            if (c.scenarios().stream().allMatch(col -> col.boughtIn(p).nodes() == 0)) {
                continue;
            }
            rows.add(row(c, T.get("row.bought", p), col -> {
                ScenarioComparison.Bought b = col.boughtIn(p);
                return b.nodes() == 0 ? "–" : T.get("row.bought.nodes", b.nodes(), PlanWords.money(b.cost()));
            }));
        }
        for (PoolResource pr : c.poolResources()) {
            rows.add(row(c, T.get("row.runsOut", pr.pool(), pr.resource()), col -> {
                var at = col.runway().get(pr);
                return at == null ? "–" : at.map(Period::toString).orElse(T.get("row.runsOut.never"));
            }));
        }
        rows.add(row(c, T.get("row.unmet"), col -> col.unmetTotal() <= 0 ? T.get("row.none")
                : col.unmetByResource().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + PlanWords.amount(e.getValue())
                        + (units.getOrDefault(e.getKey(), "").isEmpty() ? "" : " " + units.get(e.getKey())))
                .collect(Collectors.joining("; "))));
        return rows;
    }

    /** The gap in a table cell's few words: "none (optimal)", "at most 3.2%", "not known". */
    private static String gapWords(OptionalDouble gap) {
        if (gap.isEmpty()) {
            return T.get("row.gap.unknown");
        }
        return gap.getAsDouble() <= 0 ? T.get("row.none") : T.get("row.gap.atMost", PlanWords.percent(gap.getAsDouble() * 100));
    }

    /** As {@link dev.headroom.core.plan.Plan#gap()}, from the column's cost and bound. */
    private static OptionalDouble gap(Column col) {
        if (col.lowerBound().isEmpty()) {
            return OptionalDouble.empty();
        }
        if (col.totalCost() <= 0) {
            return OptionalDouble.of(0);
        }
        return OptionalDouble.of(Math.max(0, (col.totalCost() - col.lowerBound().getAsDouble()) / col.totalCost()));
    }

    private static Row row(ScenarioComparison c, String figure, Function<Column, String> value) {
        return new Row(figure, c.scenarios().stream().map(value).toList());
    }
}
