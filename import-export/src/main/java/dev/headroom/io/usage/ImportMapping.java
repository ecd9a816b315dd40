package dev.headroom.io.usage;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.io.ReaderWords;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a usage file: which sheet, where the header is, the layout, which column holds what,
 * and values fixed for the whole file. Everything left empty is found automatically; an import
 * returns the mapping it used with what it found filled in, so that the import wizard can show and
 * edit it and a project file can keep it (with the source file's SHA-256) to repeat the import.
 * Columns are named by their header text, compared ignoring case, surrounding spaces and a unit
 * suffix such as {@code (GiB)}.
 *
 * @param sheet          the sheet to read; empty: {@code Usage}, else the first visible sheet
 * @param skipRows       rows at the top to pass over before the header is looked for
 * @param headerRow      the header's row (1-based, as shown); 0: the first non-blank row after those skipped
 * @param layout         long (one observation a row), wide (one column per series) or automatic
 * @param periodColumn   the column holding when the observation was made
 * @param workloadColumn the long layout's workload column
 * @param resourceColumn the long layout's resource column (unless {@code fixedResource} is given)
 * @param valueColumn    the long layout's usage column
 * @param unitColumn     a column giving each row's unit (a value's own unit, as in {@code 16 GiB}, wins)
 * @param poolColumn     a column giving each workload's pool
 * @param fixedResource  the resource of every value in the file (a file of CPU only, say); in the wide
 *                       layout the column headers are then workload names
 * @param fixedUnit      the unit of every value that does not state its own
 * @param decimalComma   whether text numbers use a decimal comma; empty: from the file (a semicolon- or
 *                       tab-separated file with digits around commas does)
 * @param zone           the time zone in which timestamps with an offset or zone, and epoch times, are
 *                       placed in their day; UTC unless given
 */
public record ImportMapping(Optional<String> sheet, int skipRows, int headerRow, Layout layout,
                            Optional<String> periodColumn, Optional<String> workloadColumn,
                            Optional<String> resourceColumn, Optional<String> valueColumn,
                            Optional<String> unitColumn, Optional<String> poolColumn,
                            Optional<String> fixedResource, Optional<String> fixedUnit,
                            Optional<Boolean> decimalComma, ZoneId zone) {

    /** The two layouts of CONTRACT §3, or "find out from the headers". */
    public enum Layout { AUTOMATIC, LONG, WIDE }

    public ImportMapping {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(zone, "zone");
        sheet = blankAsEmpty(sheet);
        periodColumn = blankAsEmpty(periodColumn);
        workloadColumn = blankAsEmpty(workloadColumn);
        resourceColumn = blankAsEmpty(resourceColumn);
        valueColumn = blankAsEmpty(valueColumn);
        unitColumn = blankAsEmpty(unitColumn);
        poolColumn = blankAsEmpty(poolColumn);
        fixedResource = blankAsEmpty(fixedResource);
        fixedUnit = blankAsEmpty(fixedUnit);
        decimalComma = decimalComma == null ? Optional.empty() : decimalComma;
        if (skipRows < 0 || headerRow < 0) {
            throw new InvalidValueException(null, ReaderWords.of("options.negativeRows"));
        }
    }

    private static Optional<String> blankAsEmpty(Optional<String> s) {
        return s == null ? Optional.empty() : s.map(String::strip).filter(v -> !v.isEmpty());
    }

    /** Everything found automatically. */
    public static ImportMapping automatic() {
        return new ImportMapping(Optional.empty(), 0, 0, Layout.AUTOMATIC, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), ZoneOffset.UTC);
    }

    public ImportMapping withSheet(String name) {
        return new ImportMapping(Optional.ofNullable(name), skipRows, headerRow, layout, periodColumn, workloadColumn,
                resourceColumn, valueColumn, unitColumn, poolColumn, fixedResource, fixedUnit, decimalComma, zone);
    }

    public ImportMapping withHeader(int skip, int row) {
        return new ImportMapping(sheet, skip, row, layout, periodColumn, workloadColumn, resourceColumn, valueColumn,
                unitColumn, poolColumn, fixedResource, fixedUnit, decimalComma, zone);
    }

    public ImportMapping withLayout(Layout l) {
        return new ImportMapping(sheet, skipRows, headerRow, l, periodColumn, workloadColumn, resourceColumn, valueColumn,
                unitColumn, poolColumn, fixedResource, fixedUnit, decimalComma, zone);
    }

    /** The columns of the long layout (period, workload, resource, value); a null leaves one to be found. */
    public ImportMapping withColumns(String period, String workload, String resource, String value) {
        return new ImportMapping(sheet, skipRows, headerRow, layout, Optional.ofNullable(period),
                Optional.ofNullable(workload), Optional.ofNullable(resource), Optional.ofNullable(value), unitColumn,
                poolColumn, fixedResource, fixedUnit, decimalComma, zone);
    }

    public ImportMapping withUnitAndPoolColumns(String unit, String pool) {
        return new ImportMapping(sheet, skipRows, headerRow, layout, periodColumn, workloadColumn, resourceColumn,
                valueColumn, Optional.ofNullable(unit), Optional.ofNullable(pool), fixedResource, fixedUnit, decimalComma,
                zone);
    }

    /** A resource and/or unit for the whole file; a null leaves it unset. */
    public ImportMapping withFixed(String resource, String unit) {
        return new ImportMapping(sheet, skipRows, headerRow, layout, periodColumn, workloadColumn, resourceColumn,
                valueColumn, unitColumn, poolColumn, Optional.ofNullable(resource), Optional.ofNullable(unit),
                decimalComma, zone);
    }

    public ImportMapping withDecimalComma(boolean comma) {
        return new ImportMapping(sheet, skipRows, headerRow, layout, periodColumn, workloadColumn, resourceColumn,
                valueColumn, unitColumn, poolColumn, fixedResource, fixedUnit, Optional.of(comma), zone);
    }

    public ImportMapping withZone(ZoneId z) {
        return new ImportMapping(sheet, skipRows, headerRow, layout, periodColumn, workloadColumn, resourceColumn,
                valueColumn, unitColumn, poolColumn, fixedResource, fixedUnit, decimalComma, z);
    }
}
