package dev.headroom.core.scenario;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Workload;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The demand multipliers of a scenario's growth changes, per series and period. */
final class GrowthFactors {

    private final List<ScenarioChange.Growth> growths;
    private final Map<String, Workload> workloads = new HashMap<>();

    private GrowthFactors(List<ScenarioChange.Growth> growths, PlanningInput input) {
        this.growths = growths;
        input.workloads().forEach(w -> workloads.put(w.name(), w));
    }

    static GrowthFactors of(Scenario scenario, PlanningInput input) {
        List<ScenarioChange.Growth> growths = scenario.changes().stream()
                .filter(ScenarioChange.Growth.class::isInstance).map(ScenarioChange.Growth.class::cast).toList();
        return new GrowthFactors(growths, input);
    }

    boolean isNone() {
        return growths.isEmpty();
    }

    /** Whether any growth applies to the series in some period. */
    boolean touches(SeriesKey key) {
        return growths.stream().anyMatch(g -> applies(g, key));
    }

    /** The product of the factors of every growth that applies to the series in the period; 1 when none does. */
    double factor(SeriesKey key, Period period) {
        double factor = 1;
        for (ScenarioChange.Growth g : growths) {
            if (!period.isBefore(g.from()) && applies(g, key)) {
                factor *= g.factor();
            }
        }
        return factor;
    }

    private boolean applies(ScenarioChange.Growth g, SeriesKey key) {
        return switch (g.scope()) {
            case WORKLOAD -> g.target().equals(key.workload());
            case RESOURCE -> g.target().equals(key.resource());
            case POOL -> {
                Workload w = workloads.get(key.workload());
                yield w != null && boundTo(w, g.target());
            }
        };
    }

    /** Pinned to the pool, or allowed in it alone. */
    static boolean boundTo(Workload w, String pool) {
        if (w.pinnedPool().isPresent()) {
            return w.pinnedPool().get().equals(pool);
        }
        return w.allowedPools().size() == 1 && w.allowedPools().contains(pool);
    }
}
