package dev.headroom.core.allocation;

import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The figures of each resource in the solver's integers: demand, what one node can carry and the
 * HA reserves, each scaled by the resource's own power of ten.
 *
 * <p>The power is chosen so that the largest figure of the resource (a period's fleet demand, a
 * node, a pool) maps to at most 10^7, and to less for long horizons, so that unmet demand summed
 * over resources and periods stays within {@code int} (Choco switches to long arithmetic for larger
 * linear sums anyway). Demand and reserves round up and usable capacity down, so a plan that fits
 * in these integers fits in reality too.
 */
final class ResourceScaling {

    /** [w][r][t] demand in real units, as given. */
    final double[][][] realDemand;
    /** [r] power of ten applied to the resource's numbers. */
    final int[] exponent;
    /** [w][r][t] demand scaled, rounded up. */
    final int[][][] demand;
    /** [k][r] usable capacity of one node at target utilization, scaled, rounded down. */
    final int[][] nodeUsable;
    /** [p][k][r] capacity kept free for the pool's HA spares when k is its largest type held: ha_nodes × raw capacity, scaled, rounded up. */
    final int[][][] typeReserve;

    private final PlanningInput input;
    private final List<Period> periods;

    /**
     * Reads the demand and scales the input's figures over the planned periods.
     *
     * @param source each workload's demand per resource and planned period, in the resource's unit:
     *        a finite number, 0 or more
     */
    ResourceScaling(PlanningInput input, List<Period> periods, PoolCapacity capacity, DemandSource source) {
        this.input = input;
        this.periods = periods;
        this.realDemand = realDemand(source);
        int resources = input.resources().size();
        double limit = Math.min(1e7, 1e9 / ((double) resources * periods.size()));
        this.exponent = new int[resources];
        for (int r = 0; r < resources; r++) {
            exponent[r] = Scaling.exponentFor(magnitude(r, capacity, realDemand), limit);
        }
        this.demand = scaledDemand(realDemand);
        this.nodeUsable = nodeUsable();
        this.typeReserve = typeReserve();
    }

    private double[][][] realDemand(DemandSource source) {
        double[][][] real = new double[input.workloads().size()][input.resources().size()][periods.size()];
        for (int w = 0; w < real.length; w++) {
            for (int r = 0; r < real[w].length; r++) {
                for (int t = 0; t < periods.size(); t++) {
                    double d = source.demand(w, r, t);
                    if (!(d >= 0) || Double.isInfinite(d)) {
                        throw new IllegalArgumentException("demand of " + input.workloads().get(w).name() + " "
                                + resourceName(r) + " in " + periods.get(t) + " is " + d);
                    }
                    real[w][r][t] = d;
                }
            }
        }
        return real;
    }

    /** The largest figure of a resource the model must hold: a period's fleet demand, a node, a pool. */
    private double magnitude(int r, PoolCapacity capacity, double[][][] realDemand) {
        String resource = resourceName(r);
        double largest = 0;
        for (int t = 0; t < periods.size(); t++) {
            double total = 0;
            for (double[][] workload : realDemand) {
                total += workload[r][t];
            }
            largest = Math.max(largest, total);
        }
        for (Pool pool : input.pools()) {
            for (NodeType type : input.nodeTypes()) {
                largest = Math.max(largest, (1 + pool.haNodes()) * type.capacityOf(resource));
            }
            for (Period period : periods) {
                largest = Math.max(largest, capacity.rawCapacity(pool.name(), resource, period, Map.of()));
            }
        }
        return largest;
    }

    private int[][][] scaledDemand(double[][][] realDemand) {
        int[][][] scaled = new int[realDemand.length][exponent.length][periods.size()];
        for (int w = 0; w < scaled.length; w++) {
            for (int r = 0; r < exponent.length; r++) {
                for (int t = 0; t < periods.size(); t++) {
                    scaled[w][r][t] = Scaling.toInt(Scaling.up(realDemand[w][r][t], exponent[r]), "demand");
                }
            }
        }
        return scaled;
    }

    private int[][] nodeUsable() {
        List<NodeType> types = input.nodeTypes();
        int[][] usable = new int[types.size()][exponent.length];
        for (int k = 0; k < types.size(); k++) {
            for (int r = 0; r < exponent.length; r++) {
                BigDecimal amount = Scaling.exact(input.resources().get(r).targetUtilization())
                        .multiply(Scaling.exact(types.get(k).capacityOf(resourceName(r))));
                usable[k][r] = Scaling.toInt(Scaling.down(amount, exponent[r]), "node capacity");
            }
        }
        return usable;
    }

    private int[][][] typeReserve() {
        List<NodeType> types = input.nodeTypes();
        int[][][] reserve = new int[input.pools().size()][types.size()][exponent.length];
        for (int p = 0; p < reserve.length; p++) {
            int haNodes = input.pools().get(p).haNodes();
            for (int k = 0; k < types.size(); k++) {
                for (int r = 0; r < exponent.length; r++) {
                    BigDecimal amount = BigDecimal.valueOf(haNodes)
                            .multiply(Scaling.exact(types.get(k).capacityOf(resourceName(r))));
                    reserve[p][k][r] = Scaling.toInt(Scaling.up(amount, exponent[r]), "HA reserve");
                }
            }
        }
        return reserve;
    }

    private String resourceName(int r) {
        return input.resources().get(r).name();
    }
}
