package dev.headroom.core.allocation;

/**
 * The most valuable set of items one bin holds, with several items of each size available: the
 * pricing step of {@link PatternBound}. A depth-first search over the sizes, best value per unit
 * of size first, pruned by the fractional (Dantzig) bound. When the search runs out of nodes it
 * answers with the best set found and, as the upper bound, the root's fractional bound, so a caller
 * dividing by {@link #upperBound()} stays on the safe side.
 *
 * @param pattern    [i] how many items of size i the best set found holds
 * @param value      that set's value
 * @param upperBound a value no set can exceed (equal to {@code value} when the search finished)
 */
record Knapsack(int[] pattern, double value, double upperBound) {

    /**
     * @param size     [i] the size of one item of kind i
     * @param count    [i] how many items of kind i there are
     * @param worth    [i] the value of one item of kind i (kinds worth nothing are left out)
     * @param capacity the bin
     * @param nodes    the most search nodes
     */
    static Knapsack best(double[] size, int[] count, double[] worth, double capacity, long nodes) {
        Integer[] byRatio = java.util.stream.IntStream.range(0, size.length)
                .filter(i -> worth[i] > 0 && size[i] <= capacity)
                .boxed()
                .sorted((a, b) -> Double.compare(worth[b] / size[b], worth[a] / size[a]))
                .toArray(Integer[]::new);
        int[] order = java.util.Arrays.stream(byRatio).mapToInt(Integer::intValue).toArray();
        Search search = new Search(size, count, worth, order, nodes);
        double root = search.fractional(0, capacity);
        search.descend(0, capacity, 0);
        int[] pattern = new int[size.length];
        for (int k = 0; k < order.length; k++) {
            pattern[order[k]] = search.best[k];
        }
        double upper = search.exhausted ? Math.max(root, search.bestValue) : search.bestValue;
        return new Knapsack(pattern, search.bestValue, upper);
    }

    private static final class Search {
        private final double[] size;
        private final int[] count;
        private final double[] worth;
        private final int[] order;
        private final int[] taken;
        private final int[] best;
        private double bestValue;
        private long nodesLeft;
        private boolean exhausted;

        Search(double[] size, int[] count, double[] worth, int[] order, long nodes) {
            this.size = size;
            this.count = count;
            this.worth = worth;
            this.order = order;
            this.taken = new int[order.length];
            this.best = new int[order.length];
            this.nodesLeft = nodes;
        }

        /** The value of filling {@code room} from kind position k on, splitting the last item. */
        double fractional(int k, double room) {
            double value = 0;
            for (int j = k; j < order.length && room > 0; j++) {
                int i = order[j];
                double fit = Math.min(count[i], room / size[i]);
                value += fit * worth[i];
                room -= fit * size[i];
            }
            return value;
        }

        void descend(int k, double room, double value) {
            if (value > bestValue) {
                bestValue = value;
                System.arraycopy(taken, 0, best, 0, taken.length);
            }
            if (k == order.length || exhausted) {
                return;
            }
            if (--nodesLeft < 0) {
                exhausted = true;
                return;
            }
            if (value + fractional(k, room) <= bestValue * (1 + 1e-12)) {
                return;
            }
            int i = order[k];
            int most = (int) Math.min(count[i], Math.floor(room / size[i]));
            for (int a = most; a >= 0 && !exhausted; a--) {
                taken[k] = a;
                descend(k + 1, room - a * size[i], value + a * worth[i]);
            }
            taken[k] = 0;
        }
    }
}
