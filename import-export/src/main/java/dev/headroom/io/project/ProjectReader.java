package dev.headroom.io.project;

import dev.headroom.io.table.Problems;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.ExistingNodes;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.KnownDemand;
import dev.headroom.core.model.NodeType;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlacementMode;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.model.Pool;
import dev.headroom.core.model.PurchaseBudget;
import dev.headroom.core.model.Resource;
import dev.headroom.core.model.SeriesKey;
import dev.headroom.core.model.Settings;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.core.model.Workload;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.core.scenario.ScenarioPlan;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Reads a whole project from the tables of the current schema. Values that the domain rejects (a file edited
 * by hand, say) surface as {@link IllegalArgumentException}s naming the table, which the caller turns into one
 * clear line.
 */
final class ProjectReader {

    /** A row could not be turned into the domain's records. */
    static final class BadRowException extends Exception {
        private final transient Wording wording;

        BadRowException(String table, RuntimeException cause) {
            super("table " + table + ": " + cause.getMessage(), cause);
            this.wording = ReaderWords.of("project.badRow", table, cause instanceof IllegalArgumentException e
                    ? Problems.wordsOf(e) : Wording.literal(cause.getMessage()));
        }

        /** The message in words that can be said in the planner's language. */
        Wording wording() {
            return wording;
        }
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(ResultSet rs) throws SQLException, JsonProcessingException;
    }

    private final Connection c;

    ProjectReader(Connection c) {
        this.c = c;
    }

