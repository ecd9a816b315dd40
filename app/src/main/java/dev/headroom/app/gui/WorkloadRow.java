package dev.headroom.app.gui;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One line of the workloads table: a workload, where it may run, and its latest observed usage per resource.
 *
 * @param latestUsage resource → last observed value; absent for a resource with no history
 */
public record WorkloadRow(String workload, String placement, String pools, Map<String, Double> latestUsage) {

    static List<WorkloadRow> of(PlanningInput input) {
        List<WorkloadRow> rows = new ArrayList<>();
        for (Workload w : input.workloads()) {
            Map<String, Double> latest = new LinkedHashMap<>();
            for (TimeSeries s : input.usage()) {
                if (s.key().workload().equals(w.name())) {
                    lastObserved(s).ifPresent(v -> latest.put(s.key().resource(), v));
                }
            }
            String pools = w.pinnedPool().map(p -> p + " (pinned)")
                    .orElse(w.allowedPools().isEmpty() ? "any" : String.join(", ", w.allowedPools().stream().sorted().toList()));
            rows.add(new WorkloadRow(w.name(), w.placement().toString(), pools, Map.copyOf(latest)));
        }
        return rows;
    }

    private static java.util.OptionalDouble lastObserved(TimeSeries s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (!Double.isNaN(s.valueAt(i))) {
                return java.util.OptionalDouble.of(s.valueAt(i));
            }
        }
        return java.util.OptionalDouble.empty();
    }
}
