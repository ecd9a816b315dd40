package dev.headroom.io.prometheus;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.io.ReaderWords;

import java.util.Objects;

/**
 * The PromQL expression whose result is one resource's usage, one series per workload.
 *
 * @param resource the resource the values are usage of, as the project names it (e.g. {@code cpu})
 * @param promql   the expression, e.g. {@code sum by (namespace) (rate(container_cpu_usage_seconds_total[5m]))}
 */
public record PrometheusQuery(String resource, String promql) {

    public PrometheusQuery {
        resource = Objects.requireNonNull(resource, "resource").strip();
        promql = Objects.requireNonNull(promql, "promql").strip();
        if (resource.isEmpty()) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.queryNeedsResource"));
        }
        if (promql.isEmpty()) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.queryEmpty", resource));
        }
    }

    /**
     * Reads {@code RESOURCE=PROMQL}, as the command line gives it; only the first {@code =} separates, as PromQL
     * has its own ({@code {job="node"}}).
     */
    public static PrometheusQuery parse(String text) {
        int eq = text.indexOf('=');
        if (eq <= 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not RESOURCE=PROMQL (e.g. cpu=sum by (namespace)"
                    + " (rate(container_cpu_usage_seconds_total[5m])))");
        }
        return new PrometheusQuery(text.substring(0, eq), text.substring(eq + 1));
    }

    @Override
    public String toString() {
        return resource + "=" + promql;
    }
}
