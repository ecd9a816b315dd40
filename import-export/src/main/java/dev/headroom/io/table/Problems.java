package dev.headroom.io.table;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects every problem found while reading one file, so that the planner sees all of them at once
 * rather than fixing one per run. The same problem found twice (one cell checked for several series)
 * is listed once.
 */
public final class Problems {
    private final String file;
    private final Set<InputProblem> found = new LinkedHashSet<>();

    /** @param file the file's name as the planner knows it (no folder) */
    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** A problem with a cell's value; the value is quoted in the message unless the cell is blank. */
    public void at(TableCell cell, String message) {
        Place p = cell.place();
        Optional<String> value = cell.isBlank() ? Optional.empty() : Optional.of(cell.trimmed());
        found.add(new InputProblem(file, p.sheet(), p.row(), p.column(), p.header(), value, message));
    }

    /** A problem with a whole row, e.g. a record that contradicts itself. */
    public void atRow(String sheet, int row, String message) {
        found.add(new InputProblem(file, sheet, row, "", "", Optional.empty(), message));
    }

    /** A problem with a sheet as a whole, e.g. a required column that is missing. */
    public void inSheet(String sheet, String message) {
        found.add(new InputProblem(file, sheet, 0, "", "", Optional.empty(), message));
    }

    /** A problem with the file as a whole. */
    public void general(String message) {
        found.add(InputProblem.general(file, message));
    }

    public void addAll(List<InputProblem> problems) {
        found.addAll(problems);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public int size() {
        return found.size();
    }

    public List<InputProblem> list() {
        return List.copyOf(found);
    }

    /** Throws every problem found so far, if there is any. */
    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(List.copyOf(found));
        }
    }
}
