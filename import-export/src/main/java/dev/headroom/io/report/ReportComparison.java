package dev.headroom.io.report;

import dev.headroom.core.model.PlanningInput;
import dev.headroom.core.scenario.ScenarioComparison;
import dev.headroom.io.plan.ScenarioComparisonSheet;

import java.util.ArrayList;
import java.util.List;

/**
 * The report's comparison page: the scenarios planned side by side, in the rows of the plan workbook's
 * comparison sheet. Scenarios beyond what fits across the page continue in further tables below.
 */
final class ReportComparison {
    /** Scenario columns per table; more would shrink names past reading on A4 or letter. */
    static final int SCENARIOS_PER_TABLE = 4;

    private ReportComparison() {
    }

    /** The comparison sheet's measure in the report's words; one the words do not know stays as the sheet says it. */
    private static String measure(ReportWords w, String measure, ScenarioComparison comparison) {
        String first = comparison.scenarios().getFirst().scenario();
        if (measure.equals("cost over " + first)) {
            return w.get("cmp.costOver", first);
        }
        String key = "cmp." + measure.replace(' ', '_');
        return w.has(key) ? w.get(key) : measure;
    }

    private static String detail(ReportWords w, String detail) {
        return switch (detail) {
            case "in all" -> w.get("cmp.inAll");
            case "in all (mixed units)" -> w.get("cmp.inAllMixed");
            default -> detail;
        };
    }

    private static String value(ReportWords w, String value) {
        return ScenarioComparisonSheet.NOT_WITHIN_HORIZON.equals(value) ? w.get("tables.notWithin") : value;
    }

    static void write(PageWriter pages, ScenarioComparison comparison, PlanningInput input, ReportWords w) {
        pages.newPage();
        pages.heading(w.get("scenarios"), 18);
        pages.paragraph(w.get("scenarios.note", comparison.scenarios().getFirst().scenario()), PageWriter.BODY);
        List<ScenarioComparisonSheet.Line> lines = ScenarioComparisonSheet.lines(comparison, input);
        int count = comparison.scenarios().size();
        for (int from = 0; from < count; from += SCENARIOS_PER_TABLE) {
            int to = Math.min(count, from + SCENARIOS_PER_TABLE);
            List<String> headers = new ArrayList<>(List.of(w.get("cmp.measure"), w.get("cmp.detail")));
            comparison.scenarios().subList(from, to).forEach(c -> headers.add(c.scenario()));
            List<List<String>> rows = new ArrayList<>();
            for (ScenarioComparisonSheet.Line line : lines) {
                List<String> row = new ArrayList<>(List.of(measure(w, line.measure(), comparison), detail(w, line.detail())));
                boolean whole = line.measure().startsWith("nodes");
                boolean status = "status".equals(line.measure());
                for (int i = from; i < to; i++) {
                    row.add(status ? w.get("status.described." + comparison.scenarios().get(i).status().name()
                            .toLowerCase(java.util.Locale.ROOT)) : value(w, ScenarioComparisonSheet.text(line.values().get(i), whole)));
                }
                rows.add(row);
            }
            float[] widths = new float[headers.size()];
            boolean[] right = new boolean[headers.size()];
            widths[0] = 3.2f;
            widths[1] = 2.6f;
            for (int i = 2; i < widths.length; i++) {
                widths[i] = 2.2f;
                right[i] = true;
            }
            pages.table(headers, rows, widths, right);
            pages.space(12);
        }
    }
}
