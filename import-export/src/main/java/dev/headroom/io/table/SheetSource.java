package dev.headroom.io.table;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An open workbook whose sheets can be read as {@link Table}s. Each call to {@link #sheet} starts
 * a fresh table at the sheet's first row, so a sheet can be read more than once.
 */
public interface SheetSource extends AutoCloseable {

    /** The sheets' names in workbook order. */
    List<String> sheetNames();

    /** The sheet of that name, compared ignoring case and surrounding spaces. */
    default Optional<Table> sheet(String name) {
        return find(name).map(this::exactSheet);
    }

    /** Whether there is a sheet of that name, compared ignoring case and surrounding spaces. */
    default boolean hasSheet(String name) {
        return find(name).isPresent();
    }

    private Optional<String> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return sheetNames().stream().filter(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    /** The workbook's first sheet, if it has any. */
    default Optional<Table> firstSheet() {
        return sheetNames().stream().findFirst().map(this::exactSheet);
    }

    /** A table over the sheet of exactly this name, which must be one of {@link #sheetNames()}. */
    Table exactSheet(String name);

    @Override
    void close();
}
