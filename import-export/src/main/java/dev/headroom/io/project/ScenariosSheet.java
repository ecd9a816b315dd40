package dev.headroom.io.project;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.Period;
import dev.headroom.core.scenario.Scenario;
import dev.headroom.core.scenario.ScenarioChange;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.SheetSource;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;
import dev.headroom.io.table.Workbooks;
import dev.headroom.io.xlsx.SheetWriter;
import dev.headroom.io.xlsx.Styles;
import org.apache.poi.ss.usermodel.Workbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The planning workbook's optional {@code Scenarios} sheet: one change a row, in the columns
 * {@code scenario*, change, target, value, from, copy_of, pool, description} ({@link ScenarioRow} says which
 * change uses which). Rows of one scenario need not be adjacent; a row with a scenario and no change declares a
 * scenario that changes nothing; the first non-blank description of a scenario is its description.
 */
public final class ScenariosSheet {

    /** The sheet's name. */
    public static final String SHEET = "Scenarios";

    /** Its columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of("scenario", "change", "target", "value", "from", "copy_of", "pool",
            "description");

    private ScenariosSheet() {
    }

    /**
     * Adds a Scenarios sheet holding {@code scenarios} to a workbook being written, one change a row (a scenario
     * without changes gets one row with its name and description), so that {@link #read} gives them back equal.
     *
     * @throws IllegalArgumentException for a new workload with placement rules a row cannot hold
     */
    public static void write(Workbook workbook, Styles styles, List<Scenario> scenarios) {
        SheetWriter sheet = SheetWriter.create(workbook, styles, SHEET, COLUMNS);
        for (Scenario scenario : scenarios) {
            if (scenario.changes().isEmpty()) {
                sheet.newRow().text(scenario.name()).blank().blank().blank().blank().blank().blank()
                        .text(scenario.description());
            }
            boolean first = true;
            for (ScenarioChange change : scenario.changes()) {
                ScenarioRow row = ScenarioRow.of(change);
                // Text cells throughout: a value such as "cpu=4; memory=16" or a period must not become a number or date.
                sheet.newRow().text(scenario.name()).text(row.change()).text(row.target()).text(row.value())
                        .text(row.from()).text(row.copyOf()).text(row.pool()).text(first ? scenario.description() : "");
                first = false;
            }
        }
        sheet.finish(true);
    }

    /**
     * The scenarios of a workbook's Scenarios sheet, in order of first appearance; none when it has no such sheet.
     *
     * @param frequency the plan's frequency, for {@code from} cells holding a date
     * @throws InvalidInputException listing every bad row, each naming file, sheet, row, column and value
     */
    public static List<Scenario> read(Path workbook, Frequency frequency) {
        Problems problems = new Problems(String.valueOf(workbook.getFileName()));
        SheetSource source = Workbooks.open(workbook, problems).orElse(null);
        if (source == null) {
            problems.throwIfAny();
            return List.of();
        }
        List<Scenario> scenarios;
        try (source) {
            Optional<Table> sheet = source.sheet(SHEET);
            if (sheet.isEmpty()) {
                return List.of();
            }
            try (Table table = sheet.get()) {
                scenarios = read(table, frequency, problems);
            }
        }
        problems.throwIfAny();
        return scenarios;
    }

    private static List<Scenario> read(Table table, Frequency frequency, Problems problems) {
        OptionalInt scenarioColumn = table.column("scenario");
        if (scenarioColumn.isEmpty()) {
            problems.inSheet(table.sheet(), ReaderWords.of("workbook.columnMissing", "scenario"));
            return List.of();
        }
        Map<String, List<ScenarioChange>> changes = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        for (TableRow row : table.rows()) {
            TableCell nameCell = row.cell(scenarioColumn.getAsInt());
            String name = nameCell.trimmed();
            if (name.isEmpty()) {
                problems.at(nameCell, ReaderWords.of("scenarios.blankName"));
                continue;
            }
            if (name.equals(Scenario.BASELINE)) {
                problems.at(nameCell, ReaderWords.of("scenarios.baselineName"));
                continue;
            }
            List<ScenarioChange> list = changes.computeIfAbsent(name, k -> new ArrayList<>());
            String description = cell(table, row, "description", frequency);
            if (!description.isEmpty()) {
                descriptions.putIfAbsent(name, description);
            }
            String change = cell(table, row, "change", frequency);
            if (change.isEmpty()) {
                continue;
            }
            ScenarioRow parsed = new ScenarioRow(change, cell(table, row, "target", frequency),
                    cell(table, row, "value", frequency), cell(table, row, "from", frequency),
                    cell(table, row, "copy_of", frequency), cell(table, row, "pool", frequency));
            try {
                list.add(parsed.toChange());
            } catch (IllegalArgumentException e) {
                TableCell at = table.column("change").isPresent() ? row.cell(table.column("change").getAsInt()) : nameCell;
                problems.at(at, Problems.wordsOf(e));
            }
        }
        List<Scenario> scenarios = new ArrayList<>();
        changes.forEach((name, list) -> scenarios.add(new Scenario(name, descriptions.getOrDefault(name, ""), list)));
        return scenarios;
    }

    /** A cell as text: numbers as {@link ScenarioRow} writes them, dates as the period holding them. */
    private static String cell(Table table, TableRow row, String header, Frequency frequency) {
        OptionalInt column = table.column(header);
        if (column.isEmpty()) {
            return "";
        }
        TableCell cell = row.cell(column.getAsInt());
        return switch (cell.kind()) {
            case BLANK -> "";
            case NUMBER -> ScenarioRow.number(cell.number());
            case DATE -> Period.containing(frequency, cell.date().toLocalDate()).toString();
            default -> cell.trimmed();
        };
    }
}
