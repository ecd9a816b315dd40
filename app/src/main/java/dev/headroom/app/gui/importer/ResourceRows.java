package dev.headroom.app.gui.importer;

import dev.headroom.app.service.ProjectDefaults;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Resource;
import dev.headroom.io.usage.UsageImport;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The units page's rows for an import: the project's resources as they are, the planner's choices kept, a new
 * resource planned in the unit found (memory in the preferred memory unit).
 */
final class ResourceRows {
    private ResourceRows() {
    }

    static List<ResourceRow> of(UsageImport imported, List<ResourceRow> shown, Optional<PlanningInput> project,
                                ProjectDefaults defaults, Runnable onEdit) {
        Set<String> names = new LinkedHashSet<>();
        imported.series().forEach(s -> names.add(s.key().resource()));
        List<ResourceRow> rows = new ArrayList<>();
        for (String name : names) {
            Optional<Resource> known = project.flatMap(p -> p.resource(name));
            Optional<ResourceRow> kept = shown.stream().filter(r -> r.name().equals(name)).findFirst();
            if (known.isPresent()) {
                rows.add(kept.filter(ResourceRow::inProject).orElseGet(() -> new ResourceRow(name,
                        "", known.get().unit(), known.get().aggregation(), true, onEdit)));
            } else if (kept.isPresent()) {
                rows.add(kept.get());
            } else {
                String found = imported.units().getOrDefault(name, "");
                // Memory found in bytes is planned in the planner's preferred unit (GiB or GB).
                rows.add(new ResourceRow(name, found, defaults.planUnit(found), Aggregation.P95, false, onEdit));
            }
        }
        return rows;
    }
}
