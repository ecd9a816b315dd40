package dev.headroom.io.prometheus;

import java.util.List;
import java.util.Map;

/**
 * What one {@code query_range} call returned: a matrix of series, and the warnings Prometheus added (partial
 * data, most often: a remote store or a shard did not answer).
 */
public record RangeResult(List<Series> series, List<String> warnings) {

    public RangeResult {
        series = List.copyOf(series);
        warnings = List.copyOf(warnings);
    }

    /**
     * One series of the matrix.
     *
     * @param labels the series' labels ({@code __name__} included when the query kept it)
     * @param millis the sample times, epoch milliseconds, ascending
     * @param values the sample values (NaN where the expression gave NaN)
     */
    public record Series(Map<String, String> labels, long[] millis, double[] values) {
        public Series {
            labels = Map.copyOf(labels);
            if (millis.length != values.length) {
                throw new IllegalArgumentException(millis.length + " times but " + values.length + " values");
            }
        }

        /** The labels as PromQL writes a selector, sorted by name: {@code {job="node", namespace="shop"}}. */
        public String describe() {
            StringBuilder s = new StringBuilder("{");
            labels.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
                if (s.length() > 1) {
                    s.append(", ");
                }
                s.append(e.getKey()).append("=\"").append(e.getValue()).append('"');
            });
            return s.append('}').toString();
        }
    }
}
