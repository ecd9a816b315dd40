package dev.headroom.core.allocation;

import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;

import java.util.List;
import java.util.Objects;

/**
 * One allocation problem in the integers the solver works with: workloads, pools, node types,
 * resources and planned periods numbered in the input's order, demand scaled per resource and
 * rounded up, node capacity at target utilization rounded down, HA reserves rounded up, node costs
 * scaled and rounded up.
 *
 * <p>The problem holds these facts for the model, the searches and the bounds to read; the work of
 * building them lives in its parts, made in this order: {@link PlacementRules} (the pools each
 * workload may run in, node placement, anti-affinity), {@link ResourceScaling} (each resource's
 * power of ten, demand, usable node capacity, HA reserves), {@link PurchaseLimits} (the most load a
 * pool can carry and the nodes worth owning there) and {@link CostScaling} (node prices, the price
 * of a move, budgets).
 */
public final class AllocationProblem {

    /** What {@link #maxNodes} holds for a pool without max_nodes. */
    static final int NO_LIMIT = Integer.MAX_VALUE;
    /** What {@link #budget} holds for a period without a purchase budget. */
    static final long NO_BUDGET = Long.MAX_VALUE;

    final PlanningInput input;
    final List<Period> periods;
    final PoolCapacity capacity;
    final int workloads;
    final int pools;
    final int nodeTypes;
    final int resources;
    final int horizon;
    /** [w] pool indices the workload may run in. */
    final int[][] allowedPools;
    /** [w][r][t] demand in real units, as given. */
    final double[][][] realDemand;
    /** [w][r][t] demand scaled, rounded up. */
    final int[][][] demand;
    /** [r] power of ten applied to the resource's numbers. */
    final int[] resourceExponent;
    /** [k][r] usable capacity of one node at target utilization, scaled, rounded down. */
    final int[][] nodeUsable;
    /** [p][k][r] capacity kept free for the pool's HA spares when k is its largest type held: ha_nodes × raw capacity, scaled, rounded up. */
    final int[][][] typeReserve;
    /** [p][k][t] existing nodes active in the period. */
    final int[][][] existing;
    /** [k] the first planned period index in which a node ordered at the plan start can be used. */
    final int[] leadTime;
    /** [p] the most nodes the pool may hold, or {@link #NO_LIMIT}. */
    final int[] maxNodes;
    /** [p][r][t] scaled demand of every workload that may run in the pool: the most its load can be. */
    final long[][][] mostLoad;
    /** [p][k] the most nodes of a type worth owning in a pool by the end (more never helps). */
    final int[][] purchaseLimit;
    /** [k] node cost scaled by {@code 10^costExponent}, rounded up. */
    final int[] nodeCost;
    final int costExponent;
    /** Whether every cost was scaled without rounding, so the scaled optimum is the real one. */
    final boolean costsExact;
    /** [o] the most that may be spent on nodes ordered in planned period o, scaled, rounded down; or {@link #NO_BUDGET}. */
    final long[] budget;
    /** [w] whether the whole workload must fit on one node (placement {@code node}). */
    final boolean[] nodePlaced;
    /** Anti-affinity groups of two or more node-placed workloads, in the input's order: members on different nodes. */
    final int[][] antiAffinity;
    /** The single nodes node-placed workloads may be packed on (none when no workload is node-placed). */
    final NodeSlots slots;
    /** Whether a workload may run in another pool from one planned period to the next (setting allow_moves). */
    final boolean movesAllowed;
    /** What one move costs, scaled like node costs and rounded up; 0 when moves are not allowed. */
    final int moveCost;
    private final double costRatio;

    private AllocationProblem(PlanningInput input, List<Period> periods, DemandSource source) {
        this.input = input;
        this.periods = List.copyOf(periods);
        this.capacity = new PoolCapacity(input);
        this.workloads = input.workloads().size();
        this.pools = input.pools().size();
        this.nodeTypes = input.nodeTypes().size();
        this.resources = input.resources().size();
        this.horizon = periods.size();
        PlacementRules rules = new PlacementRules(input);
        this.allowedPools = rules.allowedPools;
        this.nodePlaced = rules.nodePlaced;
        this.antiAffinity = rules.antiAffinity;
        this.existing = new int[pools][nodeTypes][horizon];
        for (int p = 0; p < pools; p++) {
            for (int k = 0; k < nodeTypes; k++) {
                for (int t = 0; t < horizon; t++) {
                    existing[p][k][t] = capacity.existingNodes(poolName(p), typeName(k), periods.get(t));
                }
            }
        }
        this.leadTime = input.nodeTypes().stream().mapToInt(NodeType::leadTime).toArray();
        this.maxNodes = input.pools().stream().mapToInt(pl -> pl.maxNodes().orElse(NO_LIMIT)).toArray();
        ResourceScaling scaled = new ResourceScaling(input, this.periods, capacity, source);
        this.realDemand = scaled.realDemand;
        this.resourceExponent = scaled.exponent;
        this.demand = scaled.demand;
        this.nodeUsable = scaled.nodeUsable;
        this.typeReserve = scaled.typeReserve;
        PurchaseLimits limits = new PurchaseLimits(this);
        this.mostLoad = limits.mostLoad;
        this.purchaseLimit = limits.nodes;
        this.movesAllowed = input.settings().allowMoves() && horizon > 1;
        CostScaling costs = new CostScaling(this);
        this.costExponent = costs.exponent;
        this.nodeCost = costs.nodeCost;
        this.moveCost = costs.moveCost;
        this.costsExact = costs.exact;
        this.budget = costs.budget;
        this.costRatio = costs.ratio;
        this.slots = new NodeSlots(this, rules.poolTakesNodes);
    }

