package dev.headroom.core.progress;

import dev.headroom.core.model.Wording;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A report from long work.
 *
 * @param stage        what is being done, e.g. "Forecasting" or "Solving" (English)
 * @param fraction     done so far in [0, 1], or -1 when unknown
 * @param message      a line for the planner (English)
 * @param bestCost     the cost of the best plan found so far, when solving
 * @param bound        the best proven lower bound so far, when solving
 * @param stageWords   the stage as words of {@link #STEPS}, or null when it is known in English only
 * @param messageWords the message as words, or null when it is known in English only
 */
public record Progress(String stage, double fraction, String message, OptionalDouble bestCost, OptionalDouble bound,
                       Wording stageWords, Wording messageWords) {

    /** The bundle of planner-core's stages and messages: {@code dev/headroom/core/progress/Steps*.properties}. */
    public static final String STEPS = "dev.headroom.core.progress.Steps";

    /** A report whose stage and message are known in English only. */
    public Progress(String stage, double fraction, String message, OptionalDouble bestCost, OptionalDouble bound) {
        this(stage, fraction, message, bestCost, bound, null, null);
    }

    public static Progress of(String stage, double fraction, String message) {
        return new Progress(stage, fraction, message, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** A report in words; its {@link #stage()} and {@link #message()} are their English. */
    public static Progress of(Wording stage, double fraction, Wording message, OptionalDouble bestCost, OptionalDouble bound) {
        return new Progress(stage.english(), fraction, message.english(), bestCost, bound, stage, message);
    }

    /** A report in words, without costs. */
    public static Progress of(Wording stage, double fraction, Wording message) {
        return of(stage, fraction, message, OptionalDouble.empty(), OptionalDouble.empty());
    }

    /** Words of {@link #STEPS}, their values formatted in the language's locale. */
    public static Wording step(String key, Object... args) {
        return Wording.formatted(STEPS, key, args);
    }

    /** The stage in {@code locale}'s language when its words are known, else in English. */
    public String stageIn(Locale locale) {
        return stageWords == null ? stage : stageWords.in(locale);
    }

    /** The message in {@code locale}'s language when its words are known, else in English. */
    public String messageIn(Locale locale) {
        return messageWords == null ? message : messageWords.in(locale);
    }
}
