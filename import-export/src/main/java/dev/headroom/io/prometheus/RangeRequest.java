package dev.headroom.io.prometheus;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One {@code query_range} call: evaluation times {@code start, start + step, ..., end}, both ends included, as
 * Prometheus evaluates them.
 *
 * @param points how many evaluation times the call covers
 */
public record RangeRequest(Instant start, Instant end, Duration step, int points) {

    /** Prometheus refuses a range query of more than 11,000 points per series; a margin under it. */
    public static final int MAX_POINTS = 10_000;

    /**
     * The calls that cover evaluation times {@code from, from + step, ...} up to and excluding {@code until}, each
     * of at most {@code maxPoints} points, in time order, neither overlapping nor leaving a time out.
     *
     * @throws IllegalArgumentException when the range holds no evaluation time
     */
    public static List<RangeRequest> split(Instant from, Instant until, Duration step, int maxPoints) {
        if (maxPoints < 1) {
            throw new IllegalArgumentException("maxPoints must be at least 1, not " + maxPoints);
        }
        if (!from.isBefore(until)) {
            throw new IllegalArgumentException("the range from " + from + " to " + until + " is empty");
        }
        long stepSeconds = step.toSeconds();
        long span = until.getEpochSecond() - from.getEpochSecond();
        long total = (span + stepSeconds - 1) / stepSeconds;
        List<RangeRequest> requests = new ArrayList<>();
        for (long first = 0; first < total; first += maxPoints) {
            int points = (int) Math.min(maxPoints, total - first);
            Instant start = from.plusSeconds(first * stepSeconds);
            requests.add(new RangeRequest(start, start.plusSeconds((points - 1) * stepSeconds), step, points));
        }
        return List.copyOf(requests);
    }
}
