package dev.headroom.io.table;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Reads a {@link RowSource} one batch ahead on a second thread, so that unzipping and parsing a big
 * sheet overlaps with checking and rolling up the rows already read: on two cores, the import of a
 * million-row .xlsx takes roughly the time of the parsing alone. At most {@link #QUEUED} batches of
 * {@link #BATCH} rows wait at any time, so memory stays bounded.
 *
 * <p>The source reports its problems (which all end reading: damage, limits) to problems of its own;
 * they join the import's problems when the rows before them have been checked, so problems come in
 * the same order however the two threads run.
 */
final class PrefetchedRows implements RowSource {
    static final int BATCH = 1024;
    static final int QUEUED = 4;

    private final RowSource source;
    private final Problems sourceProblems;
    private final Problems problems;
    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Thread reader;
    private Batch current;
    private int index;
    private int row;
    private volatile boolean closed;

    /** Rows with their numbers; the last batch ends the sheet, carrying what stopped the reader if it failed. */
    private record Batch(List<List<TableCell>> rows, int[] numbers, boolean last, Throwable failure) {
    }

    /**
     * @param sourceProblems where {@code source} reports, read only by this
     * @param problems       the import's problems, which those join at the end of the rows
     */
    PrefetchedRows(RowSource source, Problems sourceProblems, Problems problems) {
        this.source = source;
        this.sourceProblems = sourceProblems;
        this.problems = problems;
        this.reader = Thread.ofPlatform().daemon().name("headroom-rows-" + source.sheet()).start(this::readAhead);
    }

    private void readAhead() {
        Throwable failure = null;
        try {
            while (!closed) {
                List<List<TableCell>> rows = new ArrayList<>(BATCH);
                int[] numbers = new int[BATCH];
                boolean last = false;
                while (rows.size() < BATCH) {
                    List<TableCell> r = source.next();
                    if (r == null) {
                        last = true;
                        break;
                    }
                    numbers[rows.size()] = source.row();
                    rows.add(r);
                }
                if (last) {
                    queue.put(new Batch(rows, numbers, true, null));
                    return;
                }
                queue.put(new Batch(rows, numbers, false, null));
            }
        } catch (InterruptedException e) {
            // Closed while waiting for the reader of the rows: nothing more is wanted.
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        if (failure != null) {
            // Handed to the other thread, which rethrows it where the rows are read.
            queue.offer(new Batch(List.of(), new int[0], true, failure));
        }
    }

    @Override
    public List<TableCell> next() {
        while (current == null || index >= current.rows().size()) {
            if (current != null && current.last()) {
                problems.addAll(sourceProblems.list());
                sourceProblems.clear();
                rethrow(current.failure());
                return null;
            }
            current = take();
            index = 0;
        }
        row = current.numbers()[index];
        return current.rows().get(index++);
    }

    private Batch take() {
        try {
            while (true) {
                Batch b = queue.poll(1, TimeUnit.SECONDS);
                if (b != null) {
                    return b;
                }
                if (!reader.isAlive() && queue.isEmpty()) {
                    // The reader ended without a last batch (it could not hand it over): the sheet ends here.
                    return new Batch(List.of(), new int[0], true, null);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Batch(List.of(), new int[0], true, null);
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    @Override
    public int row() {
        return row;
    }

    @Override
    public String sheet() {
        return source.sheet();
    }

    @Override
    public String columnLabel(int column) {
        return source.columnLabel(column);
    }

    @Override
    public void close() {
        closed = true;
        reader.interrupt();
        try {
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        source.close();
    }
}
