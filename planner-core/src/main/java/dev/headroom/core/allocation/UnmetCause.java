package dev.headroom.core.allocation;

import dev.headroom.core.model.Period;

import java.util.List;
import java.util.stream.Collectors;

/** One reason why demand in a pool, resource and period is not met, in words a planner reads. */
sealed interface UnmetCause {

    String words();

    /** No node type has any capacity for the resource. */
    record NoNodeTypeProvides(String resource) implements UnmetCause {
        public String words() {
            return "no node type provides " + resource;
        }
    }

    /** Nodes ordered at the plan start arrive only after the period. */
    record LeadTime(Period arrival, int leadTime) implements UnmetCause {
        public String words() {
            return "nodes ordered at the plan start arrive only in " + arrival + " (lead time " + leadTime + ")";
        }
    }

    /** The pool already holds as many nodes as it has space for. */
    /** Every node that could have covered the shortfall in time would have to be ordered in a period whose budget is spent. */
    record Budget(List<Period> orderPeriods) implements UnmetCause {
        public String words() {
            return "the budget for orders in " + orderPeriods.stream().map(Period::toString)
                    .collect(Collectors.joining(", ")) + " is spent";
        }
    }

    record MaxNodes(String pool, int maxNodes) implements UnmetCause {
        public String words() {
            return "pool " + pool + " reaches max_nodes " + maxNodes;
        }
    }

    /** Workloads with demand here cannot move to another pool. */
    record BoundToPool(String pool, List<String> pinned, List<String> onlyAllowed) implements UnmetCause {
        public String words() {
            StringBuilder sb = new StringBuilder();
            if (!pinned.isEmpty()) {
                sb.append(names(pinned)).append(pinned.size() == 1 ? " is" : " are").append(" pinned to pool ").append(pool);
            }
            if (!onlyAllowed.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : "; ").append(names(onlyAllowed)).append(" may run only in pool ").append(pool);
            }
            return sb.toString();
        }

        private static String names(List<String> workloads) {
            String word = workloads.size() == 1 ? "workload " : "workloads ";
            if (workloads.size() <= 3) {
                return word + String.join(", ", workloads);
            }
            return word + String.join(", ", workloads.subList(0, 3)) + " and " + (workloads.size() - 3) + " more";
        }
    }

    /** Workloads that must fit one node are larger than any node type at target utilization. */
    record LargerThanAnyNode(List<String> workloads) implements UnmetCause {
        public String words() {
            return (workloads.size() == 1 ? "workload " : "workloads ") + BoundToPool.names(workloads).replaceFirst("^workloads? ", "")
                    + (workloads.size() == 1 ? " is" : " are") + " larger than any node type (placement node)";
        }
    }

    /** Workloads that must fit one node fit only node types whose lead time has not passed by the period. */
    record OnlyLateTypesFit(List<String> workloads, Period arrival, int leadTime) implements UnmetCause {
        public String words() {
            return (workloads.size() == 1 ? "workload " : "workloads ") + BoundToPool.names(workloads).replaceFirst("^workloads? ", "")
                    + (workloads.size() == 1 ? " fits" : " fit") + " only node types that, ordered at the plan start, arrive in "
                    + arrival + " at the earliest (lead time " + leadTime + ")";
        }
    }

    /** An anti-affinity group needs more nodes than the pool may hold. */
    record AntiAffinityTooWide(String group, int members, String pool, int maxNodes) implements UnmetCause {
        public String words() {
            return "anti-affinity group " + group + " has " + members + " members needing separate nodes but pool "
                    + pool + " may hold only " + maxNodes + " (max_nodes)";
        }
    }

    /** The shortfall is no more than the capacity kept free for HA spares. */
    record HaSpares(String pool, int haNodes) implements UnmetCause {
        public String words() {
            return "pool " + pool + " keeps " + haNodes + " HA spare node" + (haNodes == 1 ? "" : "s") + " free";
        }
    }

    /** None of the limits above applies alone: the pools cannot hold the demand together. */
    record PoolsFull() implements UnmetCause {
        public String words() {
            return "the pools these workloads may run in cannot hold all of them with the nodes that can be bought";
        }
    }

    /** The solver stopped before proving that no plan meets more demand. */
    record NotProven() implements UnmetCause {
        public String words() {
            return "the search stopped at its time limit before proving that no plan meets more";
        }
    }
}
