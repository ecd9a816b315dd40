package dev.headroom.io.table;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How a delimited text file is written, worked out from its first bytes: the encoding (a byte order
 * mark, else UTF-16 by its zero bytes, else UTF-8 when the bytes are valid UTF-8, else windows-1252),
 * the delimiter (comma, semicolon, tab or bar: the one that splits the first lines most evenly), the
 * quote character, and whether numbers are likely written with a decimal comma.
 *
 * @param bomBytes     bytes of a byte order mark to skip at the start
 * @param decimalComma whether the file's numbers use a comma as decimal separator (a semicolon- or
 *                     tab-separated file with digits on both sides of a comma)
 */
public record CsvDialect(Charset charset, int bomBytes, char delimiter, char quote, boolean decimalComma) {

    /** How much of the file is looked at. */
    static final int SAMPLE_BYTES = 64 * 1024;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final java.util.regex.Pattern DIGIT_COMMA_DIGIT = java.util.regex.Pattern.compile("\\d,\\d");
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    /** The dialect of a file starting with {@code head}; empty when the bytes are not text at all. */
    public static Optional<CsvDialect> detect(byte[] head, int length, String fileName) {
        Charset charset;
        int bom = 0;
        if (startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            bom = 3;
        } else if (startsWith(head, length, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            bom = 2;
        } else if (startsWith(head, length, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            bom = 2;
        } else {
            charset = withoutMark(head, length);
        }
        if (charset == null) {
            return Optional.empty();
        }
        String text = new String(head, bom, Math.max(0, evenLength(charset, length - bom)), charset);
        if (!looksLikeText(text)) {
            return Optional.empty();
        }
        List<String> lines = firstLines(text, 30);
        char delimiter = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".tsv") ? '\t' : delimiter(lines);
        char quote = quote(lines, delimiter);
        boolean decimalComma = delimiter != ',' && DIGIT_COMMA_DIGIT.matcher(text).find();
        return Optional.of(new CsvDialect(charset, bom, delimiter, quote, decimalComma));
    }

    private static int evenLength(Charset charset, int n) {
        return charset == StandardCharsets.UTF_16LE || charset == StandardCharsets.UTF_16BE ? n & ~1 : n;
    }

    private static boolean startsWith(byte[] b, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** UTF-16 by where its zero bytes fall, UTF-8 when valid, windows-1252 otherwise; null for binary. */
    private static Charset withoutMark(byte[] b, int length) {
        int zerosEven = 0;
        int zerosOdd = 0;
        for (int i = 0; i < length; i++) {
            if (b[i] == 0) {
                if (i % 2 == 0) {
                    zerosEven++;
                } else {
                    zerosOdd++;
                }
            }
        }
        int half = length / 2;
        if (half > 0 && zerosOdd > half * 0.6 && zerosEven < half * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        if (half > 0 && zerosEven > half * 0.6 && zerosOdd < half * 0.05) {
            return StandardCharsets.UTF_16BE;
        }
        if (zerosEven + zerosOdd > 0) {
            return null;
        }
        return isUtf8(b, length) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static boolean isUtf8(byte[] b, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        // Not end of input: a character cut by the end of the sample is not an error.
        CoderResult result = decoder.decode(ByteBuffer.wrap(b, 0, length), CharBuffer.allocate(length + 1), false);
        return !result.isError();
    }

    /** Text has few control characters; binary data decoded as text is full of them. */
    private static boolean looksLikeText(String text) {
        int control = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                control++;
            }
        }
        return control <= text.length() / 100;
    }

    private static List<String> firstLines(String text, int max) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\r\n|\n|\r", -1)) {
            if (!line.isBlank()) {
                lines.add(line);
            }
            if (lines.size() >= max) {
                break;
            }
        }
        // The last line of the sample may be cut off.
        if (lines.size() > 2) {
            lines.removeLast();
        }
        return lines;
    }

    /** The delimiter found the same number of times (at least once) on the most lines; comma by default. */
    private static char delimiter(List<String> lines) {
        char best = ',';
        int bestScore = 0;
        for (char d : DELIMITERS) {
            int first = -1;
            int score = 0;
            for (String line : lines) {
                int n = countOutsideQuotes(line, d);
                if (first < 0) {
                    first = n;
                }
                if (n > 0 && n == first) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char d) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == d && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** Double quotes unless fields are wrapped in single quotes only. */
    private static char quote(List<String> lines, char delimiter) {
        int doubles = 0;
        int singles = 0;
        for (String line : lines) {
            for (String field : line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter)))) {
                String f = field.strip();
                if (f.length() >= 2 && f.charAt(0) == '"' && f.charAt(f.length() - 1) == '"') {
                    doubles++;
                } else if (f.length() >= 2 && f.charAt(0) == '\'' && f.charAt(f.length() - 1) == '\'') {
                    singles++;
                }
            }
        }
        return singles > 0 && doubles == 0 ? '\'' : '"';
    }

    /** The encoding and delimiter in words, for the import summary. */
    public String describe() {
        String d = switch (delimiter) {
            case '\t' -> "tab";
            case ';' -> "semicolon";
            case '|' -> "bar";
            default -> "comma";
        };
        return charset.name() + (bomBytes > 0 ? " with byte order mark" : "") + ", " + d + "-separated"
                + (decimalComma ? ", decimal comma" : "");
    }
}
