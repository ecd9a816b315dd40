package dev.headroom.io.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An open workbook whose sheets can be read as {@link Table}s. Each call to {@link #sheet} starts
 * a fresh table at the sheet's first row, so a sheet can be read more than once.
 */
public interface SheetSource extends AutoCloseable {

    /** The sheets' names in workbook order, hidden ones included. */
    List<String> sheetNames();

    /** The sheets the workbook hides; an import passes over them unless one is asked for by name. */
    default List<String> hiddenSheets() {
        return List.of();
    }

    /** The sheet of that name, compared ignoring case and surrounding spaces. */
    default Optional<Table> sheet(String name) {
        return sheet(name, TableOptions.AUTOMATIC);
    }

    /** The sheet of that name with its header found as {@code options} say. */
    default Optional<Table> sheet(String name, TableOptions options) {
        return find(name).map(n -> exactSheet(n, options));
    }

    /** Whether there is a sheet of that name, compared ignoring case and surrounding spaces. */
    default boolean hasSheet(String name) {
        return find(name).isPresent();
    }

    /** The name as the workbook writes it of the sheet called {@code name} ignoring case and spaces. */
    default Optional<String> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return sheetNames().stream().filter(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The workbook's first sheet, if it has any. */
    default Optional<Table> firstSheet() {
        return sheetNames().stream().findFirst().map(this::exactSheet);
    }

    /** The first sheet that is not hidden, if there is one. */
    default Optional<String> firstVisibleSheet() {
        return sheetNames().stream().filter(n -> !hiddenSheets().contains(n)).findFirst();
    }

    /** A table over the sheet of exactly this name, which must be one of {@link #sheetNames()}. */
    default Table exactSheet(String name) {
        return exactSheet(name, TableOptions.AUTOMATIC);
    }

    /** A table over the sheet of exactly this name with its header found as {@code options} say. */
    Table exactSheet(String name, TableOptions options);

    @Override
    void close();
}
