package dev.headroom.core.allocation;

import org.chocosolver.solver.Model;
import org.chocosolver.solver.variables.BoolVar;
import org.chocosolver.solver.variables.IntVar;

import java.util.ArrayList;
import java.util.List;

/**
 * The nodes bought for each pool, as {@link AllocationModel} sees it: of each type by each period,
 * counted cumulatively, so the cost is the price of what is owned at the end. Bought nodes stay,
 * arrive only after their lead time, keep the pool within max_nodes and each period's orders within
 * its budget.
 *
 * <p>Made where the model posts its purchase constraints, and priced ({@link #price}) where it
 * posts its cost, so the model's variables and constraints come in the same order as before.
 */
final class PurchaseVariables {

    /** [p][k][t] the nodes of each type bought for each pool by each period. */
    final IntVar[][][] bought;
    /** [p][k][t] whether the pool owns bought nodes of the type in the period; null where it never matters. */
    final BoolVar[][][] held;

    private final AllocationProblem pr;
    private final Model model;

    PurchaseVariables(AllocationProblem pr, Model model) {
        this.pr = pr;
        this.model = model;
        this.bought = new IntVar[pr.pools][pr.nodeTypes][pr.horizon];
        this.held = new BoolVar[pr.pools][pr.nodeTypes][pr.horizon];
        keepBoughtNodes();
        waitForLeadTime();
        stayWithinMaxNodes();
        stayWithinBudget();
    }

    // Bought nodes stay: the nodes owned by a period include every one bought before it.
    private void keepBoughtNodes() {
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                for (int t = 0; t < pr.horizon; t++) {
                    bought[p][k][t] = model.intVar("bought " + pr.typeName(k) + " for " + pr.poolName(p),
                            0, pr.purchaseLimit[p][k]);
                    if (t > 0) {
                        model.arithm(bought[p][k][t], ">=", bought[p][k][t - 1]).post();
                    }
                }
            }
        }
    }

    // A node ordered at the plan start is usable only after its type's lead time.
    private void waitForLeadTime() {
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                for (int t = 0; t < pr.horizon && !pr.canArrive(k, t); t++) {
                    model.arithm(bought[p][k][t], "=", 0).post();
                }
            }
        }
    }

    // A pool never holds more active nodes than its max_nodes (existing ones count while active).
    private void stayWithinMaxNodes() {
        for (int p = 0; p < pr.pools; p++) {
            for (int t = 0; t < pr.horizon; t++) {
                int room = pr.purchaseRoom(p, t);
                if (room != AllocationProblem.NO_LIMIT) {
                    IntVar[] nodes = new IntVar[pr.nodeTypes];
                    for (int k = 0; k < pr.nodeTypes; k++) {
                        nodes[k] = bought[p][k][t];
                    }
                    model.sum(nodes, "<=", room).post();
                }
            }
        }
    }

    // Nodes ordered in a period cost no more than its budget (a node is ordered lead_time before it is usable).
    private void stayWithinBudget() {
        for (int o = 0; o < pr.horizon; o++) {
            if (pr.budget[o] == AllocationProblem.NO_BUDGET) {
                continue;
            }
            List<IntVar> vars = new ArrayList<>();
            List<Integer> prices = new ArrayList<>();
            for (int p = 0; p < pr.pools; p++) {
                for (int k = 0; k < pr.nodeTypes; k++) {
                    int t = o + pr.leadTime[k];
                    if (t >= pr.horizon || pr.nodeCost[k] == 0) {
                        continue;
                    }
                    vars.add(bought[p][k][t]);
                    prices.add(pr.nodeCost[k]);
                    if (t > 0) {
                        vars.add(bought[p][k][t - 1]);
                        prices.add(-pr.nodeCost[k]);
                    }
                }
            }
            if (!vars.isEmpty()) {
                int limit = (int) Math.min(Integer.MAX_VALUE, pr.budget[o]);
                model.scalar(vars.toArray(IntVar[]::new), prices.stream().mapToInt(Integer::intValue).toArray(), "<=",
                        limit).post();
            }
        }
    }

    /** Whether the pool owns bought nodes of type k in period t, made once. */
    BoolVar held(int p, int k, int t) {
        if (held[p][k][t] == null) {
            held[p][k][t] = model.arithm(bought[p][k][t], ">=", 1).reify();
        }
        return held[p][k][t];
    }

    /**
     * The cost: what every node owned at the end of the horizon cost to buy, and every move.
     *
     * @param moves the number of moves between pools; null when moves are not allowed
     */
    IntVar price(IntVar moves) {
        boolean paidMoves = moves != null && pr.moveCost > 0 && !moves.isInstantiated();
        IntVar[] owned = new IntVar[pr.pools * pr.nodeTypes + (paidMoves ? 1 : 0)];
        int[] prices = new int[owned.length];
        long most = 0;
        for (int p = 0; p < pr.pools; p++) {
            for (int k = 0; k < pr.nodeTypes; k++) {
                owned[p * pr.nodeTypes + k] = bought[p][k][pr.horizon - 1];
                prices[p * pr.nodeTypes + k] = pr.nodeCost[k];
                most += (long) pr.nodeCost[k] * pr.purchaseLimit[p][k];
            }
        }
        if (paidMoves) {
            owned[owned.length - 1] = moves;
            prices[owned.length - 1] = pr.moveCost;
            most += (long) pr.moveCost * moves.getUB();
        }
        IntVar total = model.intVar("cost", 0, Scaling.toInt(most, "cost"));
        model.scalar(owned, prices, "=", total).post();
        return total;
    }
}
