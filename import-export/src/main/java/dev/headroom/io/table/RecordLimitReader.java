package dev.headroom.io.table;

import dev.headroom.io.ReaderWords;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Refuses a record (a line, with any quoted line breaks inside it) longer than a limit, before the
 * CSV parser buffers it: a file of one 2 GB line would otherwise fill the memory. Quotes are tracked
 * so that a line break inside a quoted field does not reset the count.
 */
final class RecordLimitReader extends FilterReader {
    private final long limit;
    private final char quote;
    private long length;
    private long line = 1;
    private boolean quoted;

    RecordLimitReader(Reader in, long limit, char quote) {
        super(in);
        this.limit = limit;
        this.quote = quote;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            see((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buffer, int offset, int count) throws IOException {
        int n = super.read(buffer, offset, count);
        for (int i = 0; i < n; i++) {
            see(buffer[offset + i]);
        }
        return n;
    }

    private void see(char c) throws RecordTooLongException {
        if (c == quote) {
            quoted = !quoted;
        }
        if (c == '\n') {
            line++;
            if (!quoted) {
                length = 0;
                return;
            }
        }
        if (++length > limit) {
            throw new RecordTooLongException(line, limit);
        }
    }

    /** A record longer than the limit; names the line it starts on. */
    static final class RecordTooLongException extends IOException {
        private final long line;
        private final long limit;

        RecordTooLongException(long line, long limit) {
            super("line " + line + " is longer than " + limit + " characters; this is not a usage table"
                    + " (or a quote is never closed)");
            this.line = line;
            this.limit = limit;
        }

        /** The problem at the record's row, without the line the row already names. */
        dev.headroom.core.model.Wording problem() {
            return ReaderWords.of("csv.lineTooLong", limit);
        }

        long line() {
            return line;
        }
    }
}