    Project read() throws SQLException, BadRowException {
        Map<String, String> meta = keyValues("meta");
        Settings settings = settings(keyValues("settings"));
        List<Resource> resources = rows("resources", "SELECT name, unit, target_utilization, aggregation FROM resources",
                rs -> new Resource(rs.getString(1), rs.getString(2), rs.getDouble(3), Aggregation.valueOf(rs.getString(4))));
        List<Workload> workloads = rows("workloads",
                "SELECT name, placement, pool, allowed_pools, anti_affinity FROM workloads", this::workload);
        List<Pool> pools = rows("pools", "SELECT name, ha_nodes, max_nodes FROM pools", rs -> {
            int max = rs.getInt(3);
            OptionalInt maxNodes = rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(max);
            return new Pool(rs.getString(1), rs.getInt(2), maxNodes);
        });
        List<NodeType> types = nodeTypes();
        List<ExistingNodes> nodes = rows("nodes", "SELECT pool, node_type, count, retire_period FROM nodes",
                rs -> new ExistingNodes(rs.getString(1), rs.getString(2), rs.getInt(3),
                        Optional.ofNullable(rs.getString(4)).map(Period::parse)));
        List<TimeSeries> usage = rows("usage_series",
                "SELECT workload, resource, start_period, observations FROM usage_series",
                rs -> new TimeSeries(new SeriesKey(rs.getString(1), rs.getString(2)), Period.parse(rs.getString(3)),
                        Json.doubles(rs.getBytes(4))));
        List<KnownDemand> demand = rows("known_demand", "SELECT period, workload, resource, demand FROM known_demand",
                rs -> new KnownDemand(Period.parse(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getDouble(4)));
        List<PurchaseBudget> budgets = rows("budgets", "SELECT period, amount FROM budgets",
                rs -> new PurchaseBudget(Period.parse(rs.getString(1)), rs.getDouble(2)));
        PlanningInput input;
        try {
            input = new PlanningInput(meta.getOrDefault("name", ""), settings, resources, workloads, pools, types, nodes,
                    usage, demand, budgets);
        } catch (IllegalArgumentException e) {
            throw new BadRowException("planning input", e);
        }
        List<ProjectImport> imports = rows("imports", "SELECT source, sha256, mapping FROM imports",
                rs -> new ProjectImport(rs.getString(1), rs.getString(2), MappingJson.read(rs.getString(3))));
        List<String> notes = rows("notes", "SELECT text FROM notes", rs -> rs.getString(1));
        List<dev.headroom.io.prometheus.PrometheusImport> prometheus = rows("prometheus_imports",
                "SELECT definition FROM prometheus_imports", rs -> PrometheusImportJson.read(rs.getString(1)));
        List<ScenarioPlan> plans = rows("plans", "SELECT scenario, body FROM plans",
                rs -> new ScenarioPlan(rs.getString(1), PlanJson.read(rs.getString(2))));
        try {
            return new Project(input, imports, scenarios(), plans, notes, ForecastChoiceRows.read(c), prometheus);
        } catch (IllegalArgumentException e) {
            throw new BadRowException("scenarios", e);
        }
    }

    private Workload workload(ResultSet rs) throws SQLException, JsonProcessingException {
        Set<String> allowed = new LinkedHashSet<>();
        for (JsonNode n : Json.MAPPER.readTree(rs.getString(4))) {
            allowed.add(n.asText());
        }
        return new Workload(rs.getString(1), PlacementMode.valueOf(rs.getString(2)), Optional.ofNullable(rs.getString(3)),
                allowed, Optional.ofNullable(rs.getString(5)));
    }

    private List<NodeType> nodeTypes() throws SQLException, BadRowException {
        Map<String, Map<String, Double>> capacity = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT node_type, resource, capacity FROM node_capacity")) {
            while (rs.next()) {
                capacity.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3));
            }
        }
        return rows("node_types", "SELECT name, cost, lead_time FROM node_types",
                rs -> new NodeType(rs.getString(1), rs.getDouble(2), rs.getInt(3),
                        capacity.getOrDefault(rs.getString(1), Map.of())));
    }

    private List<Scenario> scenarios() throws SQLException, BadRowException {
        Map<Integer, List<ScenarioChange>> changes = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT scenario, change, target, value,"
                + " from_period, copy_of, pool FROM scenario_changes ORDER BY scenario, position")) {
            while (rs.next()) {
                ScenarioRow row = new ScenarioRow(rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7));
                try {
                    changes.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(row.toChange());
                } catch (IllegalArgumentException e) {
                    throw new BadRowException("scenario_changes",
                            new InvalidValueException(row.change(), Problems.wordsOf(e), e));
                }
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT position, name, description FROM scenarios ORDER BY position")) {
            while (rs.next()) {
                scenarios.add(new Scenario(rs.getString(2), rs.getString(3), changes.getOrDefault(rs.getInt(1), List.of())));
            }
        } catch (IllegalArgumentException e) {
            throw new BadRowException("scenarios", e);
        }
        return scenarios;
    }

    private static Settings settings(Map<String, String> kv) throws BadRowException {
        try {
            Settings d = Settings.defaults();
            Frequency f = Frequency.parse(kv.getOrDefault("frequency", d.frequency().toString()));
            return new Settings(f, Integer.parseInt(kv.getOrDefault("horizon", Integer.toString(d.horizon()))),
                    Optional.ofNullable(kv.get("plan_start")).map(p -> Period.parse(p, f)),
                    Double.parseDouble(kv.getOrDefault("sizing_quantile", Double.toString(d.sizingQuantile()))),
                    Double.parseDouble(kv.getOrDefault("time_limit_seconds", Double.toString(d.timeLimitSeconds()))),
                    Long.parseLong(kv.getOrDefault("seed", Long.toString(d.seed()))),
                    Integer.parseInt(kv.getOrDefault("threads", Integer.toString(d.threads()))),
                    trueOrFalse(kv.getOrDefault("allow_moves", Boolean.toString(d.allowMoves()))),
                    Double.parseDouble(kv.getOrDefault("move_cost", Double.toString(d.moveCost()))));
        } catch (IllegalArgumentException e) {
            throw new BadRowException("settings", e);
        }
    }

    private static boolean trueOrFalse(String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("allow_moves is " + text + ", not true or false");
        };
    }

    private Map<String, String> keyValues(String table) throws SQLException {
        Map<String, String> kv = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT key, value FROM " + table)) {
            while (rs.next()) {
                kv.put(rs.getString(1), rs.getString(2));
            }
        }
        return kv;
    }

    /** Every row of a table in saved order, each through {@code reader}. */
    private <T> List<T> rows(String table, String select, RowReader<T> reader) throws SQLException, BadRowException {
        List<T> out = new ArrayList<>();
        String ordered = select + (table.equals("node_capacity") ? "" : " ORDER BY position");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(ordered)) {
            while (rs.next()) {
                out.add(reader.read(rs));
            }
        } catch (IllegalArgumentException e) {
            throw new BadRowException(table, e);
        } catch (JsonProcessingException e) {
            throw new BadRowException(table, new IllegalArgumentException("unreadable JSON: " + e.getOriginalMessage(), e));
        }
        return out;
    }
}
