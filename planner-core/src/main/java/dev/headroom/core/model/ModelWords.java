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

    /**
     * The name of a kind of thing ("node type"), said in the language of the message it is put in: workload, pool,
     * resource, node type or scenario, written as in English; any other text is kept as it is.
     */
    public static Wording thing(String englishName) {
        return switch (englishName) {
            case "workload" -> of("thing.workload");
            case "pool" -> of("thing.pool");
            case "resource" -> of("thing.resource");
            case "node type", "node_type" -> of("thing.nodeType");
            case "scenario" -> of("thing.scenario");
            default -> Wording.literal(englishName);
        };
    }

    /**
     * The failure of a value the domain rejects: English as its message always was ({@code getMessage()}), worded
     * so that the window says it in the planner's language.
     */
    public static InvalidValueException invalid(String key, Object... args) {
        return new InvalidValueException(null, of(key, args));
    }

    /** A frequency's name ("month"), said in the language of the message it is put in. */
    public static Wording frequency(Frequency frequency) {
        return of("frequency." + frequency.name());
    }
}
