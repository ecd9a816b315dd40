package dev.headroom.core.model;

/**
 * A failure whose message can be said in the planner's language: its {@link Throwable#getMessage()} is the English
 * text (logs, the command line), {@link #wording()} the same words to be said in the window's language.
 */
public interface Worded {

    /** The message as words, {@code wording().english()} being the exception's message. */
    Wording wording();
}
