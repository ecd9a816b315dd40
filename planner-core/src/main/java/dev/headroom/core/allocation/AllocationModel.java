package dev.headroom.core.allocation;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.Solver;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.List;

/**
 * The Choco model of pool placement and node purchases. Each constraint family is one method,
 * posted in the constructor in the order a planner would explain them; those of where workloads run
 * are in {@link PoolVariables}, those of what is bought in {@link PurchaseVariables}.
 *
 * <p>Variables: the pool of each workload (one for the whole horizon, or one per period when the
 * settings allow moves, each move then paid for); the load of each pool per
 * resource and period; the nodes of each type bought for each pool by each period (cumulative,
 * so the objective is the cost of what is owned at the end); the unmet demand per pool, resource
 * and period, allowed only up to a given total.
 *
 * <p>Workloads placed by pool spread their demand over the pool's nodes. Workloads placed by node
 * count in their pool's load the same way, and are also packed whole onto single nodes by
 * {@link NodePlacementModel}, posted here when there are any.
 */
final class AllocationModel {

    final AllocationProblem pr;
    final Model model;
    /** The pool variables, one per workload or one per workload and period ({@link PoolVariables}). */
    final PoolVariables placement;
    /** [w][t] the pool of each workload in each period; without moves every period holds the same variable. */
    final IntVar[][] poolOf;
    /** The distinct pool variables, workload by workload (and period by period when moves are allowed). */
    final IntVar[] pools;
    /** [v] the workload of each distinct pool variable, and [v] its period, or {@link #EVERY_PERIOD}. */
    final int[] workloadOfPool;
    final int[] periodOfPool;
    static final int EVERY_PERIOD = PoolVariables.EVERY_PERIOD;
    final IntVar[][][] load;
    /** [p][t] whether the pool hosts workloads in the period; without moves every period holds the same variable. */
    final BoolVar[][] hostsWorkloads;
    /** The number of moves between pools; null when moves are not allowed. */
    final IntVar moves;
    /** The nodes bought for each pool by each period, with their constraints and price ({@link PurchaseVariables}). */
    final PurchaseVariables purchases;
    /** [p][k][t] the nodes of each type bought for each pool by each period. */
    final IntVar[][][] bought;
    final IntVar[][][] unmet;
    /** [p][k][t] whether the pool owns bought nodes of the type in the period; null where it never matters. */
    final BoolVar[][][] held;
    final IntVar totalUnmet;
    final IntVar cost;
    /** The node level; null when no workload is node-placed. */
    final NodePlacementModel nodes;

    /**
     * @param allowance the most scaled demand the plan may leave unmet ({@link UnmetAllowance#NONE}: all must be met)
     */
    AllocationModel(AllocationProblem pr, UnmetAllowance allowance) {
        this(pr, allowance, Long.MAX_VALUE);
    }

    /**
     * @param mostCost the most a plan of interest may cost (scaled): the warm start's cost when
     *                 searching for cheaper plans. Bought nodes beyond what it pays for are left out
     *                 of the node level, which keeps the bin packing small.
     */
    AllocationModel(AllocationProblem pr, UnmetAllowance allowance, long mostCost) {
        this.pr = pr;
        this.model = new Model("headroom allocation");
        this.load = new IntVar[pr.pools][pr.resources][pr.horizon];
        this.hostsWorkloads = new BoolVar[pr.pools][pr.horizon];
        this.unmet = new IntVar[pr.pools][pr.resources][pr.horizon];
        this.placement = new PoolVariables(pr, model);
        this.poolOf = placement.poolOf;
        this.pools = placement.pools;
        this.workloadOfPool = placement.workloadOfPool;
        this.periodOfPool = placement.periodOfPool;
        this.moves = placement.moves;
        addUpPlacedDemandPerPool();
        notePoolsThatHostWorkloads();
        this.purchases = new PurchaseVariables(pr, model);
        this.bought = purchases.bought;
        this.held = purchases.held;
        allowUnmetDemand(allowance);
        this.totalUnmet = limitUnmetDemand(allowance);
        coverPlacedDemandAndHaSparesWithCapacity();
        this.cost = purchases.price(moves);
        this.nodes = pr.hasNodePlacement() ? new NodePlacementModel(this, allowance, mostCost) : null;
    }

