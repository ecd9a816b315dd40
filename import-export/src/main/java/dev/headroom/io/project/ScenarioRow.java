package dev.headroom.io.project;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.ScenarioChange.GrowthScope;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.io.ReaderWords;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One scenario change as a row of text cells: the columns of the workbook's {@code Scenarios} sheet and of
 * the project file's {@code scenario_changes} table. Blank cells are empty strings.
 *
 * <table>
 *   <caption>changes and the cells they use</caption>
 *   <tr><th>change</th><th>target</th><th>value</th><th>from</th><th>copy_of / pool</th></tr>
 *   <tr><td>workload_growth, pool_growth, resource_growth</td><td>the workload, pool or resource</td>
 *       <td>growth in percent</td><td>first period</td><td></td></tr>
 *   <tr><td>new_workload</td><td>its name</td><td>demand, e.g. {@code cpu=4; memory=16}</td><td>first period</td>
 *       <td>a workload to copy instead of a demand; the pool it is pinned to</td></tr>
 *   <tr><td>decommission</td><td>the workload</td><td></td><td>first period without it</td><td></td></tr>
 *   <tr><td>node_cost</td><td>node type or *</td><td>price change in percent</td><td></td><td></td></tr>
 *   <tr><td>lead_time</td><td>node type or *</td><td>periods</td><td></td><td></td></tr>
 *   <tr><td>ha_nodes</td><td>pool or *</td><td>spare nodes</td><td></td><td></td></tr>
 *   <tr><td>target_utilization</td><td>resource or *</td><td>above 0, at most 1</td><td></td><td></td></tr>
 *   <tr><td>sizing_quantile</td><td></td><td>above 0, below 1</td><td></td><td></td></tr>
 *   <tr><td>budget</td><td></td><td>the most spent on nodes ordered in the period</td><td>the ordering period</td>
 *       <td></td></tr>
 * </table>
 */
public record ScenarioRow(String change, String target, String value, String from, String copyOf, String pool) {

    /** The names of the changes, as written in the {@code change} column. */
    public static final Set<String> CHANGES = Set.of("workload_growth", "pool_growth", "resource_growth", "new_workload",
            "decommission", "node_cost", "lead_time", "ha_nodes", "target_utilization", "sizing_quantile", "budget");