    /**
     * Builds the problem of placing the input's workloads and buying nodes over the planned periods.
     *
     * @param demand each workload's demand per resource and planned period, in the resource's unit
     */
    public static AllocationProblem of(PlanningInput input, List<Period> periods, DemandSource demand) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(demand, "demand");
        if (periods.isEmpty()) {
            throw new IllegalArgumentException("there are no planned periods");
        }
        return new AllocationProblem(input, periods, demand);
    }

    /** Whether some workload must fit on one node. */
    boolean hasNodePlacement() {
        for (boolean node : nodePlaced) {
            if (node) {
                return true;
            }
        }
        return false;
    }

    /** The name of an anti-affinity group, from its first member. */
    String antiAffinityName(int[] group) {
        return input.workloads().get(group[0]).antiAffinity().orElse("");
    }

    boolean mayRunIn(int w, int p) {
        for (int allowed : allowedPools[w]) {
            if (allowed == p) {
                return true;
            }
        }
        return false;
    }

    /** Whether any ordering period has a spending limit. */
    boolean hasBudget() {
        for (long b : budget) {
            if (b != NO_BUDGET) {
                return true;
            }
        }
        return false;
    }

    /** The planned period in which a node of type k usable from period t must be ordered. */
    int orderPeriod(int k, int t) {
        return t - leadTime[k];
    }

    /** The largest HA reserve the pool can keep for the resource, whatever types it holds. */
    long mostReserve(int p, int r) {
        long most = 0;
        for (int k = 0; k < nodeTypes; k++) {
            most = Math.max(most, typeReserve[p][k][r]);
        }
        return most;
    }

    /**
     * The HA reserve a hosting pool keeps for the resource in the period: that of the largest type
     * it holds, existing nodes active then or {@code owned[k]} bought by then.
     */
    long reserve(int p, int r, int t, int[] owned) {
        long reserve = 0;
        for (int k = 0; k < nodeTypes; k++) {
            if (existing[p][k][t] > 0 || (owned != null && owned[k] > 0)) {
                reserve = Math.max(reserve, typeReserve[p][k][r]);
            }
        }
        return reserve;
    }

    /** The HA reserve a hosting pool keeps with its existing nodes alone: every plan keeps at least this. */
    long existingReserve(int p, int r, int t) {
        return reserve(p, r, t, null);
    }

    /** The lowest scaled price of a scaled unit of the resource, over the node types that have it. */
    double cheapestPerUnit(int r) {
        double cheapest = Double.POSITIVE_INFINITY;
        for (int k = 0; k < nodeTypes; k++) {
            if (nodeUsable[k][r] > 0) {
                cheapest = Math.min(cheapest, (double) nodeCost[k] / nodeUsable[k][r]);
            }
        }
        return cheapest;
    }

    /** Whether a node of type k ordered at the plan start can be in use in period t. */
    boolean canArrive(int k, int t) {
        return t >= leadTime[k];
    }

    /** Existing nodes of every type active in the pool and period. */
    int existingNodes(int p, int t) {
        int sum = 0;
        for (int k = 0; k < nodeTypes; k++) {
            sum += existing[p][k][t];
        }
        return sum;
    }

    /**
     * Nodes that may be bought for the pool and be active in period t: what max_nodes leaves beside
     * the existing ones (none when the existing nodes already reach it).
     */
    int purchaseRoom(int p, int t) {
        return maxNodes[p] == NO_LIMIT ? NO_LIMIT : Math.max(0, maxNodes[p] - existingNodes(p, t));
    }

    /** The same problem with every workload kept in one pool for the whole horizon (this itself when it is). */
    AllocationProblem withoutMoves() {
        if (!movesAllowed) {
            return this;
        }
        PlanningInput staying = input.withSettings(input.settings().withMoves(false, 0));
        return new AllocationProblem(staying, periods, (w, r, t) -> realDemand[w][r][t]);
    }

    /** The most moves a plan can make: every workload, between every two consecutive periods. */
    long mostMoves() {
        return movesAllowed ? (long) workloads * (horizon - 1) : 0;
    }

    /** Real cost of one move; 0 when moves are not allowed. */
    double realMoveCost() {
        return movesAllowed ? input.settings().moveCost() : 0;
    }

    /** Real cost of one node of type k. */
    double realCost(int k) {
        return input.nodeTypes().get(k).cost();
    }

    /**
     * The largest factor by which rounding costs up may have inflated a plan's scaled cost: for
     * any plan, real cost ≥ this × scaled cost / 10^costExponent. 1 when costs are exact.
     */
    double costRatio() {
        return costRatio;
    }

    /** A scaled cost in real money. */
    double realCostOf(long scaledCost) {
        return scaledCost / Math.pow(10, costExponent);
    }

    String workloadName(int w) {
        return input.workloads().get(w).name();
    }

    String poolName(int p) {
        return input.pools().get(p).name();
    }

    String typeName(int k) {
        return input.nodeTypes().get(k).name();
    }

    String resourceName(int r) {
        return input.resources().get(r).name();
    }

    Resource resource(int r) {
        return input.resources().get(r);
    }

    /** The input this problem was built from. */
    public PlanningInput input() {
        return input;
    }

    /** The planned periods, in order. */
    public List<Period> periods() {
        return periods;
    }
}
