package dev.headroom.io.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Utilization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Figures derived from a plan that every output shows the same way (workbook, CSV, PDF report):
 * purchases added up per period, the pool × resource pairs in a fixed order, and units.
 */
public final class PlanFigures {

    private PlanFigures() {
    }

    /** Nodes bought and their cost in one period. */
    public record PeriodPurchases(Period period, long nodes, double cost) {
    }

    /** One pool and one resource: the unit of runway, utilization charts and forecast fans. */
    public record PoolResource(String pool, String resource) {
        @Override
        public String toString() {
            return pool + " " + resource;
        }
    }

    /** Purchases per planned period, every planned period listed (0 where nothing is bought), in order. */
    public static List<PeriodPurchases> purchasesByPeriod(Plan plan) {
        Map<Period, long[]> nodes = new TreeMap<>();
        Map<Period, double[]> cost = new TreeMap<>();
        for (Period p : plan.periods()) {
            nodes.put(p, new long[1]);
            cost.put(p, new double[1]);
        }
        for (Purchase p : plan.purchases()) {
            nodes.computeIfAbsent(p.period(), k -> new long[1])[0] += p.count();
            cost.computeIfAbsent(p.period(), k -> new double[1])[0] += p.cost();
        }
        List<PeriodPurchases> rows = new ArrayList<>();
        nodes.forEach((period, n) -> rows.add(new PeriodPurchases(period, n[0], cost.get(period)[0])));
        return rows;
    }

    /** The pool × resource pairs of the utilization table, in the order they first appear there. */
    public static List<PoolResource> poolResources(Plan plan) {
        Set<PoolResource> pairs = new LinkedHashSet<>();
        for (Utilization u : plan.utilization()) {
            pairs.add(new PoolResource(u.pool(), u.resource()));
        }
        return List.copyOf(pairs);
    }

    /** Utilization of each pool × resource by period. */
    public static Map<PoolResource, Map<Period, Utilization>> utilizationByPair(Plan plan) {
        Map<PoolResource, Map<Period, Utilization>> byPair = new LinkedHashMap<>();
        for (Utilization u : plan.utilization()) {
            byPair.computeIfAbsent(new PoolResource(u.pool(), u.resource()), k -> new TreeMap<>()).put(u.period(), u);
        }
        return byPair;
    }

    /**
     * The pool each workload runs in, taken from its first assignment (the pool it starts the plan in,
     * when the plan moves it); workloads not placed are absent.
     */
    public static Map<String, String> poolOfWorkload(Plan plan) {
        Map<String, String> pools = new LinkedHashMap<>();
        for (Assignment a : plan.placement()) {
            pools.putIfAbsent(a.workload(), a.pool());
        }
        return pools;
    }

    /**
     * The pool each workload runs in per planned period (which changes only where the plan moves it);
     * workloads not placed are absent.
     */
    public static Map<String, Map<Period, String>> poolOfWorkloadByPeriod(Plan plan) {
        Map<String, Map<Period, String>> pools = new LinkedHashMap<>();
        for (Assignment a : plan.placement()) {
            pools.computeIfAbsent(a.workload(), w -> new TreeMap<>()).put(a.period(), a.pool());
        }
        return pools;
    }

    /** The unit of a resource as the input names it; empty when the resource or its unit is unknown. */
    public static String unitOf(PlanningInput input, String resource) {
        for (Resource r : input.resources()) {
            if (r.name().equals(resource)) {
                return r.unit();
            }
        }
        return "";
    }

    /** A status in words, as the workbook's summary and the report state it. */
    public static String describe(dev.headroom.core.plan.PlanStatus status) {
        return PlanSummary.describe(status);
    }
}
