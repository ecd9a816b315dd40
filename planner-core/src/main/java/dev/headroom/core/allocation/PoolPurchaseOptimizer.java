package dev.headroom.core.allocation;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.search.strategy.Search;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.List;

/**
 * With the workloads' pools decided, what each pool buys is a small covering problem of its own:
 * node types × periods, its load fixed. This solves it per pool with a Choco model of just that
 * pool (the same capacity rows, HA reserve of the largest type held, lead times and max_nodes as
 * the whole model), within a budget of dead ends so that it is deterministic, and keeps a pool's
 * new purchases only when they cost less. Budgets tie the pools' spending together, so a plan
 * with budgets, or with unmet demand, is left as it is.
 */
final class PoolPurchaseOptimizer {

    private final AllocationProblem pr;
    private final long failsPerPool;

    private PoolPurchaseOptimizer(AllocationProblem pr, long failsPerPool) {
        this.pr = pr;
        this.failsPerPool = failsPerPool;
    }

    /** A copy of the solution with each pool's purchases made cheaper where a cheaper set was found. */
    static AllocationSolution improve(AllocationProblem pr, AllocationSolution solution, long failsPerPool) {
        if (pr.hasBudget() || solution.totalUnmet() > 0) {
            return solution;
        }
        AllocationSolution s = solution.copy();
        PoolPurchaseOptimizer optimizer = new PoolPurchaseOptimizer(pr, failsPerPool);
        for (int p = 0; p < pr.pools; p++) {
            int[][] better = optimizer.cheapest(s, p);
            if (better != null) {
                s.bought()[p] = better;
            }
        }
        return s;
    }

    /** [k][t] cheaper purchases for the pool, or null when none was found. */
    private int[][] cheapest(AllocationSolution s, int p) {
        long current = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            current += (long) pr.nodeCost[k] * s.bought()[p][k][pr.horizon - 1];
        }
        if (current == 0 || hostsNodePlacedWorkloads(s, p)) {
            // Node-placed workloads are packed on particular bought nodes, which this must not take away.
            return null;
        }
        boolean[] hosts = s.hosting(p);
        Model model = new Model("purchases of " + pr.poolName(p));
        IntVar[][] bought = new IntVar[pr.nodeTypes][pr.horizon];
        for (int k = 0; k < pr.nodeTypes; k++) {
            for (int t = 0; t < pr.horizon; t++) {
                bought[k][t] = pr.canArrive(k, t) ? model.intVar(0, pr.purchaseLimit[p][k]) : model.intVar(0);
                if (t > 0) {
                    model.arithm(bought[k][t], ">=", bought[k][t - 1]).post();
                }
            }
        }
        for (int t = 0; t < pr.horizon; t++) {
            int room = pr.purchaseRoom(p, t);
            if (room != AllocationProblem.NO_LIMIT) {
                IntVar[] nodes = new IntVar[pr.nodeTypes];
                for (int k = 0; k < pr.nodeTypes; k++) {
                    nodes[k] = bought[k][t];
                }
                model.sum(nodes, "<=", room).post();
            }
            for (int r = 0; r < pr.resources; r++) {
                long need = s.load(pr, p, r, t);
                for (int k = 0; k < pr.nodeTypes; k++) {
                    need -= (long) pr.nodeUsable[k][r] * pr.existing[p][k][t];
                }
                long base = hosts[t] ? pr.existingReserve(p, r, t) : 0;
                coverRow(model, bought, r, t, need + base, null, 0);
                for (int k = 0; k < pr.nodeTypes && hosts[t]; k++) {
                    long reserve = pr.typeReserve[p][k][r];
                    if (reserve > base && pr.purchaseLimit[p][k] > 0 && pr.canArrive(k, t)) {
                        coverRow(model, bought, r, t, need, model.arithm(bought[k][t], ">=", 1).reify(), reserve);
                    }
                }
            }
        }
        IntVar[] finals = new IntVar[pr.nodeTypes];
        int[] prices = new int[pr.nodeTypes];
        for (int k = 0; k < pr.nodeTypes; k++) {
            finals[k] = bought[k][pr.horizon - 1];
            prices[k] = pr.nodeCost[k];
        }
        IntVar cost = model.intVar(0, Scaling.toInt(current - 1, "pool cost"));
        model.scalar(finals, prices, "=", cost).post();
        model.setObjective(Model.MINIMIZE, cost);
        Solver solver = model.getSolver();
        List<IntVar> earlier = new ArrayList<>();
        for (int t = 0; t < pr.horizon - 1; t++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                earlier.add(bought[k][t]);
            }
        }
        earlier.add(cost);
        // The end state makes the cost: least first; earlier periods own as much of it as they may.
        solver.setSearch(Search.inputOrderLBSearch(finals), Search.inputOrderUBSearch(earlier.toArray(IntVar[]::new)));
        solver.limitFail(failsPerPool);
        int[][] best = null;
        while (solver.solve()) {
            best = new int[pr.nodeTypes][pr.horizon];
            for (int k = 0; k < pr.nodeTypes; k++) {
                for (int t = 0; t < pr.horizon; t++) {
                    best[k][t] = bought[k][t].getValue();
                }
            }
        }
        return best;
    }

    private boolean hostsNodePlacedWorkloads(AllocationSolution s, int p) {
        for (int w = 0; w < pr.workloads; w++) {
            if (pr.nodePlaced[w] && s.visits(w, p)) {
                return true;
            }
        }
        return false;
    }

    /** Σ usable × bought ≥ need (+ reserve when the type is held): the capacity row of one resource and period. */
    private void coverRow(Model model, IntVar[][] bought, int r, int t, long need, BoolVar held, long reserve) {
        List<IntVar> vars = new ArrayList<>();
        List<Integer> coefficients = new ArrayList<>();
        for (int k = 0; k < pr.nodeTypes; k++) {
            if (pr.nodeUsable[k][r] > 0) {
                vars.add(bought[k][t]);
                coefficients.add(pr.nodeUsable[k][r]);
            }
        }
        long limit = need;
        if (held != null) {
            // Σ usable × bought − reserve × held ≥ need: the larger reserve counts once the type is held.
            vars.add(held);
            coefficients.add(-Scaling.toInt(reserve, "HA reserve"));
        }
        if (vars.isEmpty()) {
            if (limit > 0) {
                model.arithm(model.intVar(0), ">=", 1).post();
            }
            return;
        }
        model.scalar(vars.toArray(IntVar[]::new), coefficients.stream().mapToInt(Integer::intValue).toArray(), ">=",
                Scaling.toInt(Math.max(Integer.MIN_VALUE, limit), "pool need")).post();
    }
}
