package dev.headroom.app.gui.workspace;

import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;

import java.util.ArrayList;
import java.util.List;

/**
 * What a project made or widened by an import still lacks before it can be planned, in the window's
 * language: node types without a price or without a capacity for some resource (an import only knows
 * usage), and no inventory. The import wizard and the Prometheus import show it after importing.
 */
public final class StillMissing {

    private static final Texts T = Texts.of(StillMissing.class);

    private StillMissing() {
    }

    /** One line per missing piece, in the order the Data screen's tabs list them; empty when nothing is missing. */
    public static List<String> of(PlanningInput input) {
        List<String> missing = new ArrayList<>();
        for (NodeType t : input.nodeTypes()) {
            if (t.cost() == 0) {
                missing.add(T.get("missing.noPrice", t.name()));
            }
            List<String> without = input.resources().stream().map(Resource::name).filter(r -> t.capacityOf(r) == 0)
                    .toList();
            if (without.size() == 1) {
                missing.add(T.get("missing.noCapacity.one", t.name(), without.getFirst()));
            } else if (!without.isEmpty()) {
                missing.add(T.get("missing.noCapacity.many", t.name(), String.join(", ", without)));
            }
        }
        if (input.inventory().isEmpty()) {
            missing.add(T.get("missing.noNodes"));
        }
        return List.copyOf(missing);
    }
}
