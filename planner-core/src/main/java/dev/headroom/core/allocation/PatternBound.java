package dev.headroom.core.allocation;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The bin-packing bound of the Gilmore–Gomory linear relaxation, rounded up: the fewest bins any
 * fractional mix of packable sets ("patterns") of the items needs. It is the strongest of the usual
 * bounds; on nearly every benchmark instance it equals the optimum, where L2 and the dual feasible
 * functions can fall one bin short.
 *
 * <p>It is computed on the LP's dual: a value y per item size such that no pattern holds more than
 * one bin's worth of y. The patterns are too many to list, so they are added as found (column
 * generation seen from the dual): solve with the patterns known so far, then look for the pattern
 * most over the limit with a knapsack search. Whatever the LP returns, y divided by the best
 * pattern's value is a valid dual (Farley's bound), so every round gives a bound that holds, and the
 * rounding never depends on the LP solver's tolerances.
 */
final class PatternBound {

    /** Relative tolerance: sizes may add up to this much over a bin (more patterns only weakens the bound). */
    private static final double EPSILON = 1e-9;
    /** Knapsack search nodes per pricing before falling back to its relaxation (still an upper bound). */
    private static final long KNAPSACK_NODES = 200_000;

    private final double[] size;
    private final int[] count;
    private final double capacity;
    private final List<int[]> patterns = new ArrayList<>();

    private PatternBound(double[] size, int[] count, double capacity) {
        this.size = size;
        this.count = count;
        this.capacity = capacity;
    }

    /**
     * @param sizes    the items (each at most the capacity)
     * @param capacity one bin
     * @param rounds   the most LP solves; fewer give a weaker bound, never a wrong one
     * @return the fewest bins the items need, as far as the rounds could prove; 0 without items
     */
    static int of(double[] sizes, double capacity, int rounds) {
        return of(sizes, capacity, rounds, 0);
    }

    /**
     * As {@link #of(double[], double, int)}, stopping as soon as the LP shows it cannot prove more
     * than {@code known} bins (a bound the caller already has).
     */
    static int of(double[] sizes, double capacity, int rounds, int known) {
        if (sizes.length == 0 || !(capacity > 0)) {
            return 0;
        }
        double[] sorted = sizes.clone();
        Arrays.sort(sorted);
        List<Double> distinct = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (!distinct.isEmpty() && distinct.getLast() == sorted[i]) {
                counts.set(counts.size() - 1, counts.getLast() + 1);
            } else if (sorted[i] > 0) {
                distinct.add(sorted[i]);
                counts.add(1);
            }
        }
        if (distinct.isEmpty()) {
            return 0;
        }
        PatternBound bound = new PatternBound(distinct.stream().mapToDouble(Double::doubleValue).toArray(),
                counts.stream().mapToInt(Integer::intValue).toArray(), capacity);
        return Math.max(known, bound.solve(rounds, known));
    }

    private int solve(int rounds, int known) {
        startingPatterns();
        double best = 0;
        for (int round = 0; round < rounds; round++) {
            double[] y = dual();
            if (y == null) {
                break;
            }
            double relaxed = 0;
            for (int i = 0; i < size.length; i++) {
                relaxed += count[i] * y[i];
            }
            Knapsack priced = Knapsack.best(size, count, y, capacity * (1 + EPSILON), KNAPSACK_NODES);
            if (priced.upperBound() > 0) {
                best = Math.max(best, relaxed / Math.max(priced.upperBound(), 1e-12));
            }
            // The LP with only some patterns is a relaxation: its value bounds what more rounds could prove.
            boolean settled = Math.ceil(best - 1e-6) >= Math.ceil(relaxed - 1e-6) || Math.ceil(relaxed - 1e-6) <= known;
            if (settled || priced.value() <= 1 + 1e-9) {
                break;
            }
            patterns.add(priced.pattern());
        }
        return (int) Math.ceil(best - 1e-6);
    }

    /** Each size alone, as many as a bin holds, then the bins of first fit decreasing. */
    private void startingPatterns() {
        for (int i = 0; i < size.length; i++) {
            int[] alone = new int[size.length];
            alone[i] = (int) Math.min(count[i], Math.floor(capacity * (1 + EPSILON) / size[i]));
            patterns.add(alone);
        }
        List<int[]> bins = new ArrayList<>();
        List<Double> room = new ArrayList<>();
        for (int i = 0; i < size.length; i++) {
            for (int c = 0; c < count[i]; c++) {
                int b = 0;
                while (b < bins.size() && room.get(b) < size[i] - capacity * EPSILON) {
                    b++;
                }
                if (b == bins.size()) {
                    bins.add(new int[size.length]);
                    room.add(capacity);
                }
                bins.get(b)[i]++;
                room.set(b, room.get(b) - size[i]);
            }
        }
        patterns.addAll(bins);
    }

    /** The dual values y (≥ 0, maximising Σ count·y with no known pattern over 1), or null when the LP fails. */
    private double[] dual() {
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] y = new Variable[size.length];
        for (int i = 0; i < size.length; i++) {
            y[i] = model.addVariable("y" + i).lower(0).weight(count[i]);
        }
        for (int j = 0; j < patterns.size(); j++) {
            Expression row = model.addExpression("p" + j).upper(1);
            int[] pattern = patterns.get(j);
            for (int i = 0; i < size.length; i++) {
                if (pattern[i] > 0) {
                    row.set(y[i], pattern[i]);
                }
            }
        }
        Optimisation.Result result = model.maximise();
        if (!result.getState().isFeasible()) {
            return null;
        }
        double[] values = new double[size.length];
        for (int i = 0; i < size.length; i++) {
            values[i] = Math.max(0, result.doubleValue(i));
        }
        return values;
    }
}
