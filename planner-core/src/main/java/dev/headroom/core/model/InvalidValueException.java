package dev.headroom.core.model;

/**
 * A value the planner wrote that cannot be used, e.g. {@code "2024-W54" is not a period: week 54 does not exist in
 * 2024}. The message is English, as every exception's; {@link #problem()} keeps the words so that a reader can put
 * them at the value's cell and the window can say them in the planner's language.
 */
public class InvalidValueException extends IllegalArgumentException implements Worded {
    private final String value;
    private final transient Wording problem;

    /**
     * @param value   the value as written, quoted at the start of the message; null when the message names it itself
     * @param problem what is wrong with it, without the value
     */
    public InvalidValueException(String value, Wording problem) {
        this(value, problem, null);
    }

    public InvalidValueException(String value, Wording problem, Throwable cause) {
        super(value == null ? problem.english() : "\"" + value + "\" " + problem.english(), cause);
        this.value = value;
        this.problem = problem;
    }

    /** The value as written, or null when the message names it itself. */
    public String value() {
        return value;
    }

    /** What is wrong with the value, without it: the words a problem at the value's cell shows. */
    public Wording problem() {
        return problem;
    }

    /** The whole message, value and problem, in words that can be said in the planner's language. */
    @Override
    public Wording wording() {
        return value == null ? problem : ModelWords.of("value.quoted", value, problem);
    }
}
