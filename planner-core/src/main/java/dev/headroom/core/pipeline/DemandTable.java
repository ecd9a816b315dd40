package dev.headroom.core.pipeline;

import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demand the plan sizes for: per workload, resource and planned period, in the resource's unit.
 *
 * <p>Where it comes from, in order of precedence:
 * <ol>
 *   <li>known demand ({@code Demand} sheet) for that workload, resource and period;</li>
 *   <li>the forecast of the workload's usage of the resource at the sizing quantile (negative
 *   forecasts count as 0); a planned period that still lies within the usage history takes the
 *   observed value, or the latest one observed before it;</li>
 *   <li>0 — a workload with known demand but no usage for a resource needs nothing in the other periods.</li>
 * </ol>
 */
public final class DemandTable {

    private final List<String> workloads;
    private final List<String> resources;
    private final List<Period> periods;
    private final Map<String, Integer> workloadIndex = new HashMap<>();
    private final Map<String, Integer> resourceIndex = new HashMap<>();
    private final Map<Period, Integer> periodIndex = new HashMap<>();
    private final double[][][] values;

    private DemandTable(List<String> workloads, List<String> resources, List<Period> periods) {
        this.workloads = List.copyOf(workloads);
        this.resources = List.copyOf(resources);
        this.periods = List.copyOf(periods);
        for (int i = 0; i < workloads.size(); i++) {
            workloadIndex.put(workloads.get(i), i);
        }
        for (int i = 0; i < resources.size(); i++) {
            resourceIndex.put(resources.get(i), i);
        }
        for (int i = 0; i < periods.size(); i++) {
            periodIndex.put(periods.get(i), i);
        }
        this.values = new double[workloads.size()][resources.size()][periods.size()];
    }

    /**
     * Builds the table for the input's workloads and resources over the planned periods.
     *
     * @param forecasts one forecast per usage series (matched by key)
     * @param quantile  the sizing quantile to read from each forecast
     * @throws IllegalArgumentException when a usage series has no forecast or a forecast is too short or NaN
     */
    public static DemandTable build(PlanningInput input, List<Period> periods, List<SeriesForecast> forecasts,
                                    double quantile) {
        DemandTable table = new DemandTable(input.workloads().stream().map(Workload::name).toList(),
                input.resources().stream().map(Resource::name).toList(), periods);
        Map<SeriesKey, SeriesForecast> byKey = new HashMap<>();
        for (SeriesForecast f : forecasts) {
            byKey.put(f.key(), f);
        }
        for (TimeSeries series : input.usage()) {
            SeriesForecast forecast = byKey.get(series.key());
            if (forecast == null) {
                throw new IllegalArgumentException("usage of " + series.key() + " has no forecast");
            }
            for (int t = 0; t < periods.size(); t++) {
                table.set(series.key(), t, sized(series, forecast, periods.get(t), quantile));
            }
        }
        for (KnownDemand known : input.knownDemand()) {
            Integer t = table.periodIndex.get(known.period());
            if (t != null) {
                table.set(new SeriesKey(known.workload(), known.resource()), t, known.demand());
            }
        }
        return table;
    }

    private static double sized(TimeSeries series, SeriesForecast forecast, Period period, double quantile) {
        long step = series.end().until(period) - 1;
        if (step < 0) {
            return observedBy(series, period);
        }
        if (step >= forecast.horizon()) {
            throw new IllegalArgumentException("the forecast of " + series.key() + " ends before " + period);
        }
        double value = forecast.quantile(quantile, (int) step);
        if (Double.isNaN(value)) {
            throw new IllegalArgumentException("the forecast of " + series.key() + " for " + period + " is not a number");
        }
        return Math.max(0, value);
    }

    /** The value observed in the period, or the latest one observed before it; 0 when there is none. */
    private static double observedBy(TimeSeries series, Period period) {
        long i = Math.min(series.start().until(period), series.length() - 1L);
        for (; i >= 0; i--) {
            double v = series.valueAt((int) i);
            if (!Double.isNaN(v)) {
                return v;
            }
        }
        return 0;
    }

    private void set(SeriesKey key, int t, double value) {
        values[workloadIndex.get(key.workload())][resourceIndex.get(key.resource())][t] = value;
    }

    /** Demand of a workload for a resource in a planned period; 0 for a period outside the plan. */
    public double demand(String workload, String resource, Period period) {
        Integer t = periodIndex.get(period);
        return t == null ? 0 : values[index(workloadIndex, workload, "workload")][index(resourceIndex, resource, "resource")][t];
    }

    /** Demand by position: workloads and resources in the input's order, periods in plan order. */
    public double demandAt(int workload, int resource, int period) {
        return values[workload][resource][period];
    }

    /** The fleet's demand for a resource in a planned period. */
    public double total(String resource, Period period) {
        return total(workloads, resource, period);
    }

    /** The demand of some workloads for a resource in a planned period. */
    public double total(Collection<String> someWorkloads, String resource, Period period) {
        double sum = 0;
        for (String w : someWorkloads) {
            sum += demand(w, resource, period);
        }
        return sum;
    }

    public List<String> workloads() {
        return workloads;
    }

    public List<String> resources() {
        return resources;
    }

    public List<Period> periods() {
        return periods;
    }

    private static int index(Map<String, Integer> indices, String name, String what) {
        Integer i = indices.get(name);
        if (i == null) {
            throw new IllegalArgumentException(what + " " + name + " is not in the demand table");
        }
        return i;
    }
}
