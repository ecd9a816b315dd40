package dev.headroom.core.allocation;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each workload runs, as {@link AllocationModel} sees it: one pool variable per workload for the
 * whole horizon, or, when the settings allow moves, one per workload and period with the moves
 * between consecutive periods counted (each one is paid for in the model's cost).
 */
final class PoolVariables {

    /** The period of a variable that holds for every period (no moves). */
    static final int EVERY_PERIOD = -1;

    /** [w][t] the pool of each workload in each period; without moves every period holds the same variable. */
    final IntVar[][] poolOf;
    /** The distinct pool variables, workload by workload (and period by period when moves are allowed). */
    final IntVar[] pools;
    /** [v] the workload of each distinct pool variable. */
    final int[] workloadOfPool;
    /** [v] the period of each distinct pool variable, or {@link #EVERY_PERIOD}. */
    final int[] periodOfPool;
    /** The number of moves between pools; null when moves are not allowed (no variable added, so the model stays as it was). */
    final IntVar moves;

    private final AllocationProblem pr;
    private final Model model;

    PoolVariables(AllocationProblem pr, Model model) {
        this.pr = pr;
        this.model = model;
        this.poolOf = new IntVar[pr.workloads][pr.horizon];
        int distinct = pr.movesAllowed ? pr.workloads * pr.horizon : pr.workloads;
        this.pools = new IntVar[distinct];
        this.workloadOfPool = new int[distinct];
        this.periodOfPool = new int[distinct];
        placeEachWorkloadInOneAllowedPool();
        this.moves = countTheMoves();
    }

    // Every workload runs in exactly one pool it may run in (pinned: that pool only) in each period:
    // the same for the whole horizon, unless the settings allow moves.
    private void placeEachWorkloadInOneAllowedPool() {
        int v = 0;
        for (int w = 0; w < pr.workloads; w++) {
            if (!pr.movesAllowed) {
                IntVar pool = model.intVar("pool of " + pr.workloadName(w), pr.allowedPools[w]);
                Arrays.fill(poolOf[w], pool);
                pools[v] = pool;
                workloadOfPool[v] = w;
                periodOfPool[v++] = EVERY_PERIOD;
                continue;
            }
            for (int t = 0; t < pr.horizon; t++) {
                poolOf[w][t] = model.intVar("pool of " + pr.workloadName(w) + " in " + pr.periods.get(t),
                        pr.allowedPools[w]);
                pools[v] = poolOf[w][t];
                workloadOfPool[v] = w;
                periodOfPool[v++] = t;
            }
        }
    }

    // A move is a workload in another pool than in the period before; each one is paid for.
    private IntVar countTheMoves() {
        if (!pr.movesAllowed) {
            return null;
        }
        List<BoolVar> moved = new ArrayList<>();
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 1; t < pr.horizon && pr.allowedPools[w].length > 1; t++) {
                moved.add(model.arithm(poolOf[w][t], "!=", poolOf[w][t - 1]).reify());
            }
        }
        if (moved.isEmpty()) {
            return model.intVar(0);
        }
        IntVar count = model.intVar("moves", 0, moved.size());
        model.sum(moved.toArray(BoolVar[]::new), "=", count).post();
        return count;
    }

    /** The pool variables of every workload in the period. */
    IntVar[] in(int t) {
        IntVar[] column = new IntVar[pr.workloads];
        for (int w = 0; w < pr.workloads; w++) {
            column[w] = poolOf[w][t];
        }
        return column;
    }
}