    public ScenarioRow {
        change = clean(change).toLowerCase(Locale.ROOT);
        target = clean(target);
        value = clean(value);
        from = clean(from);
        copyOf = clean(copyOf);
        pool = clean(pool);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    /** The row of a change. */
    public static ScenarioRow of(ScenarioChange change) {
        return switch (change) {
            case ScenarioChange.Growth g -> new ScenarioRow(g.scope().name().toLowerCase(Locale.ROOT) + "_growth", g.target(),
                    number(g.percent()), g.from().toString(), "", "");
            case ScenarioChange.NewWorkload n -> newWorkload(n);
            case ScenarioChange.Decommission d -> new ScenarioRow("decommission", d.workload(), "", d.from().toString(), "", "");
            case ScenarioChange.NodeCost c -> new ScenarioRow("node_cost", c.nodeType(), number(c.percent()), "", "", "");
            case ScenarioChange.LeadTime l -> new ScenarioRow("lead_time", l.nodeType(), Integer.toString(l.periods()), "", "", "");
            case ScenarioChange.HaSpares h -> new ScenarioRow("ha_nodes", h.pool(), Integer.toString(h.nodes()), "", "", "");
            case ScenarioChange.TargetUtilization t -> new ScenarioRow("target_utilization", t.resource(), number(t.target()),
                    "", "", "");
            case ScenarioChange.SizingQuantile q -> new ScenarioRow("sizing_quantile", "", number(q.quantile()), "", "", "");
            case ScenarioChange.Budget b -> new ScenarioRow("budget", "", number(b.amount()), b.period().toString(), "", "");
        };
    }

    private static ScenarioRow newWorkload(ScenarioChange.NewWorkload n) {
        Workload w = n.workload();
        if (w.placement() != PlacementMode.POOL || !w.allowedPools().isEmpty() || w.antiAffinity().isPresent()) {
            throw new InvalidValueException(null, ReaderWords.of("scenarios.newWorkloadPlacement", w.name()));
        }
        // By resource name: the change's map has no order of its own, and the same scenario must give the same row.
        String demand = new TreeMap<>(n.demand()).entrySet().stream().map(e -> e.getKey() + "=" + number(e.getValue()))
                .collect(Collectors.joining("; "));
        return new ScenarioRow("new_workload", w.name(), demand, n.from().toString(), n.copyOf().orElse(""),
                w.pinnedPool().orElse(""));
    }

    /**
     * The change this row describes.
     *
     * @throws IllegalArgumentException saying which cell is wrong and what was expected
     */
    public ScenarioChange toChange() {
        return switch (change) {
            case "workload_growth" -> growth(GrowthScope.WORKLOAD);
            case "pool_growth" -> growth(GrowthScope.POOL);
            case "resource_growth" -> growth(GrowthScope.RESOURCE);
            case "new_workload" -> new ScenarioChange.NewWorkload(
                    new Workload(required(target, "target"), PlacementMode.POOL, Optional.of(pool).filter(p -> !p.isEmpty()),
                            Set.of(), Optional.empty()),
                    period(), copyOf.isEmpty() ? demand() : Map.of(), Optional.of(copyOf).filter(c -> !c.isEmpty()));
            case "decommission" -> new ScenarioChange.Decommission(required(target, "target"), period());
            case "node_cost" -> new ScenarioChange.NodeCost(required(target, "target"), decimal());
            case "lead_time" -> new ScenarioChange.LeadTime(required(target, "target"), whole());
            case "ha_nodes" -> new ScenarioChange.HaSpares(required(target, "target"), whole());
            case "target_utilization" -> new ScenarioChange.TargetUtilization(required(target, "target"), decimal());
            case "sizing_quantile" -> new ScenarioChange.SizingQuantile(decimal());
            case "budget" -> new ScenarioChange.Budget(period(), decimal());
            default -> throw new InvalidValueException(null, ReaderWords.of("scenarios.notAChange",
                    String.join(", ", new java.util.TreeSet<>(CHANGES))));
        };
    }

    private ScenarioChange.Growth growth(GrowthScope scope) {
        return new ScenarioChange.Growth(scope, required(target, "target"), decimal(), period());
    }

    private Period period() {
        return Period.parse(required(from, "from"));
    }

    private double decimal() {
        try {
            return Double.parseDouble(required(value, "value"));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(null, ReaderWords.of("scenarios.valueNotNumber", value));
        }
    }

    private int whole() {
        try {
            return Integer.parseInt(required(value, "value"));
        } catch (NumberFormatException e) {
            throw new InvalidValueException(null, ReaderWords.of("scenarios.valueNotWhole", value));
        }
    }

    /** {@code cpu=4; memory=16}. */
    private Map<String, Double> demand() {
        Map<String, Double> demand = new TreeMap<>();
        for (String part : required(value, "value (the demand, e.g. cpu=4; memory=16) or copy_of").split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidValueException(null, ReaderWords.of("scenarios.demandNotPair", part.strip()));
            }
            String amount = part.substring(eq + 1).strip();
            try {
                demand.put(part.substring(0, eq).strip(), Double.parseDouble(amount));
            } catch (NumberFormatException e) {
                throw new InvalidValueException(null, ReaderWords.of("scenarios.demandNotNumber", part.strip(), amount));
            }
        }
        return demand;
    }

    private String required(String cell, String column) {
        if (cell.isEmpty()) {
            throw new InvalidValueException(null, ReaderWords.of("scenarios.needs", change, column));
        }
        return cell;
    }

    /** Whole numbers without ".0"; others as Java writes them, which reads back to the same double. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
