package dev.headroom.core.progress;

/** Asked by long work between steps: stop early (keeping the best so far) when it answers true. */
@FunctionalInterface
public interface Cancellation {

    Cancellation NEVER = () -> false;

    boolean isCancelled();
}
