package dev.headroom.io.csv;

import dev.headroom.core.forecast.ForecastOptions;
import dev.headroom.core.forecast.SeriesForecast;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.plan.Assignment;
import dev.headroom.core.plan.Move;
import dev.headroom.core.plan.Plan;
import dev.headroom.core.plan.Purchase;
import dev.headroom.core.plan.Runway;
import dev.headroom.core.plan.UnmetDemand;
import dev.headroom.core.plan.Utilization;
import dev.headroom.io.ExportException;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.plan.PlanFigures;
import dev.headroom.io.usage.ForecastTable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Writes the plan as one CSV file per table into a folder, with the same columns as the plan
 * workbook's sheets and SUMMARY.json's keys: {@code summary.csv}, {@code purchases.csv},
 * {@code purchases_by_period.csv}, {@code utilization.csv}, {@code placement.csv}, {@code runway.csv},
 * {@code unmet.csv}, {@code forecast.csv} and {@code moves.csv} (the moves between pools; only its
 * header when none). Each file is replaced atomically.
 */
public final class PlanCsvWriter {
    /** The files written, in the order they are written. */
    public static final List<String> FILES = List.of("summary.csv", "purchases.csv", "purchases_by_period.csv",
            "utilization.csv", "placement.csv", "runway.csv", "unmet.csv", "forecast.csv", "moves.csv");

    private PlanCsvWriter() {
    }

    /**
     * Writes every table into {@code dir}, creating the folder when it does not exist.
     *
     * @return the files written
     * @throws ExportException when a file or the folder cannot be written
     */
    public static List<Path> write(Plan plan, PlanningInput input, Path dir, CsvOptions options) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ExportException(ReaderWords.of("write.folderNotCreated", dir, String.valueOf(e.getMessage())), e);
        }
        List<Path> written = new ArrayList<>();
        table(dir, "summary.csv", options, List.of("item", "value"), csv -> summary(plan, input, csv), written);
        table(dir, "purchases.csv", options, List.of("pool", "node_type", "period", "count", "order_by", "cost"), csv -> {
            for (Purchase p : plan.purchases()) {
                csv.text(p.pool()).text(p.nodeType()).text(p.period().toString()).number(p.count())
                        .text(p.orderBy().toString()).number(p.cost()).endRow();
            }
        }, written);
        table(dir, "purchases_by_period.csv", options, List.of("period", "nodes", "cost"), csv -> {
            for (PlanFigures.PeriodPurchases p : PlanFigures.purchasesByPeriod(plan)) {
                csv.text(p.period().toString()).number(p.nodes()).number(p.cost()).endRow();
            }
        }, written);
        table(dir, "utilization.csv", options,
                List.of("pool", "resource", "period", "capacity", "demand", "utilization", "unit"), csv -> {
            for (Utilization u : plan.utilization()) {
                csv.text(u.pool()).text(u.resource()).text(u.period().toString()).number(u.capacity())
                        .number(u.demand()).number(u.ratio()).text(PlanFigures.unitOf(input, u.resource())).endRow();
            }
        }, written);
        table(dir, "placement.csv", options, List.of("workload", "period", "pool", "node"), csv -> {
            for (Assignment a : plan.placement()) {
                csv.text(a.workload()).text(a.period().toString()).text(a.pool()).text(a.node()).endRow();
            }
        }, written);
        table(dir, "runway.csv", options, List.of("pool", "resource", "exhausted_at", "periods_left"), csv -> {
            for (Runway r : plan.runway()) {
                csv.text(r.pool()).text(r.resource()).text(r.exhaustedAt().map(Period::toString).orElse(""))
                        .number(r.periodsLeft()).endRow();
            }
        }, written);
        table(dir, "unmet.csv", options, List.of("pool", "resource", "period", "amount", "reason"), csv -> {
            for (UnmetDemand u : plan.unmet()) {
                csv.text(u.pool()).text(u.resource()).text(u.period().toString()).number(u.amount())
                        .text(u.reason()).endRow();
            }
        }, written);
        List<Double> levels = ForecastOptions.DEFAULT_LEVELS;
        table(dir, "forecast.csv", options, ForecastTable.headers(levels), csv -> {
            for (SeriesForecast f : plan.forecasts()) {
                double[] point = f.point();
                for (int step = 0; step < f.horizon(); step++) {
                    csv.text(f.key().workload()).text(f.key().resource()).text(f.periodAt(step).toString())
                            .number(point[step]);
                    for (double level : levels) {
                        optional(csv, ForecastTable.lower(f, level, step));
                        optional(csv, ForecastTable.upper(f, level, step));
                    }
                    csv.text(f.model()).endRow();
                }
            }
        }, written);
        table(dir, "moves.csv", options, List.of("workload", "period", "from", "to", "cost"), csv -> {
            for (Move m : plan.moves()) {
                csv.text(m.workload()).text(m.period().toString()).text(m.from()).text(m.to()).number(m.cost())
                        .endRow();
            }
        }, written);
        return written;
    }

    private static void summary(Plan plan, PlanningInput input, CsvTableWriter csv) throws IOException {
        csv.text("input").text(input.name()).endRow();
        csv.text("status").text(plan.status().name()).endRow();
        csv.text("total_cost").number(plan.totalCost()).endRow();
        csv.text("lower_bound");
        optional(csv, plan.lowerBound());
        csv.endRow();
        csv.text("gap");
        optional(csv, plan.gap());
        csv.endRow();
        csv.text("solve_seconds").number(plan.solveSeconds()).endRow();
        csv.text("horizon").number(plan.periods().size()).endRow();
        csv.text("sizing_quantile").number(input.settings().sizingQuantile()).endRow();
        csv.text("move_cost_total").number(plan.moveCostTotal()).endRow();
    }

    private static void optional(CsvTableWriter csv, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            csv.number(value.getAsDouble());
        } else {
            csv.blank();
        }
    }

    private static void table(Path dir, String name, CsvOptions options, List<String> headers,
                              CsvTableWriter.Rows rows, List<Path> written) {
        Path file = dir.resolve(name);
        CsvTableWriter.write(file, options, headers, rows);
        written.add(file);
    }
}
