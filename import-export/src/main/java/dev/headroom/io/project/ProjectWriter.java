package dev.headroom.io.project;

import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.core.scenario.ScenarioPlan;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a whole project into the tables of the current schema. The caller holds the transaction: a save
 * replaces every row, so that what is in the file is exactly the project saved, never a mix.
 */
final class ProjectWriter {

    /** Every table that holds a part of the project, children before parents. */
    static final List<String> TABLES = List.of("meta", "settings", "resources", "workloads", "pools", "node_capacity",
            "node_types", "nodes", "usage_series", "known_demand", "imports", "scenario_changes", "scenarios", "notes",
            "plans", "budgets", "series_models", "forecast_adjustments", "prometheus_imports");

    private final Connection c;

    ProjectWriter(Connection c) {
        this.c = c;
    }

    void write(Project project) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : TABLES) {
                s.execute("DELETE FROM " + table);
            }
        }
        PlanningInput in = project.input();
        meta(in.name());
        settings(in.settings());
        resources(in.resources());
        workloads(in.workloads());
        pools(in.pools());
        nodeTypes(in.nodeTypes());
        nodes(in.inventory());
        usage(in.usage());
        demand(in.knownDemand());
        budgets(in.budgets());
        imports(project.imports());
        prometheusImports(project.prometheusImports());
        scenarios(project.scenarios());
        notes(project.notes());
        plans(project.plans());
        ForecastChoiceRows.write(c, project.forecastChoices());
    }

    private void meta(String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO meta(key, value) VALUES (?, ?)")) {
            for (Map.Entry<String, String> e : Map.of("name", name, "written_by", "Headroom project format "
                    + ProjectSchema.CURRENT).entrySet()) {
                p.setString(1, e.getKey());
                p.setString(2, e.getValue());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void settings(Settings s) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO settings(key, value) VALUES (?, ?)")) {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"frequency", s.frequency().toString()});
            rows.add(new String[] {"horizon", Integer.toString(s.horizon())});
            s.planStart().ifPresent(start -> rows.add(new String[] {"plan_start", start.toString()}));
            rows.add(new String[] {"sizing_quantile", Double.toString(s.sizingQuantile())});
            rows.add(new String[] {"time_limit_seconds", Double.toString(s.timeLimitSeconds())});
            rows.add(new String[] {"seed", Long.toString(s.seed())});
            rows.add(new String[] {"threads", Integer.toString(s.threads())});
            if (s.allowMoves() || s.moveCost() != 0) {
                // Settings are keys and values: projects without moves stay as they were, older readers skip these.
                rows.add(new String[] {"allow_moves", Boolean.toString(s.allowMoves())});
                rows.add(new String[] {"move_cost", Double.toString(s.moveCost())});
            }
            for (String[] row : rows) {
                p.setString(1, row[0]);
                p.setString(2, row[1]);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void resources(List<Resource> resources) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO resources(position, name, unit, target_utilization, aggregation) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Resource r : resources) {
                p.setInt(1, i++);
                p.setString(2, r.name());
                p.setString(3, r.unit());
                p.setDouble(4, r.targetUtilization());
                p.setString(5, r.aggregation().name());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void workloads(List<Workload> workloads) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO workloads(position, name, placement, pool,"
                + " allowed_pools, anti_affinity) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Workload w : workloads) {
                p.setInt(1, i++);
                p.setString(2, w.name());
                p.setString(3, w.placement().name());
                p.setString(4, w.pinnedPool().orElse(null));
                p.setString(5, Json.array(List.copyOf(new TreeSet<>(w.allowedPools()))).toString());
                p.setString(6, w.antiAffinity().orElse(null));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void pools(List<Pool> pools) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO pools(position, name, ha_nodes, max_nodes) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (Pool pool : pools) {
                p.setInt(1, i++);
                p.setString(2, pool.name());
                p.setInt(3, pool.haNodes());
                if (pool.maxNodes().isPresent()) {
                    p.setInt(4, pool.maxNodes().getAsInt());
                } else {
                    p.setNull(4, Types.INTEGER);
                }
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void nodeTypes(List<NodeType> types) throws SQLException {
        try (PreparedStatement t = c.prepareStatement(
                "INSERT INTO node_types(position, name, cost, lead_time) VALUES (?, ?, ?, ?)");
             PreparedStatement cap = c.prepareStatement(
                     "INSERT INTO node_capacity(node_type, resource, capacity) VALUES (?, ?, ?)")) {
            int i = 0;
            for (NodeType type : types) {
                t.setInt(1, i++);
                t.setString(2, type.name());
                t.setDouble(3, type.cost());
                t.setInt(4, type.leadTime());
                t.addBatch();
                for (Map.Entry<String, Double> e : type.capacity().entrySet()) {
                    cap.setString(1, type.name());
                    cap.setString(2, e.getKey());
                    cap.setDouble(3, e.getValue());
                    cap.addBatch();
                }
            }
            t.executeBatch();
            cap.executeBatch();
        }
    }

    private void nodes(List<ExistingNodes> nodes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO nodes(position, pool, node_type, count, retire_period) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ExistingNodes n : nodes) {
                p.setInt(1, i++);
                p.setString(2, n.pool());
                p.setString(3, n.nodeType());
                p.setInt(4, n.count());
                p.setString(5, n.retirePeriod().map(Period::toString).orElse(null));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void usage(List<TimeSeries> usage) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO usage_series(position, workload, resource,"
                + " start_period, observations) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (TimeSeries s : usage) {
                p.setInt(1, i++);
                p.setString(2, s.key().workload());
                p.setString(3, s.key().resource());
                p.setString(4, s.start().toString());
                p.setBytes(5, Json.bytes(s.values()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void demand(List<KnownDemand> demand) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO known_demand(position, period, workload, resource,"
                + " demand) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (KnownDemand d : demand) {
                p.setInt(1, i++);
                p.setString(2, d.period().toString());
                p.setString(3, d.workload());
                p.setString(4, d.resource());
                p.setDouble(5, d.demand());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void budgets(List<PurchaseBudget> budgets) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO budgets(position, period, amount) VALUES (?, ?, ?)")) {
            int i = 0;
            for (PurchaseBudget b : budgets) {
                p.setInt(1, i++);
                p.setString(2, b.period().toString());
                p.setDouble(3, b.amount());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void imports(List<ProjectImport> imports) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "INSERT INTO imports(position, source, sha256, mapping) VALUES (?, ?, ?, ?)")) {
            int i = 0;
            for (ProjectImport imp : imports) {
                p.setInt(1, i++);
                p.setString(2, imp.source());
                p.setString(3, imp.sha256());
                p.setString(4, MappingJson.write(imp.mapping()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void prometheusImports(List<dev.headroom.io.prometheus.PrometheusImport> imports) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO prometheus_imports(position, definition) VALUES (?, ?)")) {
            int i = 0;
            for (var imp : imports) {
                p.setInt(1, i++);
                p.setString(2, PrometheusImportJson.write(imp));
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void scenarios(List<Scenario> scenarios) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO scenarios(position, name, description) VALUES (?, ?, ?)");
             PreparedStatement ch = c.prepareStatement("INSERT INTO scenario_changes(scenario, position, change, target,"
                     + " value, from_period, copy_of, pool) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (Scenario scenario : scenarios) {
                s.setInt(1, i);
                s.setString(2, scenario.name());
                s.setString(3, scenario.description());
                s.addBatch();
                int j = 0;
                for (ScenarioChange change : scenario.changes()) {
                    ScenarioRow row = ScenarioRow.of(change);
                    ch.setInt(1, i);
                    ch.setInt(2, j++);
                    ch.setString(3, row.change());
                    ch.setString(4, row.target());
                    ch.setString(5, row.value());
                    ch.setString(6, row.from());
                    ch.setString(7, row.copyOf());
                    ch.setString(8, row.pool());
                    ch.addBatch();
                }
                i++;
            }
            s.executeBatch();
            ch.executeBatch();
        }
    }

    private void notes(List<String> notes) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO notes(position, text) VALUES (?, ?)")) {
            int i = 0;
            for (String note : notes) {
                p.setInt(1, i++);
                p.setString(2, note);
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void plans(List<ScenarioPlan> plans) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO plans(position, scenario, status, total_cost,"
                + " lower_bound, solve_seconds, body) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (ScenarioPlan sp : plans) {
                p.setInt(1, i++);
                p.setString(2, sp.scenario());
                p.setString(3, sp.plan().status().name());
                p.setDouble(4, sp.plan().totalCost());
                if (sp.plan().lowerBound().isPresent()) {
                    p.setDouble(5, sp.plan().lowerBound().getAsDouble());
                } else {
                    p.setNull(5, Types.REAL);
                }
                p.setDouble(6, sp.plan().solveSeconds());
                p.setString(7, PlanJson.write(sp.plan()));
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
