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

    static void write(PageWriter pages, ScenarioComparison comparison, PlanningInput input, ReportWords w) {
        pages.newPage();
        pages.heading(w.get("scenarios"), 18);
        pages.paragraph(w.get("scenarios.note", comparison.scenarios().getFirst().scenario()), PageWriter.BODY);
        List<ScenarioComparisonSheet.Line> lines = ScenarioComparisonSheet.lines(comparison, input);
        int count = comparison.scenarios().size();
        for (int from = 0; from < count; from += SCENARIOS_PER_TABLE) {
            int to = Math.min(count, from + SCENARIOS_PER_TABLE);
            List<String> headers = new ArrayList<>(ScenarioComparisonSheet.LABELS);
            comparison.scenarios().subList(from, to).forEach(c -> headers.add(c.scenario()));
            List<List<String>> rows = new ArrayList<>();
            for (ScenarioComparisonSheet.Line line : lines) {
                List<String> row = new ArrayList<>(List.of(line.measure(), line.detail()));
                boolean whole = line.measure().startsWith("nodes");
                line.values().subList(from, to).forEach(v -> row.add(ScenarioComparisonSheet.text(v, whole)));
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
