package dev.headroom.io;

import dev.headroom.core.model.Wording;

/**
 * The readers' problem texts: {@code dev/headroom/io/Problems.properties} (English, exactly the texts of the
 * problem lines CONTRACT §2 shows) and {@code Problems_zh_CN.properties} (Simplified Chinese), key for key.
 */
public final class ReaderWords {

    /** The bundle's base name. */
    public static final String BUNDLE = "dev.headroom.io.Problems";

    private ReaderWords() {
    }

    /** Pattern {@code key} of the readers' bundle with {@code args} put in. */
    public static Wording of(String key, Object... args) {
        return Wording.of(BUNDLE, key, args);
    }
}
