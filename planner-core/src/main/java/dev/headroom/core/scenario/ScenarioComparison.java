package dev.headroom.core.scenario;

import dev.headroom.core.model.Period;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans of several scenarios side by side, as the GUI, the report and the {@code Scenarios} outputs show
 * them: total cost, purchases per period, runway per pool and resource, and unmet demand.
 *
 * @param periods        every planned period of any of the plans, in order
 * @param poolResources  every pool and resource with a runway in any of the plans, in order
 * @param scenarios      one column per plan, in the order given (the first is what the others are compared with)
 */
public record ScenarioComparison(List<Period> periods, List<PoolResource> poolResources, List<Column> scenarios) {

    /** A pool and one of its resources. */
    public record PoolResource(String pool, String resource) implements Comparable<PoolResource> {
        @Override
        public int compareTo(PoolResource o) {
            int c = pool.compareTo(o.pool);
            return c != 0 ? c : resource.compareTo(o.resource);
        }
    }

    /** What is bought in one period: how many nodes in all, and their cost. */
    public record Bought(int nodes, double cost) {
    }

    /**
     * One scenario's figures.
     *
     * @param purchases     per period in which anything is bought (by first usable period)
     * @param runway        per pool and resource: the first period the existing inventory is exhausted, or empty
     * @param unmetTotal    all unmet demand, summed over pools, resources and periods (in mixed units: 0 or not is
     *                      what counts)
     * @param unmetByResource unmet demand per resource, summed over pools and periods, in the resource's unit
     */
    public record Column(String scenario, PlanStatus status, double totalCost, OptionalDouble lowerBound,
                         SortedMap<Period, Bought> purchases, SortedMap<PoolResource, Optional<Period>> runway,
                         double unmetTotal, SortedMap<String, Double> unmetByResource) {
        public Column {
            purchases = Collections.unmodifiableSortedMap(new TreeMap<>(purchases));
            runway = Collections.unmodifiableSortedMap(new TreeMap<>(runway));
            unmetByResource = Collections.unmodifiableSortedMap(new TreeMap<>(unmetByResource));
        }

        /** Nodes and cost bought in the period; none when nothing is. */
        public Bought boughtIn(Period period) {
            return purchases.getOrDefault(period, new Bought(0, 0));
        }
    }

    public ScenarioComparison {
        periods = List.copyOf(periods);
        poolResources = List.copyOf(poolResources);
        scenarios = List.copyOf(scenarios);
    }

    /**
     * Compares the plans in the order given.
     *
     * @throws IllegalArgumentException when no plan is given or two have the same scenario name
     */
    public static ScenarioComparison of(List<ScenarioPlan> plans) {
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("a comparison needs at least one plan");
        }
        Set<String> names = new HashSet<>();
        TreeSet<Period> periods = new TreeSet<>();
        TreeSet<PoolResource> poolResources = new TreeSet<>();
        List<Column> columns = new ArrayList<>();
        for (ScenarioPlan sp : plans) {
            if (!names.add(sp.scenario())) {
                throw new IllegalArgumentException("scenario " + sp.scenario() + " is compared twice");
            }
            Plan plan = sp.plan();
            periods.addAll(plan.periods());
            plan.runway().forEach(r -> poolResources.add(new PoolResource(r.pool(), r.resource())));
            columns.add(column(sp.scenario(), plan));
        }
        return new ScenarioComparison(List.copyOf(periods), List.copyOf(poolResources), columns);
    }

    private static Column column(String scenario, Plan plan) {
        SortedMap<Period, Bought> bought = new TreeMap<>();
        for (Purchase p : plan.purchases()) {
            bought.merge(p.period(), new Bought(p.count(), p.cost()),
                    (a, b) -> new Bought(a.nodes() + b.nodes(), a.cost() + b.cost()));
        }
        SortedMap<PoolResource, Optional<Period>> runway = new TreeMap<>();
        for (Runway r : plan.runway()) {
            runway.put(new PoolResource(r.pool(), r.resource()), r.exhaustedAt());
        }
        SortedMap<String, Double> unmet = new TreeMap<>();
        double total = 0;
        for (UnmetDemand u : plan.unmet()) {
            unmet.merge(u.resource(), u.amount(), Double::sum);
            total += u.amount();
        }
        return new Column(scenario, plan.status(), plan.totalCost(), plan.lowerBound(), bought, runway, total, unmet);
    }

    /** The column of a scenario. */
    public Optional<Column> column(String scenario) {
        return scenarios.stream().filter(c -> c.scenario().equals(scenario)).findFirst();
    }

    /** A scenario's total cost less the first scenario's: what the what-if costs over the baseline. */
    public double costOverFirst(String scenario) {
        Column c = column(scenario).orElseThrow(() -> new IllegalArgumentException("no scenario " + scenario));
        return c.totalCost() - scenarios.getFirst().totalCost();
    }

    /** Each scenario's total cost by name, in column order. */
    public Map<String, Double> totalCosts() {
        Map<String, Double> costs = new java.util.LinkedHashMap<>();
        scenarios.forEach(c -> costs.put(c.scenario(), c.totalCost()));
        return costs;
    }
}
