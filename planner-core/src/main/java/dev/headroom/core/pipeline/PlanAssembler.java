package dev.headroom.core.pipeline;

import dev.headroom.core.allocation.Allocation;
import dev.headroom.core.allocation.PoolCapacity;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Workload;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.Utilization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The rows of a plan that follow from an allocation: utilization, placement and runway. */
final class PlanAssembler {

    private final PlanningInput input;
    private final List<Period> periods;
    private final Allocation allocation;
    private final PoolCapacity capacity;
    /** [p][r][t] demand placed in each pool, pools and resources in the input's order. */
    private final double[][][] placed;

    PlanAssembler(PlanningInput input, List<Period> periods, DemandTable demand, Allocation allocation) {
        this.input = input;
        this.periods = periods;
        this.allocation = allocation;
        this.capacity = new PoolCapacity(input);
        this.placed = new double[input.pools().size()][input.resources().size()][periods.size()];
        Map<String, Integer> poolIndex = new HashMap<>();
        for (int p = 0; p < input.pools().size(); p++) {
            poolIndex.put(input.pools().get(p).name(), p);
        }
        for (int w = 0; w < input.workloads().size(); w++) {
            List<String> pools = allocation.poolOf().get(input.workloads().get(w).name());
            for (int t = 0; t < periods.size(); t++) {
                int p = poolIndex.get(pools.get(t));
                for (int r = 0; r < input.resources().size(); r++) {
                    placed[p][r][t] += demand.demandAt(w, r, t);
                }
            }
        }
    }

    /** Every pool, resource and period: usable capacity after the purchases owned by then, and the demand placed. */
    List<Utilization> utilization() {
        List<Utilization> rows = new ArrayList<>();
        for (int p = 0; p < input.pools().size(); p++) {
            String pool = input.pools().get(p).name();
            for (int r = 0; r < input.resources().size(); r++) {
                String resource = input.resources().get(r).name();
                for (int t = 0; t < periods.size(); t++) {
                    Period period = periods.get(t);
                    double usable = capacity.usable(pool, resource, period, ownedBy(pool, period));
                    rows.add(new Utilization(pool, resource, period, usable, placed[p][r][t]));
                }
            }
        }
        return rows;
    }

    /** Every workload and period: the pool it runs in, and for node placement the node (empty when on none). */
    List<Assignment> placement() {
        List<Assignment> rows = new ArrayList<>();
        for (Workload workload : input.workloads()) {
            List<String> pools = allocation.poolOf().get(workload.name());
            List<String> nodes = allocation.nodeOf().get(workload.name());
            for (int t = 0; t < periods.size(); t++) {
                rows.add(new Assignment(workload.name(), periods.get(t), pools.get(t),
                        nodes == null ? "" : nodes.get(t)));
            }
        }
        return rows;
    }

    /**
     * Every pool and resource: the first planned period in which the demand the plan places in the
     * pool exceeds what its existing nodes alone can carry (target utilization, HA spares).
     */
    List<Runway> runway() {
        List<Runway> rows = new ArrayList<>();
        for (int p = 0; p < input.pools().size(); p++) {
            String pool = input.pools().get(p).name();
            for (int r = 0; r < input.resources().size(); r++) {
                String resource = input.resources().get(r).name();
                Optional<Period> exhausted = Optional.empty();
                int left = periods.size();
                for (int t = 0; t < periods.size(); t++) {
                    if (exceeds(placed[p][r][t], capacity.existingUsable(pool, resource, periods.get(t)))) {
                        exhausted = Optional.of(periods.get(t));
                        left = t;
                        break;
                    }
                }
                rows.add(new Runway(pool, resource, exhausted, left));
            }
        }
        return rows;
    }

    /** Demand above capacity by more than floating-point noise. */
    static boolean exceeds(double demand, double capacity) {
        return demand > capacity + 1e-9 * Math.max(1, Math.abs(capacity));
    }

    /** Node type → nodes bought for the pool and usable by the period. */
    private Map<String, Integer> ownedBy(String pool, Period period) {
        Map<String, Integer> owned = new HashMap<>();
        for (Purchase purchase : allocation.purchases()) {
            if (purchase.pool().equals(pool) && !purchase.period().isAfter(period)) {
                owned.merge(purchase.nodeType(), purchase.count(), Integer::sum);
            }
        }
        return owned;
    }
}
