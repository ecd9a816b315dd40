package dev.headroom.io.plan;

import dev.headroom.core.model.Period;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.usermodel.Workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Scenarios side by side, one column per scenario and one row per figure: status, total cost, cost over the
 * first scenario, nodes bought in all and per period (nodes and their cost), the period each pool runs out of
 * each resource if nothing is bought, and unmet demand in total and per resource. The plan workbook shows it as
 * its {@value #SHEET} sheet and the report as a page, from the same {@link #lines}.
 *
 * <p>The sheet is not called Scenarios: the plan workbook is also a planning workbook, whose Scenarios sheet
 * holds what-ifs to plan, not their results.
 */
public final class ScenarioComparisonSheet {

    /** The sheet's name. */
    public static final String SHEET = "Comparison";

    /** The columns before the scenarios' columns. */
    public static final List<String> LABELS = List.of("measure", "detail");

    /** What a runway cell says when the pool does not run out within the horizon. */
    public static final String NOT_WITHIN_HORIZON = "not within the horizon";

    /**
     * One figure for every scenario.
     *
     * @param values one per scenario, in the comparison's order: a {@link Double} or a {@link String}
     */
    public record Line(String measure, String detail, List<Object> values) {
        public Line {
            values = List.copyOf(values);
        }
    }

    private ScenarioComparisonSheet() {
    }

    /** The comparison's figures, in the order they are shown. Periods in which no scenario buys are left out. */
    public static List<Line> lines(ScenarioComparison comparison, PlanningInput input) {
        List<ScenarioComparison.Column> columns = comparison.scenarios();
        List<Line> lines = new ArrayList<>();
        lines.add(line("status", "", columns, c -> PlanFigures.describe(c.status())));
        lines.add(line("total cost", "", columns, c -> c.totalCost()));
        lines.add(line("cost over " + columns.getFirst().scenario(), "", columns,
                c -> comparison.costOverFirst(c.scenario())));
        lines.add(line("nodes bought", "in all", columns,
                c -> (double) c.purchases().values().stream().mapToInt(ScenarioComparison.Bought::nodes).sum()));
        TreeSet<Period> buying = new TreeSet<>();
        columns.forEach(c -> buying.addAll(c.purchases().keySet()));
        for (Period p : buying) {
            lines.add(line("nodes bought", p.toString(), columns, c -> (double) c.boughtIn(p).nodes()));
            lines.add(line("cost of nodes bought", p.toString(), columns, c -> c.boughtIn(p).cost()));
        }
        for (ScenarioComparison.PoolResource pr : comparison.poolResources()) {
            lines.add(line("runs out if nothing is bought", pr.pool() + " " + pr.resource(), columns,
                    c -> c.runway().getOrDefault(pr, java.util.Optional.empty()).map(Period::toString)
                            .orElse(NOT_WITHIN_HORIZON)));
        }
        lines.add(line("unmet demand", "in all (mixed units)", columns, c -> c.unmetTotal()));
        TreeSet<String> unmetResources = new TreeSet<>();
        columns.forEach(c -> unmetResources.addAll(c.unmetByResource().keySet()));
        for (String r : unmetResources) {
            String unit = PlanFigures.unitOf(input, r);
            lines.add(line("unmet demand", unit.isEmpty() ? r : r + " (" + unit + ")", columns,
                    c -> c.unmetByResource().getOrDefault(r, 0.0)));
        }
        return lines;
    }

    /** Adds the comparison sheet to a plan workbook being written. */
    static void write(Workbook workbook, Styles styles, ScenarioComparison comparison, PlanningInput input) {
        List<String> headers = new ArrayList<>(LABELS);
        comparison.scenarios().forEach(c -> headers.add(c.scenario()));
        SheetWriter sheet = SheetWriter.create(workbook, styles, SHEET, headers);
        for (Line line : lines(comparison, input)) {
            sheet.newRow().text(line.measure()).text(line.detail());
            boolean whole = line.measure().startsWith("nodes");
            for (Object value : line.values()) {
                switch (value) {
                    case Double d -> sheet.number(d, whole ? styles.whole() : styles.decimal());
                    default -> sheet.text(String.valueOf(value));
                }
            }
        }
        sheet.finish(false);
    }

    private static Line line(String measure, String detail, List<ScenarioComparison.Column> columns,
                             java.util.function.Function<ScenarioComparison.Column, Object> value) {
        return new Line(measure, detail, columns.stream().map(value).toList());
    }

    /** A figure as the report prints it. */
    public static String text(Object value, boolean whole) {
        return switch (value) {
            case Double d when whole -> String.format(Locale.ROOT, "%,d", Math.round(d));
            case Double d -> String.format(Locale.ROOT, "%,.2f", d);
            default -> String.valueOf(value);
        };
    }
}
