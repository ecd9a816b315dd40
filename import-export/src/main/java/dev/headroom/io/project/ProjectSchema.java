package dev.headroom.io.project;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The project file's schema as a list of versioned scripts, each taking a file from the version before
 * it to its own. The file's version is SQLite's {@code PRAGMA user_version}; {@code PRAGMA application_id}
 * marks the database as a Headroom project. A small runner rather than a migration library: the schema
 * lives in one embedded file per user, migrations run in the same transaction as the version bump, and
 * nothing here needs a history table, checksums or a server.
 *
 * <p>Migrations only go forward. A file whose version is above {@link #CURRENT} was written by a newer
 * Headroom and is refused before anything is written to it.
 */
final class ProjectSchema {

    /** "HDRM" as a big-endian int: what {@code PRAGMA application_id} holds in every Headroom project. */
    static final int APPLICATION_ID = 0x4844524D;

    /** Version 1: the planning input and the imports it came from; free-text notes in {@code meta}. */
    private static final List<String> V1 = List.of(
            "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE resources(position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, unit TEXT NOT NULL,"
                    + " target_utilization REAL NOT NULL, aggregation TEXT NOT NULL)",
            "CREATE TABLE workloads(position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, placement TEXT NOT NULL,"
                    + " pool TEXT, allowed_pools TEXT NOT NULL, anti_affinity TEXT)",
            "CREATE TABLE pools(position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, ha_nodes INTEGER NOT NULL,"
                    + " max_nodes INTEGER)",
            "CREATE TABLE node_types(position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, cost REAL NOT NULL,"
                    + " lead_time INTEGER NOT NULL)",
            "CREATE TABLE node_capacity(node_type TEXT NOT NULL, resource TEXT NOT NULL, capacity REAL NOT NULL,"
                    + " PRIMARY KEY(node_type, resource))",
            "CREATE TABLE nodes(position INTEGER PRIMARY KEY, pool TEXT NOT NULL, node_type TEXT NOT NULL,"
                    + " count INTEGER NOT NULL, retire_period TEXT)",
            // One row per series: its observations as little-endian IEEE doubles, so that gaps (NaN) survive
            // (SQLite stores a NaN REAL as NULL) and 1,000,000 observations are 8,000 rows, not a million.
            "CREATE TABLE usage_series(position INTEGER PRIMARY KEY, workload TEXT NOT NULL, resource TEXT NOT NULL,"
                    + " start_period TEXT NOT NULL, observations BLOB NOT NULL)",
            "CREATE TABLE known_demand(position INTEGER PRIMARY KEY, period TEXT NOT NULL, workload TEXT NOT NULL,"
                    + " resource TEXT NOT NULL, demand REAL NOT NULL)",
            "CREATE TABLE imports(position INTEGER PRIMARY KEY, source TEXT NOT NULL, sha256 TEXT NOT NULL,"
                    + " mapping TEXT NOT NULL)");

    /** Version 2: scenarios, their changes in the columns of the workbook's Scenarios sheet. */
    private static final List<String> V2 = List.of(
            "CREATE TABLE scenarios(position INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, description TEXT NOT NULL)",
            "CREATE TABLE scenario_changes(scenario INTEGER NOT NULL REFERENCES scenarios(position),"
                    + " position INTEGER NOT NULL, change TEXT NOT NULL, target TEXT NOT NULL, value TEXT NOT NULL,"
                    + " from_period TEXT NOT NULL, copy_of TEXT NOT NULL, pool TEXT NOT NULL,"
                    + " PRIMARY KEY(scenario, position))");

    /** Version 3: plans (as JSON, with their figures as columns for listing) and notes as a list of their own. */
    private static final List<String> V3 = List.of(
            "CREATE TABLE notes(position INTEGER PRIMARY KEY, text TEXT NOT NULL)",
            "INSERT INTO notes(text) SELECT value FROM meta WHERE key = 'notes' AND value <> ''",
            "DELETE FROM meta WHERE key = 'notes'",
            "CREATE TABLE plans(position INTEGER PRIMARY KEY, scenario TEXT NOT NULL, status TEXT NOT NULL,"
                    + " total_cost REAL NOT NULL, lower_bound REAL, solve_seconds REAL NOT NULL, body TEXT NOT NULL)");

    /** Version 4: spending limits per ordering period. */
    private static final List<String> V4 = List.of(
            "CREATE TABLE budgets(position INTEGER PRIMARY KEY, period TEXT NOT NULL UNIQUE, amount REAL NOT NULL)");

    /**
     * Version 5: the planner's forecast choices: a model forced per series, and manual adjustments of forecasts
     * (growth per period or over the horizon in percent, a step, an override) in the order they were added.
     */
    private static final List<String> V5 = List.of(
            "CREATE TABLE series_models(workload TEXT NOT NULL, resource TEXT NOT NULL, model TEXT NOT NULL,"
                    + " PRIMARY KEY(workload, resource))",
            "CREATE TABLE forecast_adjustments(position INTEGER PRIMARY KEY, workload TEXT NOT NULL,"
                    + " resource TEXT NOT NULL, kind TEXT NOT NULL, period TEXT NOT NULL, value REAL NOT NULL)");

    /**
     * Version 6: imports from Prometheus (issue #11), each as one JSON definition: server, credentials without the
     * secret, one query per resource, label, days, step and frequency.
     */
    private static final List<String> V6 = List.of(
            "CREATE TABLE prometheus_imports(position INTEGER PRIMARY KEY, definition TEXT NOT NULL)");

    /** The scripts by version: index 0 takes an empty database to version 1. */
    static final List<List<String>> MIGRATIONS = List.of(V1, V2, V3, V4, V5, V6);

    /** The version this Headroom writes. */
    static final int CURRENT = MIGRATIONS.size();

    private ProjectSchema() {
    }

    static int version(Connection c) throws SQLException {
        return intPragma(c, "user_version");
    }

    static int applicationId(Connection c) throws SQLException {
        return intPragma(c, "application_id");
    }

    private static int intPragma(Connection c, String pragma) throws SQLException {
        try (Statement s = c.createStatement(); var rs = s.executeQuery("PRAGMA " + pragma)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Brings the database from its version to {@code target} in one transaction: either every step and the new
     * version are committed, or the file stays as it was.
     */
    static void migrate(Connection c, int target) throws SQLException {
        int from = version(c);
        if (from >= target) {
            return;
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            if (from == 0) {
                s.execute("PRAGMA application_id = " + APPLICATION_ID);
            }
            for (int v = from; v < target; v++) {
                for (String sql : MIGRATIONS.get(v)) {
                    s.execute(sql);
                }
            }
            s.execute("PRAGMA user_version = " + target);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
