package dev.headroom.core.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * A kind of node that can be bought.
 *
 * @param name     unique name
 * @param cost     the price of one node
 * @param leadTime periods between ordering a node and being able to use it
 * @param capacity raw capacity of one node per resource name, in the resource's unit
 */
public record NodeType(String name, double cost, int leadTime, Map<String, Double> capacity) {

    public NodeType {
        name = Names.require(name, "node type");
        if (!(cost >= 0) || Double.isInfinite(cost)) {
            throw ModelWords.invalid("nodeType.cost", name, cost);
        }
        if (leadTime < 0) {
            throw ModelWords.invalid("nodeType.leadTime", name, leadTime);
        }
        for (Map.Entry<String, Double> e : capacity.entrySet()) {
            Double value = e.getValue();
            if (value == null || !(value >= 0) || value.isInfinite()) {
                throw ModelWords.invalid("nodeType.capacity", name, e.getKey(), value);
            }
        }
        capacity = Map.copyOf(new TreeMap<>(capacity));
    }

    /** Raw capacity for a resource; 0 when the node type does not provide it. */
    public double capacityOf(String resource) {
        return capacity.getOrDefault(resource, 0.0);
    }
}