    // A pool's load is the demand of the workloads placed in it, per resource and period.
    private void addUpPlacedDemandPerPool() {
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                IntVar[] loads = new IntVar[pr.pools];
                int[] sizes = new int[pr.workloads];
                for (int w = 0; w < pr.workloads; w++) {
                    sizes[w] = pr.demand[w][r][t];
                }
                for (int p = 0; p < pr.pools; p++) {
                    loads[p] = model.intVar("load", 0, Scaling.toInt(pr.mostLoad[p][r][t], "pool load"));
                    load[p][r][t] = loads[p];
                }
                model.binPacking(placement.in(t), sizes, loads, 0).post();
            }
        }
    }

    // A pool hosts workloads when at least one is placed in it; only then must it keep HA spares free.
    // Without moves a pool hosts for the whole horizon or never; with moves, period by period.
    private void notePoolsThatHostWorkloads() {
        for (int p = 0; p < pr.pools; p++) {
            for (int t = 0; t < pr.horizon; t++) {
                if (!pr.movesAllowed && t > 0) {
                    hostsWorkloads[p][t] = hostsWorkloads[p][0];
                    continue;
                }
                IntVar hosted = model.intVar("workloads in " + pr.poolName(p), 0, pr.workloads);
                model.count(p, pr.movesAllowed ? placement.in(t) : pools, hosted).post();
                hostsWorkloads[p][t] = model.arithm(hosted, ">=", 1).reify();
            }
        }
    }

    // Demand that no capacity covers is unmet; none at all when nothing is allowed.
    private void allowUnmetDemand(UnmetAllowance allowance) {
        for (int p = 0; p < pr.pools; p++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    long most = Math.min(allowance.cap(r, t), pr.mostLoad[p][r][t] + pr.mostReserve(p, r));
                    unmet[p][r][t] = most <= 0 ? model.intVar(0)
                            : model.intVar("unmet", 0, Scaling.toInt(most, "unmet demand"));
                }
            }
        }
    }

    // Unmet demand stays within the allowance: per resource and period over all pools, and in total.
    private IntVar limitUnmetDemand(UnmetAllowance allowance) {
        List<IntVar> all = new ArrayList<>();
        for (int r = 0; r < pr.resources; r++) {
            for (int t = 0; t < pr.horizon; t++) {
                List<IntVar> cell = new ArrayList<>();
                for (int p = 0; p < pr.pools; p++) {
                    if (!unmet[p][r][t].isInstantiated()) {
                        cell.add(unmet[p][r][t]);
                    }
                }
                if (allowance.perResourcePeriod() != null && cell.size() > 1) {
                    model.sum(cell.toArray(IntVar[]::new), "<=", Scaling.toInt(allowance.cap(r, t), "unmet")).post();
                }
                all.addAll(cell);
            }
        }
        if (all.isEmpty()) {
            return model.intVar(0);
        }
        IntVar total = model.intVar("total unmet", 0, Scaling.toInt(allowance.total(), "unmet allowance"));
        model.sum(all.toArray(IntVar[]::new), "=", total).post();
        return total;
    }

    /*
     * Capacity: load + HA reserve (when the pool hosts workloads) ≤ usable capacity of the active
     * existing and bought nodes + unmet demand. Usable capacity is raw capacity at the resource's
     * target utilization; the HA reserve is ha_nodes × the raw capacity of the largest node type the
     * pool holds in the period. "Largest held" is a maximum, posted as one row per type that could
     * raise it: the row of the existing nodes' largest type always holds, and the row of a larger
     * type k holds once the pool owns bought nodes of k (reserve_k × (held_k + hosts − 1)).
     */
    private void coverPlacedDemandAndHaSparesWithCapacity() {
        for (int p = 0; p < pr.pools; p++) {
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    long base = pr.existingReserve(p, r, t);
                    postCapacityRow(p, r, t, null, base);
                    for (int k = 0; k < pr.nodeTypes; k++) {
                        if (pr.typeReserve[p][k][r] > base && pr.purchaseLimit[p][k] > 0 && pr.canArrive(k, t)) {
                            postCapacityRow(p, r, t, purchases.held(p, k, t), pr.typeReserve[p][k][r]);
                        }
                    }
                }
            }
        }
    }

    /** load + reserve × (hosts [+ held − 1]) − Σ usable × bought − unmet ≤ existing usable capacity. */
    private void postCapacityRow(int p, int r, int t, BoolVar heldType, long reserve) {
        int extra = heldType == null ? 3 : 4;
        IntVar[] vars = new IntVar[pr.nodeTypes + extra];
        int[] coefficients = new int[pr.nodeTypes + extra];
        long existingUsable = 0;
        for (int k = 0; k < pr.nodeTypes; k++) {
            vars[k] = bought[p][k][t];
            coefficients[k] = -pr.nodeUsable[k][r];
            existingUsable += (long) pr.nodeUsable[k][r] * pr.existing[p][k][t];
        }
        int reserveCoefficient = Scaling.toInt(reserve, "HA reserve");
        vars[pr.nodeTypes] = load[p][r][t];
        coefficients[pr.nodeTypes] = 1;
        vars[pr.nodeTypes + 1] = hostsWorkloads[p][t];
        coefficients[pr.nodeTypes + 1] = reserveCoefficient;
        vars[pr.nodeTypes + 2] = unmet[p][r][t];
        coefficients[pr.nodeTypes + 2] = -1;
        long limit = existingUsable;
        if (heldType != null) {
            vars[pr.nodeTypes + 3] = heldType;
            coefficients[pr.nodeTypes + 3] = reserveCoefficient;
            limit += reserve;
        }
        model.scalar(vars, coefficients, "<=", Scaling.toInt(limit, "existing capacity")).post();
    }

    /** Asks the search to try this plan first (Choco follows hints until its first solution). */
    void hint(Solver solver, AllocationSolution s) {
        for (int v = 0; v < pools.length; v++) {
            int t = periodOfPool[v] == EVERY_PERIOD ? 0 : periodOfPool[v];
            solver.addHint(pools[v], s.poolOf()[workloadOfPool[v]][t]);
        }
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                for (int t = 0; t < pr.horizon; t++) {
                    solver.addHint(bought[p][k][t], s.bought()[p][k][t]);
                }
            }
            for (int r = 0; r < pr.resources; r++) {
                for (int t = 0; t < pr.horizon; t++) {
                    solver.addHint(unmet[p][r][t], s.unmet()[p][r][t]);
                }
            }
        }
        if (nodes != null) {
            AllocationSolution numbered = NodeNumbering.byLoad(pr, s);
            for (int w = 0; w < pr.workloads; w++) {
                for (int t = 0; t < pr.horizon; t++) {
                    if (nodes.nodeOf[w][t] != null) {
                        solver.addHint(nodes.nodeOf[w][t], nodes.valueOf(numbered, w, t));
                    }
                }
            }
        }
    }

    /** The current values, at a solution. */
    AllocationSolution read() {
        int[][] placed = new int[pr.workloads][pr.horizon];
        for (int w = 0; w < pr.workloads; w++) {
            for (int t = 0; t < pr.horizon; t++) {
                placed[w][t] = poolOf[w][t].getValue();
            }
        }
        int[][][] owned = new int[pr.pools][pr.nodeTypes][pr.horizon];
        int[][][] shortfall = new int[pr.pools][pr.resources][pr.horizon];
        for (int p = 0; p < pr.pools; p++) {
            for (int t = 0; t < pr.horizon; t++) {
                for (int k = 0; k < pr.nodeTypes; k++) {
                    owned[p][k][t] = bought[p][k][t].getValue();
                }
                for (int r = 0; r < pr.resources; r++) {
                    shortfall[p][r][t] = unmet[p][r][t].getValue();
                }
            }
        }
        return new AllocationSolution(placed, owned, shortfall,
                nodes == null ? AllocationSolution.onNoNode(pr.workloads, pr.horizon) : nodes.read());
    }
}
