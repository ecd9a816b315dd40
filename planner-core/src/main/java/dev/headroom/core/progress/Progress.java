package dev.headroom.core.progress;

import java.util.OptionalDouble;

/**
 * A report from long work.
 *
 * @param stage    what is being done, e.g. "Forecasting" or "Solving"
 * @param fraction done so far in [0, 1], or -1 when unknown
 * @param message  a line for the planner
 * @param bestCost the cost of the best plan found so far, when solving
 * @param bound    the best proven lower bound so far, when solving
 */
public record Progress(String stage, double fraction, String message, OptionalDouble bestCost, OptionalDouble bound) {

    public static Progress of(String stage, double fraction, String message) {
        return new Progress(stage, fraction, message, OptionalDouble.empty(), OptionalDouble.empty());
    }
}
