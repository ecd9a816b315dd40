package dev.headroom.core.allocation;

import dev.headroom.core.model.Period;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.model.Wording;

import java.util.List;

/**
 * One reason why demand in a pool, resource and period is not met, in words a planner reads: English in
 * files ({@link #words()}), the window's language on screen (its {@link #wording()} in {@link UnmetDemand#REASONS}).
 */
sealed interface UnmetCause {

    /** The reason as a key of {@link UnmetDemand#REASONS} and its values. */
    Wording wording();

    /** The reason in English, as the plan's files say it. */
    default String words() {
        return wording().english();
    }

    private static Wording reason(String key, Object... args) {
        return Wording.formatted(UnmetDemand.REASONS, key, args);
    }

    /** "a, b, c" or "a, b, c and 2 more": at most three workloads named. */
    private static Wording names(List<String> workloads) {
        return workloads.size() <= 3 ? reason("names", workloads)
                : reason("names.more", workloads.subList(0, 3), workloads.size() - 3);
    }

    /** No node type has any capacity for the resource. */
    record NoNodeTypeProvides(String resource) implements UnmetCause {
        public Wording wording() {
            return reason("noNodeTypeProvides", resource);
        }
    }

    /** Nodes ordered at the plan start arrive only after the period. */
    record LeadTime(Period arrival, int leadTime) implements UnmetCause {
        public Wording wording() {
            return reason("leadTime", arrival, leadTime);
        }
    }

    /** Every node that could have covered the shortfall in time would have to be ordered in a period whose budget is spent. */
    record Budget(List<Period> orderPeriods) implements UnmetCause {
        public Wording wording() {
            return reason("budget", orderPeriods);
        }
    }

    /** The pool already holds as many nodes as it has space for. */
    record MaxNodes(String pool, int maxNodes) implements UnmetCause {
        public Wording wording() {
            return reason("maxNodes", pool, maxNodes);
        }
    }

    /** Workloads with demand here cannot move to another pool. */
    record BoundToPool(String pool, List<String> pinned, List<String> onlyAllowed) implements UnmetCause {
        public Wording wording() {
            Wording pinnedHere = reason("pinned", pinned.size(), names(pinned), pool);
            Wording onlyHere = reason("onlyAllowed", onlyAllowed.size(), names(onlyAllowed), pool);
            if (onlyAllowed.isEmpty()) {
                return pinnedHere;
            }
            return pinned.isEmpty() ? onlyHere : reason("pinnedAndOnlyAllowed", pinnedHere, onlyHere);
        }
    }

    /** Workloads that must fit one node are larger than any node type at target utilization. */
    record LargerThanAnyNode(List<String> workloads) implements UnmetCause {
        public Wording wording() {
            return reason("largerThanAnyNode", workloads.size(), names(workloads));
        }
    }

    /** Workloads that must fit one node fit only node types whose lead time has not passed by the period. */
    record OnlyLateTypesFit(List<String> workloads, Period arrival, int leadTime) implements UnmetCause {
        public Wording wording() {
            return reason("onlyLateTypesFit", workloads.size(), names(workloads), arrival, leadTime);
        }
    }

    /** An anti-affinity group needs more nodes than the pool may hold. */
    record AntiAffinityTooWide(String group, int members, String pool, int maxNodes) implements UnmetCause {
        public Wording wording() {
            return reason("antiAffinityTooWide", group, members, pool, maxNodes);
        }
    }

    /** The shortfall is no more than the capacity kept free for HA spares. */
    record HaSpares(String pool, int haNodes) implements UnmetCause {
        public Wording wording() {
            return reason("haSpares", pool, haNodes);
        }
    }

    /** None of the limits above applies alone: the pools cannot hold the demand together. */
    record PoolsFull() implements UnmetCause {
        public Wording wording() {
            return reason("poolsFull");
        }
    }

    /** The solver stopped before proving that no plan meets more demand. */
    record NotProven() implements UnmetCause {
        public Wording wording() {
            return reason("notProven");
        }
    }
}
