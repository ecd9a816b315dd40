package dev.headroom.core.progress;

/** Receives progress from long work; called from the worker thread. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = p -> { };

    void onProgress(Progress progress);
}
