package dev.headroom.core.scenario;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.Workload;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One change a what-if makes over the baseline. Changes are applied in the order the scenario lists
 * them; where a change names a node type, pool or resource, {@link #ALL} means every one.
 */
public sealed interface ScenarioChange {

    /** Stands for every node type, pool or resource. */
    String ALL = "*";

    /** What a growth change applies to. */
    enum GrowthScope {
        /** One workload's demand for every resource. */
        WORKLOAD,
        /**
         * The workloads bound to one pool: pinned to it, or allowed only in it. A workload free to run
         * in several pools belongs to none of them for this purpose.
         */
        POOL,
        /** Every workload's demand for one resource. */
        RESOURCE
    }

    /**
     * Demand grows by {@code percent} from a period on: from then it is {@code 1 + percent/100} times what
     * it would be. Several growths on the same demand multiply.
     */
    record Growth(GrowthScope scope, String target, double percent, Period from) implements ScenarioChange {
        public Growth {
            Objects.requireNonNull(scope, "scope");
            target = name(target, scope.name().toLowerCase(java.util.Locale.ROOT));
            Objects.requireNonNull(from, "from");
            if (!(percent > -100) || Double.isInfinite(percent)) {
                throw new InvalidValueException(null, ModelWords.of("change.growth", target, percent));
            }
        }

        /** The multiplier on demand from {@link #from()} on. */
        public double factor() {
            return 1 + percent / 100;
        }
    }

    /**
     * A workload that starts in a period: either with a fixed demand per resource, or with a copy of
     * another workload's profile (its usage history to forecast from and its known demand) from then on.
     *
     * @param demand demand per resource in every planned period from {@code from}; empty with {@code copyOf}
     * @param copyOf the workload whose profile it copies; empty with {@code demand}
     */
    record NewWorkload(Workload workload, Period from, Map<String, Double> demand, Optional<String> copyOf)
            implements ScenarioChange {
        public NewWorkload {
            Objects.requireNonNull(workload, "workload");
            Objects.requireNonNull(from, "from");
            demand = Map.copyOf(new TreeMap<>(demand));
            copyOf = copyOf == null ? Optional.empty() : copyOf.map(String::trim).filter(s -> !s.isEmpty());
            if (demand.isEmpty() == copyOf.isEmpty()) {
                throw new InvalidValueException(null, ModelWords.of("change.newWorkloadSource", workload.name()));
            }
            for (Map.Entry<String, Double> e : demand.entrySet()) {
                if (e.getValue() == null || !(e.getValue() >= 0) || e.getValue().isInfinite()) {
                    throw new InvalidValueException(null, ModelWords.of("change.newWorkloadDemand", workload.name(),
                            e.getKey(), e.getValue()));
                }
            }
        }
    }

    /** A workload needs nothing from a period on. */
    record Decommission(String workload, Period from) implements ScenarioChange {
        public Decommission {
            workload = name(workload, "workload");
            Objects.requireNonNull(from, "from");
        }
    }

    /** A node type's price changes by {@code percent} (+15 is 15% dearer). */
    record NodeCost(String nodeType, double percent) implements ScenarioChange {
        public NodeCost {
            nodeType = name(nodeType, "node type");
            if (!(percent >= -100) || Double.isInfinite(percent)) {
                throw new InvalidValueException(null, ModelWords.of("change.nodeCost", nodeType, percent));
            }
        }
    }

    /** A node type's lead time becomes {@code periods}. */
    record LeadTime(String nodeType, int periods) implements ScenarioChange {
        public LeadTime {
            nodeType = name(nodeType, "node type");
            if (periods < 0) {
                throw new InvalidValueException(null, ModelWords.of("change.leadTime", nodeType, periods));
            }
        }
    }

    /** A pool keeps {@code nodes} spare nodes for failures. */
    record HaSpares(String pool, int nodes) implements ScenarioChange {
        public HaSpares {
            pool = name(pool, "pool");
            if (nodes < 0) {
                throw new InvalidValueException(null, ModelWords.of("change.haSpares", pool, nodes));
            }
        }
    }

    /** A resource is planned to a different target utilization, in (0, 1]. */
    record TargetUtilization(String resource, double target) implements ScenarioChange {
        public TargetUtilization {
            resource = name(resource, "resource");
            if (!(target > 0 && target <= 1)) {
                throw new InvalidValueException(null, ModelWords.of("change.targetUtilization", resource, target));
            }
        }
    }

    /**
     * The most that may be spent on nodes ordered in one period ({@link dev.headroom.core.model.PurchaseBudget});
     * it replaces the input's limit for that period, if any.
     */
    record Budget(Period period, double amount) implements ScenarioChange {
        public Budget {
            Objects.requireNonNull(period, "period");
            if (!(amount >= 0) || Double.isInfinite(amount)) {
                throw new InvalidValueException(null, ModelWords.of("change.budget", period, amount));
            }
        }
    }

    /** Capacity is planned for a different quantile of forecast demand, in (0, 1). */
    record SizingQuantile(double quantile) implements ScenarioChange {
        public SizingQuantile {
            if (!(quantile > 0 && quantile < 1)) {
                throw new InvalidValueException(null, ModelWords.of("change.sizingQuantile", quantile));
            }
        }
    }

    private static String name(String name, String what) {
        if (name == null || name.isBlank()) {
            throw ModelWords.invalid("name.empty", ModelWords.thing(what));
        }
        return name.trim();
    }
}
