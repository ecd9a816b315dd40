package dev.headroom.io.prometheus;

import java.time.Duration;

/**
 * How the importer talks to the server.
 *
 * @param timeout          how long one range query may take (also Prometheus's own limit for it)
 * @param maxPoints        points per series in one request, under Prometheus's limit of 11,000
 * @param parallelRequests how many requests run at once: a small bound, so that a long range does not
 *                         swamp the server (which answers other users' dashboards too)
 * @param maxSeries        series a query may return before it is refused as far too many
 */
public record PrometheusOptions(Duration timeout, int maxPoints, int parallelRequests, int maxSeries) {

    /** Series per query past which the query is refused: Headroom plans workloads, not containers. */
    public static final int MAX_SERIES = 10_000;

    public PrometheusOptions {
        if (timeout.toSeconds() < 1) {
            throw new IllegalArgumentException("the time-out must be at least one second, not " + timeout);
        }
        if (maxPoints < 1 || maxPoints > 11_000) {
            throw new IllegalArgumentException("points per request must be between 1 and 11,000, not " + maxPoints);
        }
        if (parallelRequests < 1 || parallelRequests > 16) {
            throw new IllegalArgumentException("parallel requests must be between 1 and 16, not " + parallelRequests);
        }
        if (maxSeries < 1) {
            throw new IllegalArgumentException("the series limit must be at least 1, not " + maxSeries);
        }
    }

    /** Two minutes per request, 10,000 points, four requests at once, 10,000 series. */
    public static PrometheusOptions defaults() {
        return new PrometheusOptions(Duration.ofMinutes(2), RangeRequest.MAX_POINTS, 4, MAX_SERIES);
    }

    public PrometheusOptions withTimeout(Duration t) {
        return new PrometheusOptions(t, maxPoints, parallelRequests, maxSeries);
    }

    public PrometheusOptions withMaxPoints(int points) {
        return new PrometheusOptions(timeout, points, parallelRequests, maxSeries);
    }
}
