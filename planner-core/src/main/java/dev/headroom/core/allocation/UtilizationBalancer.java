package dev.headroom.core.allocation;

import java.util.Arrays;

/**
 * The last of the plan's objectives: among plans of the same cost and purchases, the one whose
 * pools are evenly used. Workloads that may run in more than one pool are moved, one at a time in
 * the input's order, to the allowed pool that lowers the sum over pools, resources and periods of
 * (load / usable capacity)², as long as every capacity row still holds with the same nodes and no
 * more unmet demand. Only workloads that stay in one pool for the whole horizon are moved, and for
 * the whole horizon, so the plan's moves between pools (when allowed) and their cost stay as they are. Nothing is bought or sold, so the cost and every proof about it stand. The
 * walk is a fixed sequence of passes, so it is deterministic.
 */
final class UtilizationBalancer {

    private static final int MOST_PASSES = 4;
    /** Below this relative improvement a move is not worth making (avoids moves that trade rounding noise). */
    private static final double LEAST_GAIN = 1e-9;

    private final AllocationProblem pr;
    private final AllocationSolution s;
    /** [p][r][t] scaled load. */
    private final long[][][] load;
    /** [p][t] workloads placed in the pool in the period. */
    private final int[][] hosted;

    private UtilizationBalancer(AllocationProblem pr, AllocationSolution s) {
        this.pr = pr;
        this.s = s;
        this.load = new long[pr.pools][pr.resources][pr.horizon];
        this.hosted = new int[pr.pools][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                add(w, t, s.poolOf()[w][t], 1);
            }
        }
    }

    /** A copy of the solution with its movable workloads spread evenly; same nodes, no more unmet demand. */
    static AllocationSolution balance(AllocationProblem pr, AllocationSolution solution) {
        AllocationSolution copy = solution.copy();
        new UtilizationBalancer(pr, copy).run();
        return copy;
    }

    private void run() {
        for (int pass = 0; pass < MOST_PASSES; pass++) {
            boolean moved = false;
            for (int w = 0; w < pr.workloads; w++) {
                // Node-placed workloads stay: their nodes were packed in their pool.
                if (pr.allowedPools[w].length > 1 && !pr.nodePlaced[w] && s.stays(w)) {
                    moved |= tryMoving(w);
                }
            }
            if (!moved) {
                return;
            }
        }
    }

    private boolean tryMoving(int w) {
        int from = s.poolOf()[w][0];
        int best = from;
        double bestGain = 0;
        for (int to : pr.allowedPools[w]) {
            if (to == from) {
                continue;
            }
            double before = spread(from) + spread(to);
            move(w, from, -1);
            move(w, to, 1);
            if (fits(from) && fits(to)) {
                double gain = before - spread(from) - spread(to);
                if (gain > bestGain + LEAST_GAIN * Math.max(1, before)) {
                    best = to;
                    bestGain = gain;
                }
            }
            move(w, to, -1);
            move(w, from, 1);
        }
        if (best == from) {
            return false;
        }
        move(w, from, -1);
        move(w, best, 1);
        Arrays.fill(s.poolOf()[w], best);
        return true;
    }

    /** Adds (or, with sign −1, takes away) a staying workload in the pool for the whole horizon. */
    private void move(int w, int p, int sign) {
        for (int t = 0; t < pr.horizon; t++) {
            add(w, t, p, sign);
        }
    }

    private void add(int w, int t, int p, int sign) {
        hosted[p][t] += sign;
        for (int r = 0; r < pr.resources; r++) {
            load[p][r][t] += (long) sign * pr.demand[w][r][t];
        }
    }

    /** Whether the pool's nodes carry its load and reserve, with no more unmet demand than before. */
    private boolean fits(int p) {
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                long need = load[p][r][t] + (hosted[p][t] > 0 ? s.reserve(pr, p, r, t) : 0);
                if (need > s.usable(pr, p, r, t) + s.unmet()[p][r][t]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Σ over the pool's resources and periods of (load / usable)², usable after the HA reserve. */
    private double spread(int p) {
        double sum = 0;
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                long usable = s.usable(pr, p, r, t) - (hosted[p][t] > 0 ? s.reserve(pr, p, r, t) : 0);
                if (usable > 0) {
                    double ratio = (double) load[p][r][t] / usable;
                    sum += ratio * ratio;
                }
            }
        }
        return sum;
    }
}
