package dev.headroom.core.model;

/**
 * The planner core's problem texts: {@code dev/headroom/core/model/Problems.properties} (English, exactly the texts
 * of CONTRACT §2's lines) and {@code Problems_zh_CN.properties} (Simplified Chinese).
 */
public final class ModelWords {

    /** The bundle's base name. */
    public static final String BUNDLE = "dev.headroom.core.model.Problems";

    private ModelWords() {
    }

    /** Pattern {@code key} of the core's bundle with {@code args} put in. */
    public static Wording of(String key, Object... args) {
        return Wording.of(BUNDLE, key, args);
    }

    /** A frequency's name ("month"), said in the language of the message it is put in. */
    public static Wording frequency(Frequency frequency) {
        return of("frequency." + frequency.name());
    }
}
