package dev.headroom.io.table;

import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Collects every problem found while reading one file, so that the planner sees all of them at once
 * rather than fixing one per run. The same problem found twice (one cell checked for several series)
 * is listed once. Safe to use from the thread that reads a sheet ahead and the one that checks its rows.
 */
public final class Problems {
    /** A file with a bad column has a bad cell on every row; past this many, problems are only counted. */
    public static final int MAX_LISTED = 1000;

    private final String file;
    private final Set<InputProblem> found = new LinkedHashSet<>();
    private long unlisted;

    /** @param file the file's name as the planner knows it (no folder) */
    public Problems(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** A problem with a cell's value; the value is quoted in the message unless the cell is blank. */
    public synchronized void at(TableCell cell, String message) {
        at(cell, Wording.literal(message));
    }

    /** A problem with a cell's value, in words that can be said in the planner's language. */
    public synchronized void at(TableCell cell, Wording message) {
        Place p = cell.place();
        String shown = cell.trimmed();
        // A hostile cell can hold a megabyte; the problem line shows enough to find it.
        Optional<String> value = cell.isBlank() ? Optional.empty()
                : Optional.of(shown.length() > 80 ? shown.substring(0, 77) + "..." : shown);
        add(new InputProblem(file, p.sheet(), p.row(), p.column(), p.header(), value, message));
    }

    /**
     * The words of a value the domain rejected: said in the planner's language when the domain worded it
     * ({@link InvalidValueException}), else its English message.
     */
    public static Wording wordsOf(IllegalArgumentException e) {
        return e instanceof InvalidValueException v ? v.wording() : Wording.literal(e.getMessage());
    }

    /** A problem with a whole row, e.g. a record that contradicts itself. */
    public synchronized void atRow(String sheet, int row, String message) {
        atRow(sheet, row, Wording.literal(message));
    }

    /** A problem with a whole row, in words that can be said in the planner's language. */
    public synchronized void atRow(String sheet, int row, Wording message) {
        add(new InputProblem(file, sheet, row, "", "", Optional.empty(), message));
    }

    private synchronized void add(InputProblem problem) {
        if (found.size() < MAX_LISTED) {
            found.add(problem);
        } else if (!found.contains(problem)) {
            unlisted++;
        }
    }

    /** A problem with a sheet as a whole, e.g. a required column that is missing. */
    public synchronized void inSheet(String sheet, String message) {
        inSheet(sheet, Wording.literal(message));
    }

    /** A problem with a sheet as a whole, in words that can be said in the planner's language. */
    public synchronized void inSheet(String sheet, Wording message) {
        add(new InputProblem(file, sheet, 0, "", "", Optional.empty(), message));
    }

    /** A problem with the file as a whole. */
    public synchronized void general(String message) {
        general(Wording.literal(message));
    }

    /** A problem with the file as a whole, in words that can be said in the planner's language. */
    public synchronized void general(Wording message) {
        add(InputProblem.general(file, message));
    }

    public synchronized void addAll(List<InputProblem> problems) {
        problems.forEach(this::add);
    }

    public synchronized boolean isEmpty() {
        return found.isEmpty();
    }

    /** Forgets every problem, once they have been handed on. */
    synchronized void clear() {
        found.clear();
        unlisted = 0;
    }

    /** Problems found, counting those past {@link #MAX_LISTED} that are not listed. */
    public synchronized long size() {
        return found.size() + unlisted;
    }

    /** The problems listed, then one line saying how many more were found, if any were. */
    public synchronized List<InputProblem> list() {
        List<InputProblem> all = new java.util.ArrayList<>(found);
        if (unlisted > 0) {
            all.add(InputProblem.general(file, ReaderWords.of("problems.more", unlisted)));
        }
        return List.copyOf(all);
    }

    /** Throws every problem found so far, if there is any. */
    public synchronized void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInputException(list());
        }
    }
}
