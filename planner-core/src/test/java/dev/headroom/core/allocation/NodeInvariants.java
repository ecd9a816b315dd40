package dev.headroom.core.allocation;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Workload;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.PlanStatus;
import dev.headroom.core.plan.Purchase;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every plan must satisfy at node level, checked from the input alone (known demand only):
 * pool-placed workloads are on no node; a node-placed workload is on a node of its pool named
 * {@code pool/type/NN} (existing) or {@code pool/type/new-NN} (bought) that is there in the period;
 * no node carries more than its usable capacity in any resource and period; members of an
 * anti-affinity group never share a node; and with all demand met, every node-placed workload with
 * demand is on a node.
 */
final class NodeInvariants {

    private static final Pattern NAME = Pattern.compile("(.+)/([^/]+)/(new-)?(\\d{2,})");

    private NodeInvariants() {
    }

    static void check(PlanningInput input, Plan plan) {
        Map<String, Double> demand = new HashMap<>();
        for (KnownDemand d : input.knownDemand()) {
            demand.merge(d.workload() + "|" + d.resource() + "|" + d.period(), d.demand(), Double::sum);
        }
        Map<String, Double> load = new HashMap<>();
        Set<String> groupNodes = new HashSet<>();
        for (Assignment a : plan.placement()) {
            Workload w = input.workload(a.workload()).orElseThrow();
            if (w.placement() == PlacementMode.POOL) {
                assertThat(a.node()).as("node of pool-placed %s", a.workload()).isEmpty();
                continue;
            }
            boolean needs = input.resources().stream()
                    .anyMatch(r -> demand.getOrDefault(key(a.workload(), r.name(), a.period()), 0.0) > 0);
            if (a.node().isEmpty()) {
                if (plan.status() != PlanStatus.UNMET_DEMAND) {
                    assertThat(needs).as("%s with demand in %s is on no node", a.workload(), a.period()).isFalse();
                }
                continue;
            }
            assertThat(needs).as("%s on a node without demand in %s", a.workload(), a.period()).isTrue();
            Matcher m = NAME.matcher(a.node());
            assertThat(m.matches()).as("node name %s", a.node()).isTrue();
            assertThat(m.group(1)).as("pool of node %s", a.node()).isEqualTo(a.pool());
            NodeType type = input.nodeType(m.group(2)).orElseThrow();
            int number = Integer.parseInt(m.group(4));
            int there = m.group(3) == null ? existing(input, a.pool(), type.name(), a.period())
                    : bought(plan, a.pool(), type.name(), a.period());
            assertThat(number).as("node %s is there in %s", a.node(), a.period()).isBetween(1, there);
            for (var r : input.resources()) {
                String slot = a.node() + "|" + r.name() + "|" + a.period();
                double total = load.merge(slot, demand.getOrDefault(key(a.workload(), r.name(), a.period()), 0.0),
                        Double::sum);
                assertThat(total).as("%s on node %s in %s", r.name(), a.node(), a.period())
                        .isLessThanOrEqualTo(r.targetUtilization() * type.capacityOf(r.name()) + 1e-6);
            }
            w.antiAffinity().ifPresent(group -> assertThat(groupNodes.add(group + "|" + a.node() + "|" + a.period()))
                    .as("anti-affinity group %s shares node %s in %s", group, a.node(), a.period()).isTrue());
        }
    }

    private static String key(String workload, String resource, Period period) {
        return workload + "|" + resource + "|" + period;
    }

    private static int existing(PlanningInput input, String pool, String type, Period period) {
        return input.inventory().stream()
                .filter(n -> n.pool().equals(pool) && n.nodeType().equals(type) && n.activeIn(period))
                .mapToInt(ExistingNodes::count).sum();
    }

    private static int bought(Plan plan, String pool, String type, Period by) {
        return plan.purchases().stream()
                .filter(p -> p.pool().equals(pool) && p.nodeType().equals(type) && !p.period().isAfter(by))
                .mapToInt(Purchase::count).sum();
    }
}
