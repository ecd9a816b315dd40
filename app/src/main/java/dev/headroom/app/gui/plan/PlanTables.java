package dev.headroom.app.gui.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Utilization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/** A plan's rows rearranged for the Plan screen's heat map and purchase timeline. */
public final class PlanTables {

    private PlanTables() {
    }

    /**
     * One row of the heat map: a pool and resource, and its utilization in each planned period (null where the
     * plan has none).
     */
    public record HeatRow(String pool, String resource, String unit, List<Utilization> cells) {
        public HeatRow {
            cells = Collections.unmodifiableList(new ArrayList<>(cells));
        }
    }

    /** Heat map rows by pool, then resource in the input's order; columns are the plan's periods. */
    public static List<HeatRow> heatMap(Plan plan, PlanningInput input) {
        Map<String, Integer> resourceOrder = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (Resource r : input.resources()) {
            resourceOrder.put(r.name(), resourceOrder.size());
            units.put(r.name(), r.unit());
        }
        Map<Period, Integer> column = new LinkedHashMap<>();
        plan.periods().forEach(p -> column.put(p, column.size()));
        SortedMap<String, SortedMap<Integer, Utilization[]>> rows = new TreeMap<>();
        for (Utilization u : plan.utilization()) {
            Integer col = column.get(u.period());
            if (col == null) {
                continue;
            }
            int order = resourceOrder.getOrDefault(u.resource(), Integer.MAX_VALUE);
            Utilization[] cells = rows.computeIfAbsent(u.pool(), k -> new TreeMap<>())
                    .computeIfAbsent(order, k -> new Utilization[column.size()]);
            cells[col] = u;
        }
        List<HeatRow> result = new ArrayList<>();
        rows.forEach((pool, byResource) -> byResource.values().forEach(cells -> {
            String resource = Arrays.stream(cells).filter(Objects::nonNull).findFirst()
                    .map(Utilization::resource).orElseThrow();
            result.add(new HeatRow(pool, resource, units.getOrDefault(resource, ""), Arrays.asList(cells)));
        }));
        return result;
    }

    /**
     * What is bought per pool and period (by the period the nodes are usable from): node count, or their cost.
     * Pools in name order, periods in the plan's order; a pool buying nothing is left out.
     */
    public static SortedMap<String, SortedMap<Period, Double>> timeline(Plan plan, boolean cost) {
        SortedMap<String, SortedMap<Period, Double>> byPool = new TreeMap<>();
        for (Purchase p : plan.purchases()) {
            byPool.computeIfAbsent(p.pool(), k -> new TreeMap<>())
                    .merge(p.period(), cost ? p.cost() : p.count(), Double::sum);
        }
        return byPool;
    }
}
