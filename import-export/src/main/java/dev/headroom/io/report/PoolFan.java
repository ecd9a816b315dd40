package dev.headroom.io.report;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.plan.PlanFigures;
import dev.headroom.io.plan.PlanFigures.PoolResource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The history and forecast of one pool and resource: the usage and forecasts of the workloads placed
 * in the pool, added up. Interval bounds are added up as well, which is what they would be if the
 * workloads rose and fell together — wider than for independent workloads, so the fan errs on the
 * side of caution. Usable capacity and placed demand come from the plan's utilization.
 */
record PoolFan(PoolResource pair, TreeMap<Period, Double> history, TreeMap<Period, double[]> forecast,
               TreeMap<Period, Utilization> utilization) {
    /** Periods of history shown before the forecast: two years of months. */
    static final int HISTORY_PERIODS = 24;
    /** Index of the point and the bounds in a forecast entry: point, lo80, hi80, lo95, hi95. */
    static final int POINT = 0;
    static final int LO80 = 1;
    static final int HI80 = 2;
    static final int LO95 = 3;
    static final int HI95 = 4;

    /** One fan per pool and resource of the plan, in the plan's order. */
    static List<PoolFan> of(Plan plan, PlanningInput input) {
        Map<String, String> poolOf = PlanFigures.poolOfWorkload(plan);
        Map<String, Map<Period, String>> poolIn = PlanFigures.poolOfWorkloadByPeriod(plan);
        Map<PoolResource, TreeMap<Period, double[]>> forecasts = new HashMap<>();
        for (SeriesForecast f : plan.forecasts()) {
            Map<Period, String> pools = poolIn.get(f.key().workload());
            if (pools != null) {
                addForecast(f, pools, poolOf.get(f.key().workload()), forecasts);
            }
        }
        Map<PoolResource, List<TimeSeries>> usage = new HashMap<>();
        for (TimeSeries s : input.usage()) {
            String pool = poolOf.get(s.key().workload());
            if (pool != null) {
                usage.computeIfAbsent(new PoolResource(pool, s.key().resource()), k -> new ArrayList<>()).add(s);
            }
        }
        Map<PoolResource, Map<Period, Utilization>> utilization = PlanFigures.utilizationByPair(plan);
        Period first = plan.periods().isEmpty() ? null : plan.periods().getFirst();
        List<PoolFan> fans = new ArrayList<>();
        for (PoolResource pair : PlanFigures.poolResources(plan)) {
            fans.add(new PoolFan(pair, history(usage.getOrDefault(pair, List.of()), first),
                    forecasts.getOrDefault(pair, new TreeMap<>()), new TreeMap<>(utilization.get(pair))));
        }
        return fans;
    }

    private static TreeMap<Period, Double> history(List<TimeSeries> series, Period planStart) {
        TreeMap<Period, Double> sum = new TreeMap<>();
        for (TimeSeries s : series) {
            for (int i = 0; i < s.length(); i++) {
                Period p = s.periodAt(i);
                boolean recent = planStart == null || (p.isBefore(planStart) && p.until(planStart) <= HISTORY_PERIODS);
                if (recent && !Double.isNaN(s.valueAt(i))) {
                    sum.merge(p, s.valueAt(i), Double::sum);
                }
            }
        }
        return sum;
    }

    /**
     * Adds the forecast's steps to the fans of the pools the workload runs in then (a workload the plan
     * moves counts in each pool for the periods it runs there; a step beyond the plan, in its first pool).
     */
    private static void addForecast(SeriesForecast f, Map<Period, String> pools, String firstPool,
                                    Map<PoolResource, TreeMap<Period, double[]>> sums) {
        double[] point = f.point();
        boolean intervals = f.quantiles().containsKey(0.025) && f.quantiles().containsKey(0.975);
        for (int step = 0; step < f.horizon(); step++) {
            String pool = pools.getOrDefault(f.periodAt(step), firstPool);
            TreeMap<Period, double[]> sum = sums.computeIfAbsent(new PoolResource(pool, f.key().resource()),
                    k -> new TreeMap<>());
            double[] entry = sum.computeIfAbsent(f.periodAt(step), k -> new double[5]);
            entry[POINT] += point[step];
            // A series without intervals adds its point forecast to the bounds: it widens nothing.
            entry[LO80] += intervals ? f.lower(0.8, step) : point[step];
            entry[HI80] += intervals ? f.upper(0.8, step) : point[step];
            entry[LO95] += intervals ? f.lower(0.95, step) : point[step];
            entry[HI95] += intervals ? f.upper(0.95, step) : point[step];
        }
    }
}
