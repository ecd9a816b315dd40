package dev.headroom.io.prometheus;

import dev.headroom.core.model.TimeSeries;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A complete import from Prometheus: the series rolled up to the planning period, in the order of the queries
 * and then of the workloads' names, and what was read.
 *
 * @param definition the import as run
 * @param series     one series per workload and resource
 * @param requests   range queries sent
 * @param samples    samples rolled up (NaN values not counted)
 */
public record PrometheusUsage(PrometheusImport definition, List<TimeSeries> series, int requests, long samples) {

    public PrometheusUsage {
        series = List.copyOf(series);
    }

    /** The workloads found per resource, in the order of the queries: what the import wizard previews. */
    public Map<String, List<String>> workloadsByResource() {
        Map<String, List<String>> found = new LinkedHashMap<>();
        definition.queries().forEach(q -> found.put(q.resource(), new ArrayList<>()));
        series.forEach(s -> found.get(s.key().resource()).add(s.key().workload()));
        found.replaceAll((r, w) -> List.copyOf(w));
        return found;
    }

    /** What was read, as lines for a person. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Prometheus " + definition.server() + ": " + definition.from() + " to " + definition.to() + " (UTC), step "
                + Steps.format(definition.step()) + ", by " + definition.label() + ", rolled up by "
                + definition.frequency());
        workloadsByResource().forEach((resource, workloads) -> out.add(String.format(Locale.ROOT, "  %s: %d series",
                resource, workloads.size())));
        out.add(String.format(Locale.ROOT, "  %d requests, %d samples rolled up", requests, samples));
        return out;
    }
}
