package dev.headroom.io.project;

import dev.headroom.core.forecast.ForecastAdjustment;
import dev.headroom.core.forecast.ForecastChoices;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.SeriesKey;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The project's forecast choices in the tables {@code series_models} and {@code forecast_adjustments}. */
final class ForecastChoiceRows {

    private ForecastChoiceRows() {
    }

    static void write(Connection c, ForecastChoices choices) throws SQLException {
        try (PreparedStatement m = c.prepareStatement(
                "INSERT INTO series_models(workload, resource, model) VALUES (?, ?, ?)");
             PreparedStatement a = c.prepareStatement("INSERT INTO forecast_adjustments(position, workload, resource,"
                     + " kind, period, value) VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Map.Entry<SeriesKey, String> e : choices.models().entrySet()) {
                m.setString(1, e.getKey().workload());
                m.setString(2, e.getKey().resource());
                m.setString(3, e.getValue());
                m.addBatch();
            }
            int i = 0;
            for (ForecastAdjustment adj : choices.adjustments()) {
                a.setInt(1, i++);
                a.setString(2, adj.series().workload());
                a.setString(3, adj.series().resource());
                a.setString(4, adj.kind().name());
                a.setString(5, adj.period().toString());
                a.setDouble(6, adj.value());
                a.addBatch();
            }
            m.executeBatch();
            a.executeBatch();
        }
    }

    static ForecastChoices read(Connection c) throws SQLException, ProjectReader.BadRowException {
        TreeMap<SeriesKey, String> models = new TreeMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT workload, resource, model FROM series_models")) {
            while (rs.next()) {
                models.put(new SeriesKey(rs.getString(1), rs.getString(2)), rs.getString(3));
            }
        } catch (IllegalArgumentException e) {
            throw new ProjectReader.BadRowException("series_models", e);
        }
        List<ForecastAdjustment> adjustments = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT workload, resource, kind, period,"
                + " value FROM forecast_adjustments ORDER BY position")) {
            while (rs.next()) {
                adjustments.add(new ForecastAdjustment(new SeriesKey(rs.getString(1), rs.getString(2)),
                        ForecastAdjustment.Kind.parse(rs.getString(3)), Period.parse(rs.getString(4)), rs.getDouble(5)));
            }
        } catch (IllegalArgumentException e) {
            throw new ProjectReader.BadRowException("forecast_adjustments", e);
        }
        return new ForecastChoices(models, adjustments);
    }
}
