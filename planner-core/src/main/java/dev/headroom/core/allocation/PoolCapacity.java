package dev.headroom.core.allocation;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.Resource;

import java.util.Map;

/**
 * Capacity of a pool in the resource's own unit: the existing inventory, what purchases add, and
 * what is usable after target utilization and HA spares. The allocation model works on a scaled
 * integer copy of these numbers; reports (utilization, runway, unmet amounts) use these.
 *
 * <p>Usable capacity is {@code targetUtilization × raw − haNodes × largest node capacity}, never
 * below 0, where the largest node is the largest, for the resource, among the node types the pool
 * holds in the period (existing nodes still active, or nodes bought by then). Keeping that node's
 * capacity in reserve is conservative: whichever node fails, the others can take its share; a node
 * type the pool does not hold cannot fail there, so it does not inflate the reserve.
 */
public final class PoolCapacity {

    private final PlanningInput input;

    public PoolCapacity(PlanningInput input) {
        this.input = input;
    }

    /** Existing nodes of a type in a pool that are still active in the period. */
    public int existingNodes(String pool, String nodeType, Period period) {
        int count = 0;
        for (ExistingNodes n : input.inventory()) {
            if (n.pool().equals(pool) && n.nodeType().equals(nodeType) && n.activeIn(period)) {
                count += n.count();
            }
        }
        return count;
    }

    /** Existing nodes of every type in a pool that are still active in the period. */
    public int existingNodes(String pool, Period period) {
        int count = 0;
        for (NodeType t : input.nodeTypes()) {
            count += existingNodes(pool, t.name(), period);
        }
        return count;
    }

    /**
     * The largest capacity for the resource among the node types the pool holds in the period:
     * existing nodes still active, or {@code purchased} (node type → nodes bought by then) above 0.
     */
    public double largestNodeCapacity(String pool, String resource, Period period, Map<String, Integer> purchased) {
        double largest = 0;
        for (NodeType t : input.nodeTypes()) {
            if (existingNodes(pool, t.name(), period) > 0 || purchased.getOrDefault(t.name(), 0) > 0) {
                largest = Math.max(largest, t.capacityOf(resource));
            }
        }
        return largest;
    }

    /** Capacity kept free for {@code haNodes} failed nodes of the largest kind the pool holds in the period. */
    public double haReserve(String pool, String resource, Period period, Map<String, Integer> purchased) {
        return pool(pool).haNodes() * largestNodeCapacity(pool, resource, period, purchased);
    }

    /** Raw capacity of the active existing nodes plus {@code purchased} (node type → nodes owned by then). */
    public double rawCapacity(String pool, String resource, Period period, Map<String, Integer> purchased) {
        double raw = 0;
        for (NodeType t : input.nodeTypes()) {
            int nodes = existingNodes(pool, t.name(), period) + purchased.getOrDefault(t.name(), 0);
            raw += nodes * t.capacityOf(resource);
        }
        return raw;
    }

    /** Usable capacity with the purchases owned by then: after target utilization and HA spares, at least 0. */
    public double usable(String pool, String resource, Period period, Map<String, Integer> purchased) {
        double target = resource(resource).targetUtilization();
        return Math.max(0, target * rawCapacity(pool, resource, period, purchased)
                - haReserve(pool, resource, period, purchased));
    }

    /** Usable capacity of the existing inventory alone. */
    public double existingUsable(String pool, String resource, Period period) {
        return usable(pool, resource, period, Map.of());
    }

    private Pool pool(String name) {
        return input.pool(name).orElseThrow(() -> new IllegalArgumentException("pool " + name + " is not defined"));
    }

    private Resource resource(String name) {
        return input.resource(name)
                .orElseThrow(() -> new IllegalArgumentException("resource " + name + " is not defined"));
    }
}
