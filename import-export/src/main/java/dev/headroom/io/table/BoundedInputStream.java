package dev.headroom.io.table;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Stops reading a part of a workbook once it has expanded to more bytes than it may: a zip entry's
 * declared size can lie, so the limit is checked on what actually comes out of the decompressor.
 */
final class BoundedInputStream extends FilterInputStream {
    private final long limit;
    private final String what;
    private long read;

    BoundedInputStream(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws TooLargeException {
        read += n;
        if (read > limit) {
            throw new TooLargeException(what + " expands to more than " + (limit >> 20) + " MB");
        }
    }

    /** A part of a file is larger than Headroom reads; the message says which and how large it may be. */
    static final class TooLargeException extends IOException {
        TooLargeException(String message) {
            super(message);
        }
    }
}
