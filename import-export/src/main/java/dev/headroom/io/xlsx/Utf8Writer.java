package dev.headroom.io.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * A buffered UTF-8 writer without locking. POI's streaming writer puts sheet XML out one character
 * at a time; through a {@link java.io.BufferedWriter} each character takes a lock and a trip through
 * the charset encoder, which was a third of the time of a large plan workbook. Used by one thread.
 */
final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    Utf8Writer(OutputStream out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        char ch = (char) c;
        if (ch < 0x80) {
            if (used == buffer.length) {
                drain();
            }
            buffer[used++] = (byte) ch;
        } else {
            write(new char[] {ch}, 0, 1);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char ch = text.charAt(i);
            if (ch < 0x80 && used < buffer.length) {
                buffer[used++] = (byte) ch;
            } else if (Character.isHighSurrogate(ch) && i + 1 < offset + length) {
                encode(Character.toCodePoint(ch, text.charAt(++i)));
            } else {
                encode(ch);
            }
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            char ch = chars[i];
            if (ch < 0x80 && used < buffer.length) {
                buffer[used++] = (byte) ch;
            } else if (Character.isHighSurrogate(ch) && i + 1 < offset + length) {
                encode(Character.toCodePoint(ch, chars[++i]));
            } else {
                encode(ch);
            }
        }
    }

    /** One code point as one to four bytes; a lone surrogate becomes '?', as Java's encoder writes it. */
    private void encode(int cp) throws IOException {
        if (used + 4 > buffer.length) {
            drain();
        }
        if (cp < 0x80) {
            buffer[used++] = (byte) cp;
        } else if (cp < 0x800) {
            buffer[used++] = (byte) (0xC0 | cp >> 6);
            buffer[used++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) {
            buffer[used++] = '?';
        } else if (cp < 0x10000) {
            buffer[used++] = (byte) (0xE0 | cp >> 12);
            buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp & 0x3F);
        } else {
            buffer[used++] = (byte) (0xF0 | cp >> 18);
            buffer[used++] = (byte) (0x80 | cp >> 12 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp >> 6 & 0x3F);
            buffer[used++] = (byte) (0x80 | cp & 0x3F);
        }
    }

    private void drain() throws IOException {
        out.write(buffer, 0, used);
        used = 0;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }
}
