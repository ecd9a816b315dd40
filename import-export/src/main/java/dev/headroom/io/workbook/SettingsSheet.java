package dev.headroom.io.workbook;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.Settings;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.Cells;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableCell;
import dev.headroom.io.table.TableRow;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** Reads the Settings sheet: one {@code key, value} a row; what is missing or blank takes its default. */
final class SettingsSheet {
    private SettingsSheet() {
    }

    static Settings read(Optional<Table> sheet, Problems problems) {
        Settings defaults = Settings.defaults();
        if (sheet.isEmpty() || !WorkbookLayout.SETTINGS.checkRequiredColumns(sheet.get(), problems)) {
            return defaults;
        }
        Table table = sheet.get();
        Map<String, TableCell> values = valuesByKey(table, problems);
        Frequency frequency = Optional.ofNullable(values.get("frequency")).filter(c -> !c.isBlank())
                .flatMap(c -> Cells.parse(c, Frequency::parse, problems)).orElse(defaults.frequency());
        int horizon = cell(values, "horizon").map(c -> Cells.wholeNumber(c, 1, 600, problems))
                .orElse(OptionalInt.empty()).orElse(defaults.horizon());
        Optional<Period> planStart = cell(values, "plan_start").flatMap(c -> Cells.period(c, frequency, problems));
        double quantile = cell(values, "sizing_quantile").map(c -> fraction(c, problems))
                .orElse(OptionalDouble.empty()).orElse(defaults.sizingQuantile());
        double timeLimit = cell(values, "time_limit_seconds").map(c -> positive(c, problems))
                .orElse(OptionalDouble.empty()).orElse(defaults.timeLimitSeconds());
        long seed = cell(values, "seed").map(c -> Cells.longNumber(c, problems))
                .orElse(OptionalLong.empty()).orElse(defaults.seed());
        int threads = cell(values, "threads").map(c -> Cells.wholeNumber(c, 1, Integer.MAX_VALUE, problems))
                .orElse(OptionalInt.empty()).orElse(defaults.threads());
        boolean allowMoves = cell(values, "allow_moves").map(c -> trueOrFalse(c, problems)).orElse(Optional.empty())
                .orElse(defaults.allowMoves());
        double moveCost = cell(values, "move_cost").map(c -> Cells.nonNegative(c, "", problems))
                .orElse(OptionalDouble.empty()).orElse(defaults.moveCost());
        try {
            return new Settings(frequency, horizon, planStart, quantile, timeLimit, seed, threads, allowMoves, moveCost);
        } catch (IllegalArgumentException e) {
            // Every value was checked above; this is a safety net for combinations the domain rejects.
            problems.inSheet(table.sheet(), Problems.wordsOf(e));
            return defaults;
        }
    }

    private static Map<String, TableCell> valuesByKey(Table table, Problems problems) {
        int keyColumn = table.column("key").getAsInt();
        int valueColumn = table.column("value").getAsInt();
        Map<String, TableCell> values = new HashMap<>();
        Map<String, Integer> rows = new HashMap<>();
        String known = WorkbookLayout.SETTING_KEYS.stream().map(WorkbookLayout.SettingKey::key)
                .collect(Collectors.joining(", "));
        for (TableRow row : table.rows()) {
            TableCell keyCell = row.cell(keyColumn);
            Optional<String> key = Cells.requiredText(keyCell, ReaderWords.of("need.settingName"), problems).map(Table::normalize);
            if (key.isEmpty()) {
                continue;
            }
            if (WorkbookLayout.SETTING_KEYS.stream().noneMatch(k -> k.key().equals(key.get()))) {
                problems.at(keyCell, ReaderWords.of("settings.notASetting", known));
            } else if (rows.containsKey(key.get())) {
                problems.at(keyCell, ReaderWords.of("settings.twice", rows.get(key.get())));
            } else {
                rows.put(key.get(), row.number());
                values.put(key.get(), row.cell(valueColumn));
            }
        }
        return values;
    }

    /** The value cell of a setting that is given and not blank. */
    private static Optional<TableCell> cell(Map<String, TableCell> values, String key) {
        return Optional.ofNullable(values.get(key)).filter(c -> !c.isBlank());
    }

    /** {@code true} or {@code false}, in any case (a spreadsheet's TRUE and FALSE cells read so too). */
    private static Optional<Boolean> trueOrFalse(TableCell cell, Problems problems) {
        String text = cell.trimmed().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(text.equals("true"));
        }
        problems.at(cell, ReaderWords.of("cell.trueOrFalse"));
        return Optional.empty();
    }

    private static OptionalDouble fraction(TableCell cell, Problems problems) {
        OptionalDouble n = Cells.number(cell, "", problems);
        if (n.isPresent() && !(n.getAsDouble() > 0 && n.getAsDouble() < 1)) {
            problems.at(cell, ReaderWords.of("cell.fraction"));
            return OptionalDouble.empty();
        }
        return n;
    }

    private static OptionalDouble positive(TableCell cell, Problems problems) {
        OptionalDouble n = Cells.number(cell, "", problems);
        if (n.isPresent() && !(n.getAsDouble() > 0 && Double.isFinite(n.getAsDouble()))) {
            problems.at(cell, ReaderWords.of("cell.positive"));
            return OptionalDouble.empty();
        }
        return n;
    }
}
